// The findings panel takes what its content needs, capped so the view above keeps the screen.
#include <gtest/gtest.h>

#include "logic/pane_layout.h"

using sc::web::findingsPaneHeight;

TEST(pane_layout_test, clean_file_gets_one_line) {
    EXPECT_FLOAT_EQ(findingsPaneHeight(800.0f, 20.0f, 8.0f, 0), 20.0f + 16.0f);
}

TEST(pane_layout_test, a_few_findings_get_summary_header_and_a_line_each) {
    EXPECT_FLOAT_EQ(findingsPaneHeight(800.0f, 20.0f, 8.0f, 3), 5 * 20.0f + 16.0f);
}

TEST(pane_layout_test, many_findings_are_capped_at_the_share) {
    EXPECT_FLOAT_EQ(findingsPaneHeight(800.0f, 20.0f, 8.0f, 100), 800.0f * 0.28f);
    EXPECT_FLOAT_EQ(findingsPaneHeight(800.0f, 20.0f, 8.0f, 100, 0.5f), 400.0f);
}

TEST(pane_layout_test, small_window_keeps_the_cap_even_for_one_line) {
    EXPECT_FLOAT_EQ(findingsPaneHeight(100.0f, 20.0f, 8.0f, 0), 28.0f);
    EXPECT_FLOAT_EQ(findingsPaneHeight(0.0f, 20.0f, 8.0f, 0), 0.0f);
    EXPECT_FLOAT_EQ(findingsPaneHeight(-5.0f, 20.0f, 8.0f, 4), 0.0f);
}
