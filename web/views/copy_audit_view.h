// Copy audit: paste a partner's copy (a landing page, an email, a post) and the message-
// consistency audit runs as you type — after a short pause, so a long text is not re-audited
// on every keystroke — with the flagged passages highlighted and the rule each breaks.
#pragma once

#include "logic/theme_palette.h"
#include "logic/view_state.h"
#include "widgets/property_editor.h"

namespace sc::web {

// The pause after the last keystroke before the audit runs, in seconds.
inline constexpr double kCopyAuditPause = 0.3;

void drawCopyAuditView(const EditorContext& ctx, const ChartPalette& palette, ViewState& view);

}  // namespace sc::web
