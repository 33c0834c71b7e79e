// A second tab with the same document (web/logic/open_tabs): what counts as the same document,
// and when the warning shows and goes.
#include <gtest/gtest.h>

#include "logic/open_tabs.h"

using sc::web::documentIdentity;
using sc::web::OpenElsewhere;

TEST(open_tabs_test, the_same_file_name_and_title_are_the_same_document) {
    EXPECT_EQ(documentIdentity("plan.scorecard.json", "Q3"), documentIdentity("plan.scorecard.json", "Q3"));
    EXPECT_NE(documentIdentity("plan.scorecard.json", "Q3"), documentIdentity("plan.scorecard.json", "Q4"));
    EXPECT_NE(documentIdentity("plan.scorecard.json", "Q3"), documentIdentity("other.scorecard.json", "Q3"));
    // The pair is not ambiguous: a title cannot pretend to be part of the name.
    EXPECT_NE(documentIdentity("a", "b\nc"), documentIdentity("a\nb", "c"));
}

TEST(open_tabs_test, a_document_without_a_file_has_no_identity) {
    EXPECT_EQ(documentIdentity("", "Untitled"), "");
}

TEST(open_tabs_test, the_warning_shows_while_another_tab_has_it_and_goes_when_none_does) {
    OpenElsewhere state;
    EXPECT_EQ(state.update(0), OpenElsewhere::Change::None);
    EXPECT_EQ(state.update(1), OpenElsewhere::Change::Show);
    EXPECT_TRUE(state.showing());
    EXPECT_EQ(state.update(2), OpenElsewhere::Change::None);
    EXPECT_EQ(state.update(0), OpenElsewhere::Change::Hide);
    EXPECT_FALSE(state.showing());
}

TEST(open_tabs_test, the_warning_says_what_happens_to_edits_and_saves) {
    const std::string text = sc::web::kOpenElsewhereWarning;
    EXPECT_NE(text.find("also open in another tab"), std::string::npos);
    EXPECT_NE(text.find("saving both overwrites one with the other"), std::string::npos);
}
