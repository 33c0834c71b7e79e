// File > Compare with… (docs/DIFF.md, "In the app"): what another scorecard file changes
// compared with the open one, as the Compare window lists it — core's DiffChange rows turned
// into table cells in the same words `scorecard diff` prints, grouped by list, with a summary
// line and a filter. Read-only: nothing here touches the open document. Not to be confused
// with compare_model.* (one promise beside one channel, the Compare view). ImGui-free.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "diff/diff.h"
#include "model/document.h"

namespace sc::web {

// The open scorecard (A, "from") against a chosen file (B, "to").
struct CompareFiles {
    std::string fileName;  // the chosen file
    std::string openName;  // the open scorecard's file name; "" while untitled
    sc::DocumentDiff diff;
};

CompareFiles compareFiles(const sc::Document& open, const std::string& openName, const sc::Document& chosen,
                          const std::string& chosenName);

// "Compare with partners-v2.scorecard.json".
std::string compareWindowTitle(const std::string& fileName);
// Which way the changes read: "What b.json changes compared with the open scorecard
// (a.json): From is the open scorecard, To is b.json."
std::string compareDirection(const CompareFiles& compare);
// "3 changed, 1 added, 0 removed", or "The files are the same".
std::string compareSummary(const CompareFiles& compare);

// One change as a table row; every cell one line (a line break in a value shows as \n, as in
// the CLI's text), a very long value cut with an ellipsis (the tooltip has it whole).
struct CompareRowCells {
    std::string entity;  // "Deal \"Meyer Pivot Farms: 1 × FW-GATEWAY\" (d004)", with what holds it
    std::string change;  // "changed", "added", "removed"
    std::string field;   // the field's label; "" when added or removed
    std::string from;    // the value in the open scorecard; "" when added or removed
    std::string to;      // the value in the chosen file; "" when added or removed
};
CompareRowCells compareRowCells(const sc::DiffChange& change);
// The whole change on one line, exactly as `scorecard diff` prints it (the row's tooltip).
std::string compareRowLine(const sc::DiffChange& change);

// Longest cell text shown in a row, in bytes.
inline constexpr std::size_t kCompareCellMaxBytes = 400;

// A line of the window's table: a group's heading (the label of a list: "Deals") before its
// first shown change, or one change.
struct CompareLine {
    bool heading = false;
    std::size_t change = 0;  // index into diff.changes (for a heading: its group's first shown change)
};

// The lines for `filter` (every word must occur in the group, entity, kind, field or a value,
// case-insensitively; "" = every change), in the diff's order.
std::vector<CompareLine> compareLines(const CompareFiles& compare, const std::string& filter);
// "4 changes" / "2 of 4 changes shown" for the filter box.
std::string compareShownText(const CompareFiles& compare, const std::vector<CompareLine>& lines);

// The window's filter and the lines it gives, recomputed only when the filter changes (a diff of
// a million rows is not filtered again every frame).
class CompareFilter {
  public:
    const std::vector<CompareLine>& lines(const CompareFiles& compare, const std::string& filter);

  private:
    bool m_built = false;
    std::string m_filter;
    std::vector<CompareLine> m_lines;
};

// What the open Compare window holds: the comparison and what is typed in its filter box.
struct CompareFilesWindow {
    CompareFiles compare;
    std::string filter;
    CompareFilter shown;
};

}  // namespace sc::web
