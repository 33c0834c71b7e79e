// Tabbed list screens (see tabbed_lists.h).
#include "views/tabbed_lists.h"

#include "imgui.h"
#include "test_hooks/item_recorder.h"
#include "widgets/cell_text.h"

namespace sc::web {

ListSpec tabList(const char* screen, edit::Address parent, const char* key, const char* title,
                 std::vector<std::string_view> columns, const char* intro, const char* empty) {
    ListSpec spec;
    spec.id = std::string(screen) + "-" + key;
    spec.title = title;
    spec.intro = intro;
    spec.parent = std::move(parent);
    spec.listKey = key;
    spec.columns = std::move(columns);
    spec.emptyText = empty;
    return spec;
}

void drawTabbedLists(const EditorContext& ctx, ViewState& view, const char* screen, const char* title,
                     const char* intro, const std::vector<ListSpec>& lists) {
    ImGui::PushID(screen);
    Heading(title);
    HintTextWrapped(intro);
    if (ImGui::BeginTabBar("##lists")) {
        for (const ListSpec& spec : lists) {
            const bool open = ImGui::BeginTabItem(spec.title.c_str());
            test_hooks::noteText(spec.title.c_str());  // tabs do not report their labels themselves
            if (open) {
                ListSpec shown = spec;
                shown.title.clear();  // the tab already names it
                drawListDetail(ctx, shown,
                               view.partners.listSelection[std::string(screen) + "/" + spec.listKey]);
                ImGui::EndTabItem();
            }
        }
        ImGui::EndTabBar();
    }
    ImGui::PopID();
}

}  // namespace sc::web
