// Day arithmetic for the workflow: leap years, month ends, timestamps, and refusing bad input.
#include <gtest/gtest.h>

#include "workflow/dates.h"

using namespace sc;

TEST(workflow_dates_test, epoch_is_day_zero) {
    EXPECT_EQ(parseDate("1970-01-01"), 0);
    EXPECT_EQ(parseDate("1970-01-02"), 1);
    EXPECT_EQ(parseDate("1969-12-31"), -1);
    EXPECT_EQ(parseDate("2000-03-01"), 11017);
}

TEST(workflow_dates_test, timestamp_uses_the_date_part) {
    EXPECT_EQ(parseDate("2026-11-24T09:30:00Z"), parseDate("2026-11-24"));
    EXPECT_FALSE(parseDate("2026-11-24 09:30").has_value());
}

TEST(workflow_dates_test, leap_years) {
    EXPECT_TRUE(isValidDate("2024-02-29"));
    EXPECT_TRUE(isValidDate("2000-02-29"));   // divisible by 400
    EXPECT_FALSE(isValidDate("1900-02-29"));  // divisible by 100, not 400
    EXPECT_FALSE(isValidDate("2026-02-29"));
    EXPECT_EQ(daysBetween("2024-02-28", "2024-03-01"), 2);
    EXPECT_EQ(daysBetween("2026-02-28", "2026-03-01"), 1);
    EXPECT_EQ(daysBetween("2024-01-01", "2025-01-01"), 366);
    EXPECT_EQ(daysBetween("2025-01-01", "2026-01-01"), 365);
}

TEST(workflow_dates_test, month_ends) {
    EXPECT_TRUE(isValidDate("2026-04-30"));
    EXPECT_FALSE(isValidDate("2026-04-31"));
    EXPECT_TRUE(isValidDate("2026-12-31"));
    EXPECT_FALSE(isValidDate("2026-12-32"));
    EXPECT_EQ(addDays("2026-01-31", 1), "2026-02-01");
    EXPECT_EQ(addDays("2026-12-31", 1), "2027-01-01");
    EXPECT_EQ(addDays("2024-02-28", 1), "2024-02-29");
    EXPECT_EQ(addDays("2026-03-01", -1), "2026-02-28");
    EXPECT_EQ(addDays("2026-11-10", 14), "2026-11-24");
}

TEST(workflow_dates_test, days_between_is_signed) {
    EXPECT_EQ(daysBetween("2026-11-24", "2026-11-10"), -14);
    EXPECT_EQ(daysBetween("2026-11-24", "2026-11-24"), 0);
}

TEST(workflow_dates_test, bad_input_is_refused) {
    for (const char* bad : {"", "2026", "2026-1-1", "26-01-01", "2026/01/01", "2026-00-10", "2026-13-01",
                            "2026-01-00", "abcd-ef-gh", "2026-01-0x"})
        EXPECT_FALSE(isValidDate(bad)) << bad;
    EXPECT_FALSE(daysBetween("2026-01-01", "nope").has_value());
    EXPECT_FALSE(addDays("2026-02-30", 1).has_value());
}

TEST(workflow_dates_test, format_round_trips_over_four_centuries) {
    const std::int64_t from = *parseDate("1900-01-01"), to = *parseDate("2300-12-31");
    for (std::int64_t d = from; d <= to; d += 17) ASSERT_EQ(parseDate(formatDate(d)), d) << formatDate(d);
    EXPECT_EQ(formatDate(*parseDate("2026-11-24")), "2026-11-24");
}
