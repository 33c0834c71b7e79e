// Partner review (seed 000: "correct privately, acknowledge publicly"): the two lists of the
// partner report side by side — what to raise one to one, what to praise in front of the
// group — and the relationships at risk; each item opens the partner's page at its evidence.
#pragma once

#include "logic/view_state.h"
#include "partners/partner_kpis.h"

namespace sc::web {

void drawPartnerReviewView(const partners::PartnerKpiReport& report, ViewState& view);

}  // namespace sc::web
