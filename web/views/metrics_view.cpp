// Metric dictionary screen (see metrics_view.h).
#include "views/metrics_view.h"

#include "widgets/list_detail.h"

namespace sc::web {

void drawMetricsView(const EditorContext& ctx, ViewState& view) {
    ListSpec spec;
    spec.id = "metrics";
    spec.title = "Metric dictionary";
    spec.intro =
        "One definition per metric, so marketing and the channel team mean the same thing by \"conversion\".";
    spec.listKey = "metrics";
    spec.columns = {"name", "unit", "benchmark", "cadence"};
    spec.emptyText =
        "No metrics yet. Define conversion, lead-to-customer rate, sales cycle length… with a benchmark and "
        "thresholds.";
    drawListDetail(ctx, spec, view.selectedId);
}

}  // namespace sc::web
