// Wrapped text with passages marked: partner copy with the audit's flagged passages on a
// coloured background. Each marked passage is a hover target with its reasons as a tooltip,
// recorded for the browser tests as "Flagged: <passage>".
#pragma once

#include <string>
#include <vector>

#include "logic/partner_text.h"
#include "logic/theme_palette.h"

namespace sc::web {

// `reasons[i]` is the tooltip of flag i (partners::MessageAudit::flags order).
void HighlightedText(const char* id, const std::string& text, const std::vector<CopyRun>& runs,
                     const std::vector<std::string>& reasons, const ChartPalette& palette);

}  // namespace sc::web
