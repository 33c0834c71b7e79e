// Small table/heading widgets shared by the views. Plain text is not an ImGui "item with a
// label", so CellText also reports itself to the test recorder: browser tests can then find
// a segment name or a channel step on the canvas.
#pragma once

#include <string>

namespace sc::web {

// One table cell of text (unwrapped), visible to the browser tests.
void CellText(const std::string& text);

// `text` cut with "…" to at most `width` in the current font (itself when it fits).
std::string FitToWidth(const std::string& text, float width);

// One table cell of text on one line, cut with "…" to the column's width (rows of a clipped
// list keep one height); the whole text in a tooltip when cut. The test recorder gets the
// whole text. True when it was cut.
bool CellTextFitted(const std::string& text);

// A quiet remark in the disabled-text colour (why a button is off, what a choice means),
// visible to the browser tests.
void HintText(const std::string& text);
// The same, wrapped at the right edge of the column or window.
void HintTextWrapped(const std::string& text);

// One table cell of text wrapped to the column width, visible to the browser tests.
void CellTextWrapped(const std::string& text);

// The first cell of a row: selects the whole row when clicked; returns true on click.
bool RowSelectable(const std::string& label, bool selected);

// The header row of the current table (replaces ImGui::TableHeadersRow), with each column
// name visible to the browser tests.
void TableHeaders();

// A selectable line that wraps instead of clipping at the column's edge (a long promise or
// channel name must not hide what ends the line). The item keeps `text` as its label.
bool WrappedSelectable(const std::string& text);

// A view title in the heading face.
void Heading(const std::string& text);

}  // namespace sc::web
