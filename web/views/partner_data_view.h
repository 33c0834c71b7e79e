// Partner data: the big tables partners' exports fill — deals, deal registrations, report
// submissions, KPI records, pulse answers — each a virtualised table (widgets/row_table.h) that
// scrolls a million rows and filters and sorts them in steps with progress shown. Rows come in
// through File > Import CSV…; they are read here, not edited.
#pragma once

#include "logic/view_state.h"
#include "model/document.h"

namespace sc::web {

void drawPartnerDataView(const sc::Document& doc, ViewState& view);

}  // namespace sc::web
