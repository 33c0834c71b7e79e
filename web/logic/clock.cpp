// Clock conversion (see clock.h).
#include "logic/clock.h"

#include <cmath>
#include <cstdint>
#include <cstdio>

#include "workflow/dates.h"

namespace sc::web {

namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

// Floor division: instants before 1970 still fall on the right day.
std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

}  // namespace

Clock clockFromUnixMs(double unixMs, int timezoneOffsetMinutes) {
    const auto seconds = static_cast<std::int64_t>(std::floor(unixMs / 1000.0));
    const std::int64_t day = floorDiv(seconds, kSecondsPerDay);
    const std::int64_t secondOfDay = seconds - day * kSecondsPerDay;
    char time[16];
    std::snprintf(time, sizeof time, "T%02d:%02d:%02dZ", static_cast<int>(secondOfDay / 3600),
                  static_cast<int>(secondOfDay / 60 % 60), static_cast<int>(secondOfDay % 60));
    const std::int64_t localSeconds = seconds - static_cast<std::int64_t>(timezoneOffsetMinutes) * 60;
    return {sc::formatDate(day) + time, sc::formatDate(floorDiv(localSeconds, kSecondsPerDay))};
}

}  // namespace sc::web
