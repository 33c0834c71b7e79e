// Segments screen (see segments_view.h).
#include "views/segments_view.h"

#include "widgets/list_detail.h"

namespace sc::web {

void drawSegmentsView(const EditorContext& ctx, ViewState& view) {
    ListSpec spec;
    spec.id = "segments";
    spec.title = "Segments";
    spec.intro =
        "Who marketing speaks to: each segment's needs, motivations, pain points and the words its customers "
        "use.";
    spec.listKey = "segments";
    spec.columns = {"name", "customers", "sales_cycle_days"};
    spec.emptyText =
        "No segments yet. Add the customers your marketing speaks to, then write the promise each one hears.";
    drawListDetail(ctx, spec, view.selectedId);
}

}  // namespace sc::web
