// Save in place found the file changed on disk: the merge of theirs into mine against the file
// as this page last knew it — both sides' changes kept, a field both changed keeps mine and is
// listed — and a file on disk that is no longer a scorecard is refused, not merged.
#include <gtest/gtest.h>

#include "format/document_io.h"
#include "logic/disk_conflict.h"
#include "test_util.h"

using namespace sc;
using namespace sc::web;

TEST(disk_conflict_test, theirs_and_mine_are_merged_and_a_field_both_changed_keeps_mine) {
    const Document base = sc::test::loadSample("partner-program");
    ASSERT_GE(base.partners.size(), 2u);
    Document mine = base, theirs = base;
    mine.info.title = "Mine";
    theirs.partners[0].name = "Theirs renamed";
    theirs.info.title = "Theirs";
    const DiskConflict conflict = diskConflict("plan.scorecard.json", sc::saveDocument(theirs));
    ASSERT_TRUE(conflict.theirs.ok) << conflict.theirs.error;

    const DiskMerge merged = mergeFromDisk(&base, mine, conflict);
    EXPECT_EQ(merged.document.info.title, "Mine");
    EXPECT_EQ(merged.document.partners[0].name, "Theirs renamed");
    ASSERT_EQ(merged.conflicts.size(), 1u);
    EXPECT_NE(merged.conflicts[0].find("yours 'Mine'"), std::string::npos) << merged.conflicts[0];
    EXPECT_NE(merged.conflicts[0].find("theirs 'Theirs'"), std::string::npos) << merged.conflicts[0];
    EXPECT_NE(merged.summary.find("1 field changed on both sides kept your version"), std::string::npos)
        << merged.summary;
}

TEST(disk_conflict_test, without_a_base_the_files_are_united) {
    const Document base = sc::test::loadSample("partner-program");
    Document mine = base, theirs = base;
    theirs.partners.pop_back();
    mine.partners[0].name = "Mine renamed";
    const DiskMerge merged = mergeFromDisk(nullptr, mine, diskConflict("p.json", sc::saveDocument(theirs)));
    EXPECT_EQ(merged.document.partners.size(), base.partners.size())
        << "a two-way merge keeps both sides' rows";
    EXPECT_EQ(merged.document.partners[0].name, "Mine renamed");
}

TEST(disk_conflict_test, a_file_that_is_no_longer_a_scorecard_is_not_readable) {
    const DiskConflict conflict = diskConflict("p.json", "{\"not\": \"a scorecard\"");
    EXPECT_FALSE(conflict.theirs.ok);
    EXPECT_FALSE(conflict.theirs.error.empty());
}
