// Dismiss / reopen (see triage.h).
#include "engine/triage.h"

#include "engine/recompute.h"
#include "workflow/dates.h"

namespace sc::engine {

namespace {

WorkflowEdit refuse(const Document& doc, std::string error) { return refusedEdit(doc, std::move(error)); }

std::string trimmed(const std::string& s) {
    const char* space = " \t\r\n";
    const auto first = s.find_first_not_of(space);
    if (first == std::string::npos) return "";
    return s.substr(first, s.find_last_not_of(space) - first + 1);
}

// Timestamps only need a real calendar day and a time part: the file keeps them as text.
bool isTimestamp(const std::string& s) { return s.size() > 10 && s[10] == 'T' && isValidDate(s); }

}  // namespace

bool isDismissReason(const std::string& reason) { return !trimmed(reason).empty(); }

bool canDismiss(const Mismatch& m) { return m.status == "open"; }

bool canReopen(const Mismatch& m) { return m.status == "dismissed"; }

WorkflowEdit dismissMismatch(const Document& doc, const std::string& mismatchId, const std::string& reason,
                             const std::string& now) {
    if (!isTimestamp(now))
        return refuse(doc, "now (\"" + now + "\") is not a YYYY-MM-DDThh:mm:ssZ timestamp");
    if (!isDismissReason(reason))
        return refuse(doc, "dismissing a mismatch needs a reason (why it is not a real problem)");

    WorkflowEdit out;
    out.document = doc;
    if (!findById(doc.mismatches, mismatchId)) out.document = recomputeMismatches(doc, now);
    Mismatch* m = findById(out.document.mismatches, mismatchId);
    if (!m) return refuse(doc, "no mismatch with id \"" + mismatchId + "\"");
    if (!canDismiss(*m))
        return refuse(doc, "mismatch \"" + mismatchId + "\" is " + m->status +
                               ", not open: only an open mismatch is dismissed");
    m->status = "dismissed";
    m->dismissedReason = trimmed(reason);
    m->updated = now;
    out.ok = true;
    out.id = mismatchId;
    return out;
}

WorkflowEdit dismissGroup(const Document& doc, const std::vector<std::string>& mismatchIds,
                          const std::string& reason, const std::string& now) {
    if (mismatchIds.empty()) return refuse(doc, "the group has no facet to dismiss");
    WorkflowEdit out;
    out.document = doc;
    for (const auto& id : mismatchIds) {
        WorkflowEdit step = dismissMismatch(out.document, id, reason, now);
        if (!step.ok) return refuse(doc, "facet " + step.error);
        out.document = std::move(step.document);
    }
    out.ok = true;
    out.id = mismatchIds.front();
    return out;
}

WorkflowEdit reopenMismatch(const Document& doc, const std::string& mismatchId, const std::string& now) {
    if (!isTimestamp(now))
        return refuse(doc, "now (\"" + now + "\") is not a YYYY-MM-DDThh:mm:ssZ timestamp");
    WorkflowEdit out;
    out.document = doc;
    Mismatch* m = findById(out.document.mismatches, mismatchId);
    if (!m) return refuse(doc, "no mismatch with id \"" + mismatchId + "\"");
    if (!canReopen(*m))
        return refuse(
            doc, "mismatch \"" + mismatchId + "\" is " + m->status + ", not dismissed: nothing to reopen");
    m->status = "open";
    m->dismissedReason.clear();
    m->updated = now;
    out.ok = true;
    out.id = mismatchId;
    return out;
}

}  // namespace sc::engine
