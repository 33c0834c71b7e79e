// Dimensions screen (see dimensions_view.h).
#include "views/dimensions_view.h"

#include "widgets/list_detail.h"

namespace sc::web {

void drawDimensionsView(const EditorContext& ctx, ViewState& view) {
    ListSpec spec;
    spec.id = "dimensions";
    spec.title = "Dimensions";
    spec.intro =
        "The words both maps share, so the program can compare a promise with a channel. Levels go from "
        "first to last.";
    spec.listKey = "dimensions";
    spec.columns = {"name", "kind", "weight", "built_in"};
    spec.detail.skip = {"built_in"};
    spec.nested = {{"levels",
                    "Levels",
                    "Levels, first to last",
                    {"name"},
                    "No levels yet: add them in order (e.g. Self-serve, Assisted, Sales-led).",
                    "kind=ordered"}};
    spec.emptyText =
        "No dimensions. File > New starts with the built-in ones (buying motion, access, customer size…).";
    drawListDetail(ctx, spec, view.selectedId);
}

}  // namespace sc::web
