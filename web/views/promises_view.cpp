// Promises screen (see promises_view.h).
#include "views/promises_view.h"

#include "widgets/list_detail.h"

namespace sc::web {

void drawPromisesView(const EditorContext& ctx, ViewState& view) {
    ListSpec spec;
    spec.id = "promises";
    spec.title = "Promises";
    spec.intro =
        "What marketing promises each segment, the action it implies, and where the promise is repeated.";
    spec.listKey = "promises";
    spec.columns = {"name", "segment_id", "customer_action"};
    spec.nested = {{"touchpoints",
                    "Touchpoints",
                    "Touchpoints (where the promise is repeated)",
                    {"name", "kind", "owner"},
                    "No touchpoints yet: add the landing page, emails, ads and scripts that carry this "
                    "promise, so a fix can update every one.",
                    ""}};
    spec.emptyText =
        "No promises yet. Add what your marketing promises a segment (\"Try it now\", \"Call for a quote\").";
    drawListDetail(ctx, spec, view.selectedId);
}

}  // namespace sc::web
