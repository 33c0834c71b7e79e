// The partner programme's records (seed 000's framework): materials with their versions and
// acknowledgements, the meeting cadence, feedback, incidents and post-mortems — lists under
// tabs, edited like every other list. Incidents' responses are chosen on the partner's page,
// where a response before a diagnosis is refused (seed 000: "Diagnose before you blame").
#pragma once

#include "logic/view_state.h"
#include "widgets/property_editor.h"

namespace sc::web {

void drawProgrammeView(const EditorContext& ctx, ViewState& view);

}  // namespace sc::web
