// Partners (PRODUCT.md section 3): the partner table — tier, territory, the five KPIs with
// their RAG status and trend, the pulse on autonomy, mastery and purpose, the tier advice —
// sortable and filterable; a click opens the partner's page (views/partner_page.h).
#pragma once

#include "logic/theme_palette.h"
#include "logic/view_state.h"
#include "partners/partner_kpis.h"
#include "widgets/property_editor.h"

namespace sc::web {

void drawPartnersView(const EditorContext& ctx, const partners::PartnerKpiReport& report,
                      const ChartPalette& palette, ViewState& view);

}  // namespace sc::web
