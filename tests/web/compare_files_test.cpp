// File > Compare with… (web/logic/compare_files.h): the open scorecard against a chosen file as
// table rows in the CLI's words, grouped by list, with the summary and the filter.
#include <gtest/gtest.h>

#include "diff/diff_report.h"
#include "logic/compare_files.h"
#include "test_util.h"

using namespace sc;
using namespace sc::web;

namespace {

// The partner-program sample with a new title, one deal's outcome changed and another removed.
struct Edited {
    Document open = test::loadSample("partner-program");
    Document chosen = open;
    std::string dealId, removedId;
    Edited() {
        chosen.info.title = "Fieldwise dealer programme 2027";
        Deal& deal = chosen.deals.at(1);
        dealId = deal.id;
        deal.outcome = deal.outcome == "won" ? "lost" : "won";
        removedId = chosen.deals.at(2).id;
        chosen.deals.erase(chosen.deals.begin() + 2);
    }
};

std::vector<std::string> visibleTexts(const CompareFiles& c, const std::vector<CompareLine>& lines) {
    std::vector<std::string> out;
    for (const auto& line : lines) {
        const DiffChange& change = c.diff.changes[line.change];
        if (line.heading) {
            out.push_back("# " + change.group);
            continue;
        }
        const CompareRowCells cells = compareRowCells(change);
        out.push_back(cells.entity + " | " + cells.change + " | " + cells.field + " | " + cells.from + " | " +
                      cells.to);
    }
    return out;
}

}  // namespace

TEST(compare_files_test, lists_each_change_grouped_with_from_and_to_in_the_clis_words) {
    const Edited e;
    const CompareFiles c = compareFiles(e.open, "partner-program.scorecard.json", e.chosen, "edited.json");
    EXPECT_EQ(compareWindowTitle(c.fileName), "Compare with edited.json");
    EXPECT_EQ(compareDirection(c),
              "What edited.json changes compared with the open scorecard (partner-program.scorecard.json): "
              "From is the open scorecard, To is edited.json.");
    EXPECT_EQ(compareSummary(c), "2 changed, 0 added, 1 removed");
    EXPECT_EQ(compareSummary(c), diffSummary(c.diff));  // the CLI's last line

    const auto lines = compareLines(c, "");
    const auto texts = visibleTexts(c, lines);
    ASSERT_EQ(texts.size(), 5u) << ::testing::PrintToString(texts);
    EXPECT_EQ(texts[0], "# Scorecard");
    EXPECT_EQ(texts[1],
              "Scorecard | changed | Title | \"Fieldwise dealer programme: rules of engagement and partner "
              "KPIs\" | "
              "\"Fieldwise dealer programme 2027\"");
    EXPECT_EQ(texts[2], "# Deals");
    EXPECT_NE(texts[3].find("(" + e.dealId + ") | changed | Outcome | "), std::string::npos) << texts[3];
    EXPECT_TRUE(texts[3].find("| Won | Lost") != std::string::npos ||
                texts[3].find("| Lost | Won") != std::string::npos)
        << texts[3];
    EXPECT_NE(texts[4].find("(" + e.removedId + ") | removed |  |  | "), std::string::npos) << texts[4];

    // Each row's whole line is the CLI's line for the change.
    for (const auto& line : lines) {
        if (line.heading) continue;
        const DiffChange& change = c.diff.changes[line.change];
        EXPECT_NE(diffReportText(c.diff).find("  " + compareRowLine(change) + "\n"), std::string::npos);
    }
    EXPECT_EQ(compareShownText(c, lines), "3 changes");
}

TEST(compare_files_test, equal_files_say_so_and_list_nothing) {
    const Document doc = test::loadSample("partner-program");
    const CompareFiles c = compareFiles(doc, "", doc, "copy.json");
    EXPECT_TRUE(c.diff.equal());
    EXPECT_EQ(compareSummary(c), "The files are the same");
    EXPECT_TRUE(compareLines(c, "").empty());
    // An untitled open scorecard is named by what it is, not by an empty file name.
    EXPECT_EQ(compareDirection(c),
              "What copy.json changes compared with the open scorecard: From is the open scorecard, To is "
              "copy.json.");
}

TEST(compare_files_test, the_filter_keeps_matching_changes_under_their_group_heading) {
    const Edited e;
    const CompareFiles c = compareFiles(e.open, "a.json", e.chosen, "b.json");
    // By value words, case-insensitively: only the deal whose outcome changed.
    auto lines = compareLines(c, "  OUTCOME ");
    auto texts = visibleTexts(c, lines);
    ASSERT_EQ(texts.size(), 2u) << ::testing::PrintToString(texts);
    EXPECT_EQ(texts[0], "# Deals");
    EXPECT_NE(texts[1].find("Outcome"), std::string::npos);
    EXPECT_EQ(compareShownText(c, lines), "1 of 3 changes shown");
    // By the group: both deal rows; by the kind: only the removal.
    EXPECT_EQ(visibleTexts(c, compareLines(c, "deals")).size(), 3u);
    texts = visibleTexts(c, compareLines(c, "removed"));
    ASSERT_EQ(texts.size(), 2u);
    EXPECT_NE(texts[1].find(e.removedId), std::string::npos);
    // Every word must match somewhere in the row.
    EXPECT_TRUE(compareLines(c, "title outcome").empty());
    EXPECT_EQ(compareShownText(c, compareLines(c, "title outcome")), "0 of 3 changes shown");

    // The window's cache follows the filter, and only the filter.
    CompareFilter filter;
    EXPECT_EQ(filter.lines(c, "").size(), 5u);
    EXPECT_EQ(filter.lines(c, "title").size(), 2u);
    EXPECT_EQ(filter.lines(c, "").size(), 5u);
}

TEST(compare_files_test, cells_stay_one_line_and_a_huge_value_is_cut_on_a_character_boundary) {
    Document a = test::loadSample("partner-program");
    Document b = a;
    b.info.title = "Two\nlines";
    // 'é' is two bytes: a cut in the middle of one would leave invalid UTF-8.
    std::string accents;
    for (int i = 0; i < 600; ++i) accents += "\xC3\xA9";
    b.promises.at(0).text = "xy" + accents;  // with the opening quote, byte 400 is inside an 'é'
    const CompareFiles c = compareFiles(a, "a.json", b, "b.json");
    bool sawTitle = false, sawLong = false;
    for (const auto& change : c.diff.changes) {
        const CompareRowCells cells = compareRowCells(change);
        if (change.label == "Title") {
            sawTitle = true;
            EXPECT_EQ(cells.to, "\"Two\\nlines\"");
        }
        if (change.pointer == "/promises/0/text") {
            sawLong = true;
            EXPECT_LE(cells.to.size(), kCompareCellMaxBytes + 3);
            EXPECT_EQ(cells.to.substr(cells.to.size() - 3), "\xE2\x80\xA6");
            const std::string kept = cells.to.substr(0, cells.to.size() - 3);
            EXPECT_EQ(kept.substr(0, 3), "\"xy");
            EXPECT_EQ((kept.size() - 3) % 2, 0u) << "cut inside a two-byte character";
            // The tooltip line keeps the value whole.
            EXPECT_NE(compareRowLine(change).find(accents), std::string::npos);
        }
    }
    EXPECT_TRUE(sawTitle);
    EXPECT_TRUE(sawLong);
}
