// The wall clock as the app uses it. The core never reads a clock, so the platform reads the
// browser's (JavaScript Date) and the app turns it into the two strings the core takes:
// an ISO timestamp for `created`/`updated` and the user's local calendar day for "today".
#pragma once

#include <string>

namespace sc::web {

struct Clock {
    std::string now;    // UTC, "YYYY-MM-DDThh:mm:ssZ" (whole seconds, as the file stores them)
    std::string today;  // the user's local date, "YYYY-MM-DD"
};

// From Date.now() (milliseconds since 1970-01-01 UTC) and Date.getTimezoneOffset() (minutes
// to ADD to local time to get UTC: −60 in Paris in winter, 300 in New York).
Clock clockFromUnixMs(double unixMs, int timezoneOffsetMinutes);

}  // namespace sc::web
