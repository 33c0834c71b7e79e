// One partner's page: KPI trends against the benchmark band, the audits' findings (flagged
// copy passages highlighted with the rule each breaks, pricing violations with why, reporting
// problems, channel conflicts), the pulse, materials acknowledged or outdated, the cadence with
// overdue meetings, feedback with the closed-loop rate, incidents with their diagnosis →
// response flow (a response before a diagnosis is refused by the core), post-mortems, and the
// partner's own fields.
#pragma once

#include "logic/theme_palette.h"
#include "logic/view_state.h"
#include "partners/partner_kpis.h"
#include "widgets/property_editor.h"

namespace sc::web {

void drawPartnerPage(const EditorContext& ctx, const partners::PartnerKpiReport& report,
                     const ChartPalette& palette, ViewState& view);

}  // namespace sc::web
