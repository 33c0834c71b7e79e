// File > Open recent (web/logic/recent_files): the list the page hands over, its order, cap and
// wording.
#include <gtest/gtest.h>

#include "logic/recent_files.h"

using sc::web::parseRecentFiles;
using sc::web::RecentFile;

TEST(RecentFiles, NewestFirstWhateverThePageOrder) {
    const auto files = parseRecentFiles(R"([{"id":1,"name":"old.scorecard.json","opened_ms":1000},)"
                                        R"({"id":2,"name":"new.scorecard.json","opened_ms":5000},)"
                                        R"({"id":3,"name":"mid.scorecard.json","opened_ms":3000}])");
    ASSERT_EQ(files.size(), 3u);
    EXPECT_EQ(files[0].name, "new.scorecard.json");
    EXPECT_EQ(files[1].name, "mid.scorecard.json");
    EXPECT_EQ(files[2].name, "old.scorecard.json");
    EXPECT_EQ(files[0].id, 2);
    EXPECT_DOUBLE_EQ(files[0].openedMs, 5000.0);
}

TEST(RecentFiles, AtMostEightAndTheOldestGo) {
    std::string json = "[";
    for (int i = 1; i <= 11; ++i)
        json += (i > 1 ? "," : "") + std::string(R"({"id":)") + std::to_string(i) + R"(,"name":"f)" +
                std::to_string(i) + R"(","opened_ms":)" + std::to_string(i * 1000) + "}";
    json += "]";
    const auto files = parseRecentFiles(json);
    ASSERT_EQ(files.size(), sc::web::kMaxRecentFiles);
    EXPECT_EQ(files.front().name, "f11");
    EXPECT_EQ(files.back().name, "f4");
}

TEST(RecentFiles, BrokenEntriesAndDuplicateIdsAreDropped) {
    const auto files = parseRecentFiles(
        R"([{"id":1,"name":"a","opened_ms":2},{"name":"no id"},{"id":2,"name":""},)"
        R"({"id":1,"name":"same id","opened_ms":9},7,{"id":"3","name":"text id"},{"id":4,"name":"no time"}])");
    ASSERT_EQ(files.size(), 2u);
    EXPECT_EQ(files[0].name, "a");
    EXPECT_EQ(files[1].name, "no time");
    EXPECT_TRUE(parseRecentFiles("").empty());
    EXPECT_TRUE(parseRecentFiles("{\"id\":1}").empty());
    EXPECT_TRUE(parseRecentFiles("[{").empty());
}

TEST(RecentFiles, LabelsKeepSameNamedFilesApart) {
    const RecentFile a{1, "plan.scorecard.json", 0.0};
    const RecentFile b{2, "plan.scorecard.json", 0.0};
    EXPECT_NE(sc::web::recentItemLabel(a), sc::web::recentItemLabel(b));
    EXPECT_EQ(sc::web::recentItemLabel(a).rfind("plan.scorecard.json##", 0), 0u);
}

TEST(RecentFiles, SaysWhenItWasOpened) {
    const RecentFile f{1, "plan.scorecard.json", 1'000'000.0};
    EXPECT_EQ(sc::web::recentOpenedText(f, 1'000'000.0 + 5 * 60'000.0), "opened 5 minutes ago");
    EXPECT_EQ(sc::web::recentOpenedText(f, 1'000'000.0 + 10'000.0), "opened just now");
    EXPECT_EQ(sc::web::recentOpenedText(f, 1'000'000.0 + 2 * 86'400'000.0), "opened 2 days ago");
}

TEST(RecentFiles, TheFailureNamesTheFileAndWhy) {
    EXPECT_EQ(
        sc::web::recentFileFailedMessage("plan.scorecard.json")
            .rfind("'plan.scorecard.json' could not be opened: it was moved or deleted, or the browser did "
                   "not allow reading it",
                   0),
        0u);
}
