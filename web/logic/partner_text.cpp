// Partner workspace wording (see partner_text.h).
#include "logic/partner_text.h"

#include <algorithm>

#include "logic/dashboard_text.h"
#include "model/vocabularies.h"
#include "partners/money_text.h"

namespace sc::web {

std::string trendArrow(const std::string& trend) {
    if (trend == "improving") return "\xE2\x86\x91";  // ↑
    if (trend == "worsening") return "\xE2\x86\x93";  // ↓
    if (trend == "steady") return "\xE2\x86\x92";     // →
    if (trend == "new") return "new";
    return "";
}

std::string tierAdviceText(const partners::TierAdvice& advice, const std::string& tier) {
    std::string action = advice.action;
    std::replace(action.begin(), action.end(), '_', ' ');
    if (advice.action == "at_risk_relationship") action = "at risk: talk first";
    if (!advice.recommended.empty() && advice.recommended != tier)
        action += " \xE2\x86\x92 " + advice.recommended;
    return action;
}

std::string kpiCellText(const partners::KpiThreshold& threshold, const partners::KpiCell& cell) {
    if (!cell.value) return "no data";
    const std::string arrow = trendArrow(cell.trend);
    return partners::kpiValueText(threshold, *cell.value) + (arrow.empty() ? "" : " " + arrow);
}

std::string pulseCellText(const partners::PulseCell& cell) {
    if (!cell.averageCenti) return "no answers";
    const std::string arrow = trendArrow(cell.trend);
    return partners::pulseText(*cell.averageCenti) + (arrow.empty() ? "" : " " + arrow);
}

namespace {

std::string territoryName(const sc::Document& doc, const std::string& id) {
    for (const auto& t : doc.rules.territories)
        if (t.id == id) return t.name.empty() ? t.id : t.name;
    return id;
}

std::string questionLabel(const std::string& question) {
    std::string label = question;
    if (!label.empty())
        label[0] = static_cast<char>(label[0] - ('a' <= label[0] && label[0] <= 'z' ? 32 : 0));
    return label;
}

}  // namespace

TableModel buildPartnerTable(const sc::Document& doc, const partners::PartnerKpiReport& report) {
    const std::size_t kpiCount = std::min<std::size_t>(partners::kpiIds().size(), report.thresholds.size());
    const std::size_t pulseCount = partners::pulseQuestions().size();
    TableModel t;
    t.headers = {"Partner", "Tier", "Territory"};
    for (std::size_t k = 0; k < kpiCount; ++k) t.headers.push_back(report.thresholds[k].name);
    for (const auto& q : partners::pulseQuestions()) t.headers.push_back(questionLabel(q));
    t.headers.push_back("Tier advice");
    for (const auto& row : report.partners) {
        TableRow r;
        r.id = row.partnerId;
        std::string territory;
        for (const auto& p : doc.partners)
            if (p.id == row.partnerId) territory = territoryName(doc, p.territoryId);
        r.cells.push_back({row.name});
        r.cells.push_back({row.tier});
        r.cells.push_back({territory});
        for (std::size_t k = 0; k < kpiCount; ++k) {
            const partners::KpiCell empty;
            const partners::KpiCell& cell = k < row.kpis.size() ? row.kpis[k] : empty;
            TableCell c{kpiCellText(report.thresholds[k], cell)};
            if (cell.value) {
                c.numeric = true;
                c.number = static_cast<double>(*cell.value);
            }
            if (cell.rag != "none") {
                c.rag = cell.rag;
                c.text += " " + ragLetter(cell.rag);  // the status in words too, not only in colour
            }
            r.cells.push_back(std::move(c));
        }
        for (std::size_t q = 0; q < pulseCount; ++q) {
            const partners::PulseCell empty;
            const partners::PulseCell& cell = q < row.pulse.size() ? row.pulse[q] : empty;
            TableCell c{pulseCellText(cell)};
            if (cell.averageCenti) {
                c.numeric = true;
                c.number = static_cast<double>(*cell.averageCenti);
            }
            if (cell.rag != "none") {
                c.rag = cell.rag;
                c.text += " " + ragLetter(cell.rag);  // the status in words too, not only in colour
            }
            r.cells.push_back(std::move(c));
        }
        r.cells.push_back({tierAdviceText(row.tierAdvice, row.tier)});
        t.rows.push_back(std::move(r));
    }
    return t;
}

std::vector<CopyRun> copyRuns(const std::string& text, const partners::MessageAudit& audit) {
    // Every flag boundary cuts the text; each piece lists the flags covering it.
    std::vector<std::size_t> cuts = {0, text.size()};
    for (const auto& f : audit.flags) {
        const std::size_t begin = std::min(f.offset, text.size());
        cuts.push_back(begin);
        cuts.push_back(std::min(begin + f.length, text.size()));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::vector<CopyRun> runs;
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
        CopyRun run{cuts[i], cuts[i + 1], {}};
        for (std::size_t f = 0; f < audit.flags.size(); ++f) {
            const auto& flag = audit.flags[f];
            if (flag.offset <= run.begin && run.end <= flag.offset + flag.length) run.flags.push_back(f);
        }
        // Adjacent pieces under the same flags are one run (a flag drawn as one passage).
        if (!runs.empty() && runs.back().flags == run.flags) runs.back().end = run.end;
        else runs.push_back(std::move(run));
    }
    return runs;
}

std::string flagReasonText(const partners::CopyFlag& flag) {
    std::string out(vocab::kPhraseCategory.labelOf(flag.category));
    out += ": rule '" + (flag.ruleName.empty() ? flag.ruleId : flag.ruleName) + "' (phrase '" + flag.phrase +
           "')";
    return out;
}

std::string copyScoreText(const partners::MessageAudit& audit) {
    if (!audit.error.empty()) return "Not audited: " + audit.error;
    if (!audit.scoreBp) return "No sentence to audit yet.";
    const std::size_t total = audit.approved + audit.neutral + audit.violating;
    return std::to_string(total - audit.violating) + " of " + std::to_string(total) +
           " sentences break no rule: " + partners::bpPercentText(*audit.scoreBp) + " (" +
           std::to_string(audit.approved) + " carry approved claims, " + std::to_string(audit.violating) +
           " flagged)";
}

}  // namespace sc::web
