// Partners screen (see partners_view.h).
#include "views/partners_view.h"

#include "imgui.h"
#include "logic/partner_text.h"
#include "views/partner_page.h"
#include "widgets/cell_text.h"
#include "widgets/entity_table.h"

namespace sc::web {

void drawPartnersView(const EditorContext& ctx, const partners::PartnerKpiReport& report,
                      const ChartPalette& palette, ViewState& view) {
    if (!view.partners.pageId.empty()) {
        bool known = false;
        for (const auto& p : ctx.doc.partners) known = known || p.id == view.partners.pageId;
        if (known) return drawPartnerPage(ctx, report, palette, view);
        view.partners.pageId.clear();  // removed (or undone) while its page was open
    }
    Heading("Partners");
    if (ctx.doc.partners.empty()) {
        CellTextWrapped(
            "No partners yet. Add the resellers, agencies and affiliates who sell for you on the "
            "Programme screen's lists, or import them from a CSV (File > Import CSV…).");
        return;
    }
    HintTextWrapped(
        report.period.empty()
            ? std::string("No partner data yet (deals, registrations, reports, KPI records, pulse "
                          "answers): KPIs show \"no data\".")
            : "Period " + report.period +
                  ". Each KPI against its benchmark (G green, A amber, R red) and its trend since "
                  "the previous period. Click a partner for its page.");
    const TableModel model = buildPartnerTable(ctx.doc, report);
    const std::string clicked = drawEntityTable("partner-table", model, view.selectedId, 0.0f, &palette);
    if (!clicked.empty()) {
        view.selectedId = clicked;
        view.partners.pageId = clicked;
    }
}

}  // namespace sc::web
