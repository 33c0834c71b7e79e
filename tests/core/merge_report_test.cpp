// The merge report: one conflict in plain words on one line, the text summary and the JSON
// shape tools read.
#include <gtest/gtest.h>

#include "merge/merge_report.h"
#include "merge_fixtures.h"

using namespace sc;

namespace {

// Two conflicts (a field, a deletion against a change) and a finding the merge introduced:
// ours retires the enterprise segment and its promise while theirs edits that promise and
// adds another for the segment.
MergeResult conflicted() {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.promises[0].text = "Ours:\nfree";
    theirs.promises[0].text = "Theirs";
    ours.segments.erase(ours.segments.begin() + 1);
    ours.promises.erase(ours.promises.begin() + 1);
    theirs.promises[1].text = "A specialist calls you";
    Promise call;
    call.id = "pr_call", call.name = "Call us", call.segmentId = "seg_ent";
    theirs.promises.push_back(call);
    return mergeDocuments(base, ours, theirs);
}

}  // namespace

TEST(merge_report_test, a_conflict_reads_as_one_line) {
    const MergeResult r = conflicted();
    ASSERT_EQ(r.conflicts.size(), 2u);
    EXPECT_EQ(
        conflictInWords(r.conflicts[0]),
        "conflict at /promises/0/text: promise 'Try it now' (id pr_try), field text changed on both sides: "
        "base 'Start free, no card', ours 'Ours: free', theirs 'Theirs'; kept ours");
    EXPECT_EQ(conflictInWords(r.conflicts[1]),
              "conflict at /promises/1 (in theirs): promise 'Book a demo' (id pr_demo) deleted on one side, "
              "changed "
              "on the other: base 'Book a demo', ours deleted, theirs changed text; kept ours");
}

TEST(merge_report_test, long_values_are_shortened) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.promises[0].text = std::string(100, 'a');
    theirs.promises[0].text = "b";
    const MergeResult r = mergeDocuments(base, ours, theirs);
    ASSERT_EQ(r.conflicts.size(), 1u);
    EXPECT_EQ(r.conflicts[0].ours, "'" + std::string(60, 'a') + "…'");
}

TEST(merge_report_test, text_report_lists_conflicts_findings_and_a_summary) {
    const std::string text = mergeReportText(conflicted(), false);
    EXPECT_NE(text.find("conflict at /promises/0/text"), std::string::npos) << text;
    EXPECT_NE(text.find("error /promises/1/segment_id: "), std::string::npos) << text;
    EXPECT_NE(text.find("(new in the merge)"), std::string::npos) << text;
    EXPECT_NE(text.find("merge: 2 conflicts (resolved by keeping ours), 1 error (1 new), 0 warnings\n"),
              std::string::npos)
        << text;
    EXPECT_NE(mergeReportText(mergeTwoWay(mfx::base(), mfx::base()), true)
                  .find("two-way merge (no base): no conflicts, 0 errors (0 new), 0 warnings"),
              std::string::npos);
}

TEST(merge_report_test, json_report_has_every_conflict_field) {
    const Json report = Json::parse(mergeReportJson(conflicted(), false));
    EXPECT_EQ(report.at("clean"), false);
    EXPECT_EQ(report.at("two_way"), false);
    ASSERT_EQ(report.at("conflicts").size(), 2u);
    const Json& c = report.at("conflicts")[0];
    EXPECT_EQ(c.at("kind"), "changed on both sides");
    EXPECT_EQ(c.at("entity_kind"), "promise");
    EXPECT_EQ(c.at("entity_id"), "pr_try");
    EXPECT_EQ(c.at("entity_name"), "Try it now");
    EXPECT_EQ(c.at("field"), "text");
    EXPECT_EQ(c.at("pointer"), "/promises/0/text");
    EXPECT_EQ(c.at("pointer_in"), "merged");
    EXPECT_EQ(c.at("base"), "'Start free, no card'");
    EXPECT_EQ(c.at("theirs"), "'Theirs'");
    EXPECT_EQ(c.at("kept"), "ours");
    const Json& f = report.at("findings")[0];
    EXPECT_EQ(f.at("severity"), "error");
    EXPECT_EQ(f.at("pointer"), "/promises/1/segment_id");
    EXPECT_EQ(f.at("introduced"), true);
}
