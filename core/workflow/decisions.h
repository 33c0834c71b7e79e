// Fix decisions (seed 002 step 4) and their touchpoint checklists (step 5 and the pitfalls
// "fixing only one side", "changing the landing page but not the email sequence or the sales
// script"). Every edit is a pure function returning a new Document or an error message.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/edit_result.h"

namespace sc {

// The outcome of a workflow edit (model/edit_result.h).
using WorkflowEdit = EditResult;

// A refused edit: `doc` unchanged, the reason, and the id the edit was about (may be empty).
WorkflowEdit refusedEdit(const Document& doc, std::string error, std::string id = {});

// "change_message" | "adjust_channel" | "both" | "stop_channel" | "accept_tradeoff"
const std::vector<std::string>& decisionKinds();
bool isDecisionKind(const std::string& kind);

// accept_tradeoff needs a written rationale (seed 002: "Document the rationale"); the others
// may have one.
bool needsRationale(const std::string& kind);
// False when `kind` needs a rationale and `rationale` is blank (decideFix refuses it then).
bool rationaleSuffices(const std::string& kind, const std::string& rationale);

// The checklist for fixing `mismatch`: one item per touchpoint of BOTH sides (every promise
// involved and the channel), whatever the kind — a message change still has to be checked
// against the channel's touchpoints and vice versa. For "stop_channel" the channel items
// retire its touchpoints and the promise items drop mentions of the channel. A side with no
// touchpoints recorded gets one item asking to list them, so that side cannot be skipped.
// "accept_tradeoff" gets no checklist. Item ids are "ci-1", "ci-2", ... in order.
std::vector<ChecklistItem> generateChecklist(const Document& doc, const Mismatch& mismatch,
                                             const std::string& kind);
// Same as generateChecklist(doc, mismatch, "both").
std::vector<ChecklistItem> generateChecklist(const Document& doc, const Mismatch& mismatch);

// Records a decision on a mismatch. accept_tradeoff needs a non-blank rationale (seed 002:
// "Document the rationale and measure the impact separately") and sets the mismatch to
// "accepted"; other kinds set it to "fixing" and attach the generated checklist. Refused for
// unknown mismatch or kind, a dismissed mismatch, a bad `today`, or while another decision on
// the same mismatch is still unimplemented. New id: "dec-<mismatchId>", then "-2", "-3" ...
// Why a fix cannot be decided for the mismatch now (empty: it can): it must exist, not be
// dismissed, fixed or verified, and have no fix under way (a trade-off on record may be
// replaced by a real fix). decideFix refuses with this message; the app asks it before
// offering "Decide fix…", so the two can never disagree.
std::string whyCannotDecide(const Document& doc, const std::string& mismatchId);

WorkflowEdit decideFix(const Document& doc, const std::string& mismatchId, const std::string& kind,
                       const std::string& rationale, const std::string& owner, const std::string& today);

// One decision for one contradiction (issue 13.6; seed 002: "a premium brand selling through a
// discount channel … a calculated trade-off" is one decision for that channel, not one per
// dimension). `mismatchIds` are the facets of one group (engine MismatchGroup::decidableIds).
// Why the group cannot be decided now (empty: it can): no facet given, facets of different
// promise × channel × pair, or a facet whyCannotDecide refuses (named in the message).
std::string whyCannotDecideGroup(const Document& doc, const std::vector<std::string>& mismatchIds);
// Records the same decision (kind, rationale, owner, date) for every facet, as decideFix would
// one by one — each facet gets its decision and checklist, so the index and the state of each
// facet follow — or refuses with whyCannotDecideGroup and changes nothing. The result's `id` is
// the first new decision's.
WorkflowEdit decideGroup(const Document& doc, const std::vector<std::string>& mismatchIds,
                         const std::string& kind, const std::string& rationale, const std::string& owner,
                         const std::string& today);
// Its label for Edit > Undo: "Decide both for 4 facets of 'Try it now' vs 'Sales'".
std::string decideGroupLabel(const Document& doc, const std::vector<std::string>& mismatchIds,
                             const std::string& kind);

// Ticks (done=true, doneOn=today) or unticks one checklist item. Refused once the decision is
// implemented.
WorkflowEdit checkItem(const Document& doc, const std::string& decisionId, const std::string& itemId,
                       bool done, const std::string& today);

// Marks a fix as implemented: refused while any checklist item is open ("a fix is not done
// until every touchpoint on both sides is updated") and for trade-offs. Sets implementedOn,
// the mismatch status to "fixed", and starts a Verification ("ver-<decisionId>") of the
// mismatch's pair when one can be found, with started_on = today.
WorkflowEdit markImplemented(const Document& doc, const std::string& decisionId, const std::string& today);

// Withdraws a decision not yet implemented (changed one's mind): removes it and reopens the mismatch.
WorkflowEdit withdrawDecision(const Document& doc, const std::string& decisionId);

// True when every checklist item is done (a trade-off, with no checklist, is complete).
bool isDecisionComplete(const Decision& decision);
// Items still open.
std::int64_t openItemCount(const Decision& decision);

// The pairs a mismatch concerns: its pair when set, else the pairs of its channel that carry
// its promise (or all the channel's pairs when the mismatch names no promise).
std::vector<const ProductChannelPair*> pairsOfMismatch(const Document& doc, const Mismatch& mismatch);

// One accepted trade-off, measured on its own (seed 002 "calculated trade-off").
struct TradeoffImpact {
    std::string mismatchId;
    std::string decisionId;  // empty when accepted without a recorded decision
    std::string rationale;
    std::vector<std::string> pairIds;
    std::int64_t visitors = 0;
    std::int64_t leads = 0;
    std::int64_t customers = 0;
    MinorUnits revenueMinor = 0;
    std::int64_t complaints = 0;
    BasisPoints conversionBp = -1;     // customers / visitors; −1 without visitors
    BasisPoints shareOfRevenueBp = 0;  // of all pairs' revenue
    BasisPoints shareOfLeadsBp = 0;    // of all pairs' leads
};

// Every mismatch with status "accepted", with the totals of its pairs.
std::vector<TradeoffImpact> tradeoffImpact(const Document& doc);

}  // namespace sc
