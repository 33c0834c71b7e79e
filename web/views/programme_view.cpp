// Programme screen (see programme_view.h).
#include "views/programme_view.h"

#include "views/tabbed_lists.h"

namespace sc::web {

namespace {

std::vector<ListSpec> programmeLists() {
    std::vector<ListSpec> lists;
    ListSpec partnerList = tabList(
        "programme", {}, "partners", "Partners", {"name", "tier", "territory_id", "status"},
        "The resellers, agencies and affiliates who sell for you: tier, territory, channel, contacts, goals, "
        "roles and escalation path.",
        "No partners yet: add the first one.");
    partnerList.nested = {
        {"contacts", "Contacts", "Contacts", {"name", "role", "email"}, "No contacts yet.", ""}};
    lists.push_back(std::move(partnerList));
    ListSpec materials = tabList(
        "programme", {}, "materials", "Materials", {"name", "kind", "owner", "status"},
        "The single source of truth (seed 000): pitch decks, price sheets, objection scripts and compliance "
        "guidelines, each versioned, with who acknowledged which version.",
        "No materials yet: add the decks, price sheets and scripts partners work from.");
    materials.nested = {
        {"versions",
         "Versions",
         "Versions, oldest first (the last is current)",
         {"version", "updated_on", "summary"},
         "No versions yet: add the first one with its date.",
         ""},
        {"acknowledgements",
         "Acknowledgements",
         "Who acknowledged which version",
         {"partner_id", "version", "acknowledged_on"},
         "Nobody has acknowledged this material yet.",
         ""},
    };
    lists.push_back(std::move(materials));
    lists.push_back(tabList("programme", {}, "cadence", "Cadence",
                            {"name", "kind", "partner_id", "last_held_on", "next_due_on"},
                            "Weekly check-ins, monthly reviews, quarterly alignment sessions (seed 000: "
                            "\"The weekly cadence is the most important\").",
                            "No meetings planned yet: add a weekly check-in per partner."));
    lists.push_back(tabList("programme", {}, "feedback", "Feedback",
                            {"name", "partner_id", "kind", "status", "received_on"},
                            "What partners hear in the field (objections, competitor moves, product gaps, "
                            "process friction), its status and the change it led to.",
                            "No feedback recorded yet."));
    ListSpec incidents = tabList(
        "programme", {}, "incidents", "Incidents",
        {"name", "partner_id", "occurred_on", "diagnosis", "response"},
        "A partner went off-script: diagnose first, then respond — on the partner's page, which refuses a "
        "response before a diagnosis and suggests the one that fits.",
        "No incidents recorded.");
    incidents.detail.skip = {"response"};  // chosen on the partner page, through respondToIncident
    lists.push_back(std::move(incidents));
    lists.push_back(tabList("programme", {}, "post_mortems", "Post-mortems",
                            {"name", "partner_id", "outcome", "held_on"},
                            "Win and loss reasons per deal, wins too (seed 003).", "No post-mortems yet."));
    lists.push_back(tabList(
        "programme", {}, "copy_samples", "Copy samples", {"name", "partner_id", "source", "captured_on"},
        "Partners' copy captured for the message-consistency audit (a landing page, an "
        "email, a post), with the material version it was written from.",
        "No copy captured yet: paste a partner's copy here, or try it first in Copy audit."));
    return lists;
}

}  // namespace

void drawProgrammeView(const EditorContext& ctx, ViewState& view) {
    static const std::vector<ListSpec> lists = programmeLists();
    drawTabbedLists(ctx, view, "programme", "Programme",
                    "The partner programme's records. The Partners screen shows what they mean per partner.",
                    lists);
}

}  // namespace sc::web
