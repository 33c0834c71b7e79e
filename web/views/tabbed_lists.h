// A screen of several lists under tabs (Rules of engagement: claims, phrase rules, price book…;
// Programme: materials, cadence, feedback…): one list-detail screen per tab, each keeping its
// own selection in ViewState::partners.listSelection.
#pragma once

#include <vector>

#include "logic/view_state.h"
#include "widgets/list_detail.h"

namespace sc::web {

void drawTabbedLists(const EditorContext& ctx, ViewState& view, const char* screen, const char* title,
                     const char* intro, const std::vector<ListSpec>& lists);

}  // namespace sc::web
