// Fix decisions, touchpoint checklists and trade-offs: pure edits over a copied Document.
#include "workflow/decisions.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "model/vocabularies.h"
#include "workflow/dates.h"

namespace sc {

WorkflowEdit refusedEdit(const Document& doc, std::string error, std::string id) {
    WorkflowEdit e;
    e.error = std::move(error);
    e.document = doc;
    e.id = std::move(id);
    return e;
}

namespace {

WorkflowEdit refuse(const Document& doc, std::string error) { return refusedEdit(doc, std::move(error)); }

bool isBlank(const std::string& s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }

std::string displayName(const Entity& e) { return e.name.empty() ? e.id : e.name; }

// "landing page 'Pricing'": the kind in words, then the name.
std::string touchpointText(const Touchpoint& t) {
    std::string kind = t.kind;
    std::replace(kind.begin(), kind.end(), '_', ' ');
    const std::string name = quoted(displayName(t));
    return kind.empty() ? name : kind + " " + name;
}

std::string uniqueId(const std::string& base, const std::function<bool(const std::string&)>& taken) {
    if (!taken(base)) return base;
    for (int n = 2;; ++n) {
        const std::string candidate = base + "-" + std::to_string(n);
        if (!taken(candidate)) return candidate;
    }
}

// The promises a mismatch involves: its own, else those carried by its pairs.
std::vector<std::string> promiseIdsOf(const Document& doc, const Mismatch& m) {
    if (!m.promiseId.empty()) return {m.promiseId};
    std::vector<std::string> ids;
    for (const auto* pair : pairsOfMismatch(doc, m))
        for (const auto& id : pair->promiseIds)
            if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    return ids;
}

std::string channelIdOf(const Document& doc, const Mismatch& m) {
    if (!m.channelId.empty()) return m.channelId;
    if (const auto* pair = findById(doc.pairs, m.pairId)) return pair->channelId;
    return "";
}

BasisPoints shareBp(long double part, long double whole) {
    if (whole <= 0) return 0;
    return (BasisPoints)std::llround(part * 10000.0L / whole);
}

}  // namespace

const std::vector<std::string>& decisionKinds() {
    static const std::vector<std::string> kinds = [] {  // the vocabulary's (model/vocabularies.h)
        std::vector<std::string> out;
        for (const vocab::Term& t : vocab::kDecisionKind) out.emplace_back(t.id);
        return out;
    }();
    return kinds;
}

bool isDecisionKind(const std::string& kind) {
    const auto& k = decisionKinds();
    return std::find(k.begin(), k.end(), kind) != k.end();
}

bool needsRationale(const std::string& kind) { return kind == "accept_tradeoff"; }

bool rationaleSuffices(const std::string& kind, const std::string& rationale) {
    return !needsRationale(kind) || !isBlank(rationale);
}

std::vector<const ProductChannelPair*> pairsOfMismatch(const Document& doc, const Mismatch& m) {
    std::vector<const ProductChannelPair*> out;
    if (!m.pairId.empty()) {
        if (const auto* pair = findById(doc.pairs, m.pairId)) out.push_back(pair);
        return out;
    }
    if (m.channelId.empty()) return out;
    for (const auto& pair : doc.pairs) {
        if (pair.channelId != m.channelId) continue;
        const bool carries = m.promiseId.empty() || std::find(pair.promiseIds.begin(), pair.promiseIds.end(),
                                                              m.promiseId) != pair.promiseIds.end();
        if (carries) out.push_back(&pair);
    }
    return out;
}

std::vector<ChecklistItem> generateChecklist(const Document& doc, const Mismatch& m,
                                             const std::string& kind) {
    std::vector<ChecklistItem> items;
    if (kind == "accept_tradeoff") return items;
    auto add = [&](const std::string& touchpointId, const std::string& side, const std::string& label) {
        ChecklistItem item;
        item.id = "ci-" + std::to_string(items.size() + 1);
        item.touchpointId = touchpointId;
        item.side = side;
        item.label = label;
        items.push_back(std::move(item));
    };

    const std::string channelId = channelIdOf(doc, m);
    const Channel* channel = findById(doc.channels, channelId);
    const std::string channelName = channel ? quoted(displayName(*channel)) : quoted(channelId);

    // Promise side: every touchpoint of every promise involved.
    const auto promiseIds = promiseIdsOf(doc, m);
    if (promiseIds.empty())
        add("", "promise",
            "Name the marketing promise behind this mismatch and list its touchpoints (landing page, "
            "email sequence, ads, sales script) so each one can be updated");
    for (const auto& promiseId : promiseIds) {
        const Promise* promise = findById(doc.promises, promiseId);
        const std::string promiseName = promise ? quoted(displayName(*promise)) : quoted(promiseId);
        if (!promise || promise->touchpoints.empty()) {
            add("", "promise",
                "List the touchpoints of promise " + promiseName +
                    " (landing page, email sequence, ads, sales script) and update each one");
            continue;
        }
        for (const auto& t : promise->touchpoints) {
            std::string label;
            if (kind == "change_message")
                label = "Rewrite " + touchpointText(t) + " so the message matches channel " + channelName;
            else if (kind == "adjust_channel")
                label = "Check " + touchpointText(t) + " still matches the adjusted channel " + channelName;
            else if (kind == "stop_channel")
                label = "Remove mentions of channel " + channelName + " from " + touchpointText(t);
            else label = "Update " + touchpointText(t) + " (message side) to match channel " + channelName;
            add(t.id, "promise", label);
        }
    }

    // Channel side: every touchpoint of the channel.
    if (!channel || channel->touchpoints.empty()) {
        add("", "channel",
            "List the touchpoints of channel " + channelName +
                " (sales script, partner deck, checkout, pricing sheet) and " +
                (kind == "stop_channel" ? "retire each one" : "update each one"));
    } else {
        for (const auto& t : channel->touchpoints) {
            std::string label;
            if (kind == "change_message")
                label = "Check " + touchpointText(t) + " still matches the new message";
            else if (kind == "adjust_channel")
                label = "Change " + touchpointText(t) + " to deliver what the promise says";
            else if (kind == "stop_channel")
                label = "Retire " + touchpointText(t) + " (channel " + channelName + " is stopped)";
            else label = "Update " + touchpointText(t) + " (channel side) to match the promise";
            add(t.id, "channel", label);
        }
    }
    return items;
}

std::vector<ChecklistItem> generateChecklist(const Document& doc, const Mismatch& m) {
    return generateChecklist(doc, m, "both");
}

std::string whyCannotDecide(const Document& doc, const std::string& mismatchId) {
    const Mismatch* mismatch = findById(doc.mismatches, mismatchId);
    if (!mismatch) return "no mismatch with id \"" + mismatchId + "\"";
    if (mismatch->status == "dismissed")
        return "mismatch \"" + mismatchId + "\" was dismissed; reopen it before deciding a fix";
    // A trade-off on record may be replaced by a real fix; a fix under way may not.
    for (const auto& d : doc.decisions)
        if (d.mismatchId == mismatchId && d.kind != "accept_tradeoff" && d.implementedOn.empty())
            return "mismatch \"" + mismatchId + "\" already has fix \"" + d.id +
                   "\" in progress; finish or withdraw it first";
    if (mismatch->status == "fixed" || mismatch->status == "verified")
        return "mismatch \"" + mismatchId + "\" is " + mismatch->status +
               "; a new fix is decided once it is open again (a regressed verification reopens it)";
    return {};
}

WorkflowEdit decideFix(const Document& doc, const std::string& mismatchId, const std::string& kind,
                       const std::string& rationale, const std::string& owner, const std::string& today) {
    if (!isValidDate(today)) return refuse(doc, "today (\"" + today + "\") is not a YYYY-MM-DD date");
    if (!isDecisionKind(kind))
        return refuse(doc,
                      "unknown fix kind \"" + kind +
                          "\": use change_message, adjust_channel, both, stop_channel or accept_tradeoff");
    if (const std::string why = whyCannotDecide(doc, mismatchId); !why.empty()) return refuse(doc, why);
    const Mismatch* mismatch = findById(doc.mismatches, mismatchId);
    if (!rationaleSuffices(kind, rationale))
        return refuse(
            doc,
            "accepting a mismatch as a trade-off needs a written rationale (why the mismatch is worth it)");

    WorkflowEdit out;
    out.document = doc;
    Document& next = out.document;
    Decision d;
    d.id = uniqueId("dec-" + mismatchId,
                    [&](const std::string& id) { return findById(next.decisions, id) != nullptr; });
    const std::string subject = mismatch->name.empty() ? mismatch->id : mismatch->name;
    d.name = (kind == "accept_tradeoff" ? "Trade-off: " : "Fix: ") + subject;
    d.mismatchId = mismatchId;
    d.kind = kind;
    d.rationale = rationale;
    d.owner = owner;
    d.decidedOn = today;
    d.checklist = generateChecklist(doc, *mismatch, kind);
    next.decisions.push_back(d);
    findById(next.mismatches, mismatchId)->status = kind == "accept_tradeoff" ? "accepted" : "fixing";
    out.ok = true;
    out.id = d.id;
    return out;
}

std::string whyCannotDecideGroup(const Document& doc, const std::vector<std::string>& mismatchIds) {
    if (mismatchIds.empty()) return "the group has no facet left to decide";
    const Mismatch* first = nullptr;
    for (const auto& id : mismatchIds) {
        if (const std::string why = whyCannotDecide(doc, id); !why.empty()) return "facet " + why;
        const Mismatch* m = findById(doc.mismatches, id);
        if (!first) first = m;
        else if (m->promiseId != first->promiseId || m->channelId != first->channelId ||
                 m->pairId != first->pairId)
            return "mismatch \"" + id + "\" is not a facet of the same promise × channel × pair as \"" +
                   first->id + "\"";
        if (std::count(mismatchIds.begin(), mismatchIds.end(), id) > 1)
            return "mismatch \"" + id + "\" is listed twice";
    }
    return {};
}

WorkflowEdit decideGroup(const Document& doc, const std::vector<std::string>& mismatchIds,
                         const std::string& kind, const std::string& rationale, const std::string& owner,
                         const std::string& today) {
    if (const std::string why = whyCannotDecideGroup(doc, mismatchIds); !why.empty()) return refuse(doc, why);
    WorkflowEdit out;
    out.document = doc;
    for (const auto& id : mismatchIds) {
        WorkflowEdit step = decideFix(out.document, id, kind, rationale, owner, today);
        if (!step.ok) return refuse(doc, step.error);  // bad kind, date or rationale: nothing changes
        if (out.id.empty()) out.id = step.id;
        out.document = std::move(step.document);
    }
    out.ok = true;
    return out;
}

std::string decideGroupLabel(const Document& doc, const std::vector<std::string>& mismatchIds,
                             const std::string& kind) {
    const Mismatch* m = mismatchIds.empty() ? nullptr : findById(doc.mismatches, mismatchIds.front());
    std::string what = std::to_string(mismatchIds.size()) + (mismatchIds.size() == 1 ? " facet" : " facets");
    if (m) {
        const Promise* p = findById(doc.promises, m->promiseId);
        const Channel* c = findById(doc.channels, channelIdOf(doc, *m));
        if (p || c)
            what += " of " + (p ? quoted(displayName(*p)) + " vs " : "") + (c ? quoted(displayName(*c)) : "");
    }
    std::string k = kind;
    std::replace(k.begin(), k.end(), '_', ' ');
    return (kind == "accept_tradeoff" ? "Accept trade-off for " : "Decide " + k + " for ") + what;
}

WorkflowEdit checkItem(const Document& doc, const std::string& decisionId, const std::string& itemId,
                       bool done, const std::string& today) {
    if (done && !isValidDate(today)) return refuse(doc, "today (\"" + today + "\") is not a YYYY-MM-DD date");
    const Decision* decision = findById(doc.decisions, decisionId);
    if (!decision) return refuse(doc, "no decision with id \"" + decisionId + "\"");
    if (!decision->implementedOn.empty())
        return refuse(doc, "fix \"" + decisionId + "\" is already implemented; its checklist is closed");
    WorkflowEdit out;
    out.document = doc;
    Decision* d = findById(out.document.decisions, decisionId);
    ChecklistItem* item = findById(d->checklist, itemId);
    if (!item) return refuse(doc, "fix \"" + decisionId + "\" has no checklist item \"" + itemId + "\"");
    item->done = done;
    item->doneOn = done ? today : "";
    out.ok = true;
    out.id = decisionId;
    return out;
}

bool isDecisionComplete(const Decision& decision) { return openItemCount(decision) == 0; }

std::int64_t openItemCount(const Decision& decision) {
    return std::count_if(decision.checklist.begin(), decision.checklist.end(),
                         [](const ChecklistItem& i) { return !i.done; });
}

WorkflowEdit markImplemented(const Document& doc, const std::string& decisionId, const std::string& today) {
    if (!isValidDate(today)) return refuse(doc, "today (\"" + today + "\") is not a YYYY-MM-DD date");
    const Decision* decision = findById(doc.decisions, decisionId);
    if (!decision) return refuse(doc, "no decision with id \"" + decisionId + "\"");
    if (decision->kind == "accept_tradeoff")
        return refuse(
            doc, "\"" + decisionId + "\" accepts a trade-off: there is nothing to implement, it is measured");
    if (!decision->implementedOn.empty())
        return refuse(doc,
                      "fix \"" + decisionId + "\" was already implemented on " + decision->implementedOn);
    const std::int64_t open = openItemCount(*decision);
    if (open > 0) {
        std::string first;
        for (const auto& i : decision->checklist)
            if (!i.done) {
                first = i.label;
                break;
            }
        return refuse(doc, "a fix is not done until every touchpoint on both sides is updated: " +
                               std::to_string(open) + " checklist item" + (open == 1 ? "" : "s") +
                               " still open (first: " + first + ")");
    }

    WorkflowEdit out;
    out.document = doc;
    Document& next = out.document;
    findById(next.decisions, decisionId)->implementedOn = today;
    Mismatch* mismatch = findById(next.mismatches, decision->mismatchId);
    if (mismatch) {
        mismatch->status = "fixed";
        const auto pairs = pairsOfMismatch(doc, *mismatch);
        const bool alreadyTracked =
            std::any_of(next.verifications.begin(), next.verifications.end(),
                        [&](const Verification& v) { return v.decisionId == decisionId; });
        if (!alreadyTracked) {
            for (const auto* pair : pairs) {
                Verification v;
                const std::string base =
                    pairs.size() == 1 ? "ver-" + decisionId : "ver-" + decisionId + "-" + pair->id;
                v.id = uniqueId(
                    base, [&](const std::string& id) { return findById(next.verifications, id) != nullptr; });
                v.name = "Verify " + decision->name + " on " + displayName(*pair);
                v.decisionId = decisionId;
                v.pairId = pair->id;
                v.startedOn = today;
                next.verifications.push_back(v);
            }
        }
    }
    out.ok = true;
    out.id = decisionId;
    return out;
}

WorkflowEdit withdrawDecision(const Document& doc, const std::string& decisionId) {
    const Decision* decision = findById(doc.decisions, decisionId);
    if (!decision) return refuse(doc, "no decision with id \"" + decisionId + "\"");
    if (!decision->implementedOn.empty())
        return refuse(doc, "fix \"" + decisionId + "\" is already implemented and cannot be withdrawn");
    WorkflowEdit out;
    out.document = doc;
    Document& next = out.document;
    const std::string mismatchId = decision->mismatchId;
    next.decisions.erase(std::remove_if(next.decisions.begin(), next.decisions.end(),
                                        [&](const Decision& d) { return d.id == decisionId; }),
                         next.decisions.end());
    if (Mismatch* m = findById(next.mismatches, mismatchId)) {
        m->status = "open";
        for (const auto& d : next.decisions)  // the latest remaining decision sets the status
            if (d.mismatchId == mismatchId)
                m->status = d.kind == "accept_tradeoff" ? "accepted"
                            : d.implementedOn.empty()   ? "fixing"
                                                        : "fixed";
    }
    out.ok = true;
    out.id = decisionId;
    return out;
}

std::vector<TradeoffImpact> tradeoffImpact(const Document& doc) {
    long double allRevenue = 0, allLeads = 0;
    for (const auto& p : doc.pairs) {
        allRevenue += p.revenueMinor;
        allLeads += p.leads;
    }
    std::vector<TradeoffImpact> out;
    for (const auto& m : doc.mismatches) {
        if (m.status != "accepted") continue;
        TradeoffImpact t;
        t.mismatchId = m.id;
        for (const auto& d : doc.decisions)
            if (d.mismatchId == m.id && d.kind == "accept_tradeoff") {
                t.decisionId = d.id;
                t.rationale = d.rationale;
            }
        for (const auto* p : pairsOfMismatch(doc, m)) {
            t.pairIds.push_back(p->id);
            t.visitors += p->visitors;
            t.leads += p->leads;
            t.customers += p->customers;
            t.revenueMinor += p->revenueMinor;
            t.complaints += p->complaints;
        }
        if (t.visitors > 0) t.conversionBp = shareBp(t.customers, t.visitors);
        t.shareOfRevenueBp = shareBp(t.revenueMinor, allRevenue);
        t.shareOfLeadsBp = shareBp(t.leads, allLeads);
        out.push_back(std::move(t));
    }
    return out;
}

}  // namespace sc
