// A screen of several lists under tabs (Rules of engagement: claims, phrase rules, price book…;
// Programme: materials, cadence, feedback…): one list-detail screen per tab, each keeping its
// own selection in ViewState::partners.listSelection.
#pragma once

#include <vector>

#include "logic/view_state.h"
#include "widgets/list_detail.h"

namespace sc::web {

// One tab's list: `key` of the object at `parent` ({} = the document), its screen id
// "<screen>-<key>".
ListSpec tabList(const char* screen, edit::Address parent, const char* key, const char* title,
                 std::vector<std::string_view> columns, const char* intro, const char* empty);

void drawTabbedLists(const EditorContext& ctx, ViewState& view, const char* screen, const char* title,
                     const char* intro, const std::vector<ListSpec>& lists);

}  // namespace sc::web
