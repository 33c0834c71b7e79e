// One contradiction, counted once (issue 13.6): the report's mismatches grouped by promise ×
// channel (× pair). See MismatchGroup in score_report.h.
#include <algorithm>
#include <map>

#include "engine/priority.h"
#include "engine/score_report.h"
#include "engine/text_util.h"
#include "workflow/decisions.h"

namespace sc::engine {

namespace {

int severityRank(const std::string& s) {
    if (s == "critical") return 4;
    if (s == "high") return 3;
    if (s == "medium") return 2;
    if (s == "low") return 1;
    return 0;
}

// Message on one facet and distribution on another is both (seed 002 FAQ: "often it's both");
// a definite kind beats undetermined, and any kind beats "no visible problem".
std::string combinedKind(const std::string& a, const std::string& b) {
    if (a == b) return a;
    auto definite = [](const std::string& k) { return k == "message" || k == "distribution" || k == "both"; };
    if (definite(a) && definite(b)) return "both";
    if (definite(a)) return a;
    if (definite(b)) return b;
    if (a == "undetermined" || b == "undetermined") return "undetermined";
    return a;
}

std::string groupState(const std::vector<std::string>& states) {
    for (const char* s : {"open", "fixing", "verifying", "accepted", "fixed", "verified", "dismissed"})
        if (std::find(states.begin(), states.end(), s) != states.end()) return s;
    return states.empty() ? "open" : states.front();
}

std::string facetName(const ReportMismatch& m) {
    return inSentence(m.dimensionName.empty() ? (m.mismatch.name.empty() ? m.mismatch.id : m.mismatch.name)
                                              : m.dimensionName);
}

}  // namespace

std::vector<MismatchGroup> groupReportMismatches(const Document& doc,
                                                 const std::vector<ReportMismatch>& mismatches) {
    std::vector<MismatchGroup> groups;
    std::map<std::string, std::size_t> byId;
    for (std::size_t i = 0; i < mismatches.size(); ++i) {  // ranked order: first facet is the top one
        const ReportMismatch& r = mismatches[i];
        const Mismatch& m = r.mismatch;
        const std::string id = m.promiseId + "|" + m.channelId + "|" + m.pairId;
        auto [it, fresh] = byId.emplace(id, groups.size());
        if (fresh) {
            MismatchGroup g;
            g.id = id;
            g.promiseId = m.promiseId;
            g.channelId = m.channelId;
            g.pairId = m.pairId;
            g.promiseName = r.promiseName;
            g.channelName = r.channelName;
            g.pairName = r.pairName;
            g.priority = r.priority;
            g.diagnosis = r.diagnosis;
            groups.push_back(std::move(g));
        } else {
            MismatchGroup& g = groups[it->second];
            g.diagnosis.kind = combinedKind(g.diagnosis.kind, r.diagnosis.kind);
            for (const auto& e : r.diagnosis.evidence)
                if (std::find(g.diagnosis.evidence.begin(), g.diagnosis.evidence.end(), e) ==
                    g.diagnosis.evidence.end())
                    g.diagnosis.evidence.push_back(e);
        }
        MismatchGroup& g = groups[it->second];
        g.facets.push_back(i);
        if (r.active) ++g.activeFacets;
        if (whyCannotDecide(doc, m.id).empty()) g.decidableIds.push_back(m.id);
    }
    int rank = 0;
    for (auto& g : groups) {
        std::vector<std::string> states;
        const Mismatch* worst = nullptr;
        const Mismatch* worstActive = nullptr;
        std::vector<std::string> facetNames;
        for (std::size_t i : g.facets) {
            const ReportMismatch& r = mismatches[i];
            states.push_back(r.state);
            facetNames.push_back(facetName(r) + " (" + r.mismatch.severity + ")");
            if (!worst || severityRank(r.mismatch.severity) > severityRank(worst->severity))
                worst = &r.mismatch;
            if (r.active &&
                (!worstActive || severityRank(r.mismatch.severity) > severityRank(worstActive->severity)))
                worstActive = &r.mismatch;
        }
        g.state = groupState(states);
        g.active = g.activeFacets > 0;
        g.severity = (worstActive ? worstActive : worst)->severity;
        if (g.active) g.rank = ++rank;  // active groups come first: their top facet ranks first
        std::string list;
        for (std::size_t k = 0; k < facetNames.size(); ++k) list += (k == 0 ? "" : ", ") + facetNames[k];
        std::string who = (g.promiseName.empty() ? "" : "'" + g.promiseName + "' vs ") +
                          (g.channelName.empty() ? "" : "'" + g.channelName + "'") +
                          (g.pairName.empty() ? "" : " in pair '" + g.pairName + "'");
        if (who.empty()) who = "unattached";
        g.explanation = who + ": " +
                        (g.facets.size() == 1
                             ? "one contradiction on " + list
                             : "one contradiction, " + std::to_string(g.facets.size()) + " facets: " + list);
        if (g.state == "open") {
            Mismatch top = *(worstActive ? worstActive : worst);
            g.options = fixOptions(top, g.diagnosis);
        }
    }
    return groups;
}

}  // namespace sc::engine
