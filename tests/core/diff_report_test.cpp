// The diff as text (grouped by list, one line per change, a summary) and as JSON (docs/DIFF.md).
#include <gtest/gtest.h>

#include "diff/diff.h"
#include "diff/diff_report.h"
#include "merge_fixtures.h"

using namespace sc;

TEST(diff_report_test, equal_documents_say_so) {
    const Document a = mfx::base();
    const DocumentDiff d = diffDocuments(a, a);
    EXPECT_EQ(diffReportText(d), "no differences\n");
    const Json j = Json::parse(diffReportJson(d));
    EXPECT_EQ(j["equal"], true);
    EXPECT_EQ(j["changes"], Json::array());
}

TEST(diff_report_test, text_groups_changes_by_list_and_ends_with_the_summary) {
    const Document a = mfx::base();
    Document b = a;
    b.info.title = "Renamed";
    b.promises[0].text = "Line one\nline two";
    b.promises.pop_back();
    b.deals.push_back(mfx::deal("d4", "Novak", 100));
    b.deals.back().name.clear();
    EXPECT_EQ(diffReportText(diffDocuments(a, b)),
              "Scorecard\n"
              "  Scorecard: Title changed from \"Merge fixture\" to \"Renamed\"\n"
              "Promises\n"
              "  Promise \"Try it now\" (pr_try): Core promise changed from \"Start free, no card\" to "
              "\"Line one\\nline two\"\n"
              "  Promise \"Book a demo\" (pr_demo) removed\n"
              "Deals\n"
              "  Deal d4 added\n"
              "2 changed, 1 added, 1 removed\n");
}

TEST(diff_report_test, json_lists_every_change_with_its_words) {
    const Document a = mfx::base();
    Document b = a;
    b.promises[0].name = "Try it today";
    b.deals.erase(b.deals.begin());
    const Json j = Json::parse(diffReportJson(diffDocuments(a, b)));
    EXPECT_EQ(j["equal"], false);
    EXPECT_EQ(j["changed"], 1);
    EXPECT_EQ(j["added"], 0);
    EXPECT_EQ(j["removed"], 1);
    ASSERT_EQ(j["changes"].size(), 2u);
    const Json& c = j["changes"][0];
    EXPECT_EQ(c["change"], "changed");
    EXPECT_EQ(c["group"], "Promises");
    EXPECT_EQ(c["entity"], "promise");
    EXPECT_EQ(c["id"], "pr_try");
    EXPECT_EQ(c["name"], "Try it today");  // the name in B
    EXPECT_EQ(c["field"], "name");
    EXPECT_EQ(c["label"], "Name");
    EXPECT_EQ(c["from"], "\"Try it now\"");
    EXPECT_EQ(c["to"], "\"Try it today\"");
    EXPECT_EQ(c["pointer"], "/promises/0/name");
    EXPECT_EQ(j["changes"][1]["change"], "removed");
    EXPECT_EQ(j["changes"][1]["entity"], "deal");
    EXPECT_EQ(j["changes"][1]["id"], "d1");
    EXPECT_EQ(j["changes"][1]["field"], "");
}
