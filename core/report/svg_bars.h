// A small horizontal bar chart as inline SVG for the HTML report: no script, no external
// resource, readable by a screen reader (role="img", <title> and <desc> referenced by
// aria-labelledby) and printable. Every label goes through escapeHtml.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sc::report {

struct SvgBar {
    std::string label;  // drawn left of the bar
    std::int64_t value = 0;
    std::string fill;  // a CSS colour, e.g. "#b3261e"
};

// `id` must be unique in the page (it names the <title> and <desc>); `title` is the chart's
// accessible name, `description` its text alternative (the numbers in words). Bars are
// scaled to the largest value; negative values are drawn as 0.
std::string svgBars(const std::string& id, const std::string& title, const std::string& description,
                    const std::vector<SvgBar>& bars);

}  // namespace sc::report
