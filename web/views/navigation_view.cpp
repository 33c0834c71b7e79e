// Navigation list (see navigation_view.h).
#include "views/navigation_view.h"

#include "imgui.h"

namespace sc::web {

void drawNavigationView(ViewState& view) {
    for (const auto& info : kViews) {
        if (ImGui::Selectable(info.name, view.current == info.id) && view.current != info.id) {
            view.current = info.id;
            view.selectedId.clear();
        }
    }
}

}  // namespace sc::web
