// File > Compare with… (see compare_files.h).
#include "logic/compare_files.h"

#include "diff/diff_report.h"
#include "logic/table_model.h"

namespace sc::web {

namespace {

// A cell wider than any window is cut (on a UTF-8 character boundary): a 50 KB description
// costs nothing to draw, and the row's tooltip still shows it whole.
std::string cellText(const std::string& text) {
    std::string line = oneLine(text);
    if (line.size() <= kCompareCellMaxBytes) return line;
    std::size_t cut = kCompareCellMaxBytes;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    line.resize(cut);
    return line + "\xE2\x80\xA6";  // U+2026 HORIZONTAL ELLIPSIS
}

bool matches(const sc::DiffChange& change, const std::vector<std::string>& words) {
    if (words.empty()) return true;
    const CompareRowCells cells = compareRowCells(change);
    std::vector<TableCell> row;
    for (const std::string* text :
         {&change.group, &cells.entity, &cells.change, &cells.field, &cells.from, &cells.to})
        row.push_back(TableCell{*text, false, 0, ""});
    return rowMatches(row, words);
}

}  // namespace

CompareFiles compareFiles(const sc::Document& open, const std::string& openName, const sc::Document& chosen,
                          const std::string& chosenName) {
    return CompareFiles{chosenName, openName, sc::diffDocuments(open, chosen)};
}

std::string compareWindowTitle(const std::string& fileName) { return "Compare with " + fileName; }

std::string compareDirection(const CompareFiles& compare) {
    const std::string open =
        compare.openName.empty() ? "the open scorecard" : "the open scorecard (" + compare.openName + ")";
    // The open document as it is now, unsaved edits included: that is what the user sees.
    return "What " + compare.fileName + " changes compared with " + open +
           ": From is the open scorecard, To is " + compare.fileName + ".";
}

std::string compareSummary(const CompareFiles& compare) {
    return compare.diff.equal() ? "The files are the same" : sc::diffSummary(compare.diff);
}

CompareRowCells compareRowCells(const sc::DiffChange& change) {
    CompareRowCells cells;
    cells.entity = cellText(sc::diffEntityInWords(change));
    cells.change = sc::diffKindName(change.kind);
    if (change.kind == sc::DiffKind::Changed) {
        cells.field = cellText(change.label);
        cells.from = cellText(change.from);
        cells.to = cellText(change.to);
    }
    return cells;
}

std::string compareRowLine(const sc::DiffChange& change) { return sc::diffChangeInWords(change); }

std::vector<CompareLine> compareLines(const CompareFiles& compare, const std::string& filter) {
    const std::vector<std::string> words = filterWords(filter);
    const auto& changes = compare.diff.changes;
    std::vector<CompareLine> lines;
    const std::string* group = nullptr;  // the group of the last line added
    for (std::size_t i = 0; i < changes.size(); ++i) {
        if (!matches(changes[i], words)) continue;
        // The diff lists each group's changes together, so one heading per run of a group.
        if (!group || *group != changes[i].group) {
            lines.push_back({true, i});
            group = &changes[i].group;
        }
        lines.push_back({false, i});
    }
    return lines;
}

std::string compareShownText(const CompareFiles& compare, const std::vector<CompareLine>& lines) {
    std::size_t shown = 0;
    for (const auto& line : lines) shown += line.heading ? 0 : 1;
    const std::size_t all = compare.diff.changes.size();
    const std::string noun = all == 1 ? " change" : " changes";
    if (shown == all) return std::to_string(all) + noun;
    return std::to_string(shown) + " of " + std::to_string(all) + noun + " shown";
}

const std::vector<CompareLine>& CompareFilter::lines(const CompareFiles& compare, const std::string& filter) {
    if (!m_built || filter != m_filter) {
        m_lines = compareLines(compare, filter);
        m_filter = filter;
        m_built = true;
    }
    return m_lines;
}

}  // namespace sc::web
