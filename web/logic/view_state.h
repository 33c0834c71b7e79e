// UI state that is not part of the document: which screen is shown, what is selected, which
// panels are open. Not undoable and never saved into *.scorecard.json (STYLE.md §6).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace sc::web {

enum class ViewId {
    Dashboard,
    Overview,
    Segments,
    Promises,
    Channels,
    Dimensions,
    Products,
    Pairs,
    Metrics,
    Compare,
    Mismatches,
    Partners,
    PartnerReview,
    CopyAudit,
    Rules,
    Programme,
    PartnerData,
    Settings,
};

struct ViewInfo {
    ViewId id;
    const char* name;  // shown in the navigation list and the View menu
};

// Every screen, in navigation order.
inline constexpr ViewInfo kViews[] = {
    {ViewId::Dashboard, "Dashboard"},
    {ViewId::Overview, "Overview"},
    {ViewId::Segments, "Segments"},
    {ViewId::Promises, "Promises"},
    {ViewId::Channels, "Channels"},
    {ViewId::Dimensions, "Dimensions"},
    {ViewId::Products, "Products"},
    {ViewId::Pairs, "Pairs"},
    {ViewId::Metrics, "Metrics"},
    {ViewId::Compare, "Compare"},
    {ViewId::Mismatches, "Mismatches"},
    {ViewId::Partners, "Partners"},
    {ViewId::PartnerReview, "Partner review"},
    {ViewId::CopyAudit, "Copy audit"},
    {ViewId::Rules, "Rules of engagement"},
    {ViewId::Programme, "Programme"},
    {ViewId::PartnerData, "Partner data"},
    {ViewId::Settings, "Settings"},
};

// What is being typed in the Decide fix… dialog.
struct FixDraft {
    std::string kind = "both";  // seed 002: fixing only one side is the top pitfall
    std::string owner;
    std::string rationale;
    // Non-empty: the decision is for every one of these facets of one contradiction (issue
    // 13.6, core decideGroup), not for the selected mismatch alone.
    std::vector<std::string> groupIds;
};

// What is being typed in the A/B test fields of the Fix section: reloaded from the experiment
// when another one is shown or its stored counts change (Record counts, Undo).
struct ExperimentDraft {
    std::string experimentId;  // whose counts these are
    long long counts[4] = {
        0, 0, 0, 0};  // control visitors, control conversions, variant visitors, variant conversions
    long long stored[4] = {0, 0, 0, 0};  // the experiment's counts when loaded (Undo may change them)
    std::string hypothesis;              // for Start A/B test
};

// The Dashboard view's own choices (views/dashboard_view.h).
struct DashboardState {
    std::string heatPromiseId, heatChannelId;  // the heat-map cell whose mismatches are listed
    std::string funnelPairId;                  // the pair whose funnel is shown ("" = the first)
    int presentPage = 0;                       // projector mode: which top priority is shown
};

// The partner workspace's own choices (views/partners_view.h, copy_audit_view.h).
struct PartnersState {
    std::string pageId;         // the partner whose page is shown; "" = the partner table
    std::string pageTab;        // a tab to bring forward on the page ("" = leave as is)
    std::string copyText;       // Copy audit: the pasted copy
    double copyEditedAt = 0;    // ImGui time of the last keystroke (the audit waits for a pause)
    std::string copyPartnerId;  // whose copy it is when kept as a copy sample
    std::map<std::string, std::string> listSelection;  // per tabbed list ("rules/price_book"): selected id
};

struct ViewState {
    ViewId current = ViewId::Dashboard;  // the scorecard is the start view (issue 8)
    std::string selectedId;              // id of the selected entity in the current view ("" = none)
    bool showFindings = true;            // the findings panel under the main view
    bool showAbout = false;
    std::string fileName;                      // name of the open file/sample, shown in the overview
    bool fileAccess = false;                   // the browser can write files in place (File System Access)
    bool savesInPlace = false;                 // ... and the open document has its file: Save writes to it
    std::string dismissReason;                 // being typed in the Dismiss… dialog
    std::vector<std::string> dismissGroupIds;  // non-empty: the dialog dismisses these facets together
    bool revealSelection = false;              // scroll the selected row into view (it moved after an edit)
    FixDraft fixDraft;                         // the Decide fix… dialog's fields
    ExperimentDraft experimentDraft;
    std::string comparePromiseId;  // the Compare view's two sides
    std::string compareChannelId;
    DashboardState dashboard;
    PartnersState partners;
};

}  // namespace sc::web
