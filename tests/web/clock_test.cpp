// The browser clock as the core's strings: UTC timestamps, the user's local day.
#include <gtest/gtest.h>

#include "logic/clock.h"

using sc::web::clockFromUnixMs;

TEST(clock_test, utc_timestamp_in_whole_seconds) {
    // 2026-11-24T19:53:02.987Z
    const double ms = 1795549982987.0;
    const auto c = clockFromUnixMs(ms, 0);
    EXPECT_EQ(c.now, "2026-11-24T19:53:02Z");
    EXPECT_EQ(c.today, "2026-11-24");
    EXPECT_EQ(clockFromUnixMs(0, 0).now, "1970-01-01T00:00:00Z");
    EXPECT_EQ(clockFromUnixMs(-1000, 0).now, "1969-12-31T23:59:59Z");
}

TEST(clock_test, today_is_the_local_day) {
    const double ms = 1795549982987.0;                                 // 19:53 UTC
    EXPECT_EQ(clockFromUnixMs(ms, -300).today, "2026-11-25");          // UTC+5: already 00:53 next day
    EXPECT_EQ(clockFromUnixMs(ms, 300).today, "2026-11-24");           // UTC−5: 14:53
    EXPECT_EQ(clockFromUnixMs(ms, -300).now, "2026-11-24T19:53:02Z");  // timestamps stay UTC
    const double earlyUtc = 1795485600000.0;                           // 2026-11-24T02:00:00Z
    EXPECT_EQ(clockFromUnixMs(earlyUtc, 300).today, "2026-11-23");     // New York: 21:00 the day before
}
