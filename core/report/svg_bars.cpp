#include "report/svg_bars.h"

#include <algorithm>

#include "report/html_escape.h"

namespace sc::report {

namespace {

constexpr int kLabelWidth = 90;
constexpr int kBarMax = 240;
constexpr int kRowHeight = 26;
constexpr int kBarHeight = 18;
constexpr int kValueGap = 6;
constexpr int kValueWidth = 50;

}  // namespace

std::string svgBars(const std::string& id, const std::string& title, const std::string& description,
                    const std::vector<SvgBar>& bars) {
    std::int64_t largest = 0;
    for (const auto& b : bars) largest = std::max(largest, b.value);
    const int width = kLabelWidth + kBarMax + kValueGap + kValueWidth;
    const int height = std::max<int>(1, static_cast<int>(bars.size())) * kRowHeight;
    const std::string titleId = escapeHtml(id + "-title");
    const std::string descId = escapeHtml(id + "-desc");
    // No xmlns: the HTML parser puts <svg> in the SVG namespace, and the page holds no URL at all.
    std::string out = "<svg class=\"chart\" role=\"img\" width=\"" + std::to_string(width) + "\" height=\"" +
                      std::to_string(height) + "\" viewBox=\"0 0 " + std::to_string(width) + " " +
                      std::to_string(height) + "\" aria-labelledby=\"" + titleId + " " + descId + "\">\n";
    out += "<title id=\"" + titleId + "\">" + escapeHtml(title) + "</title>\n";
    out += "<desc id=\"" + descId + "\">" + escapeHtml(description) + "</desc>\n";
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const auto& b = bars[i];
        const std::int64_t value = std::max<std::int64_t>(0, b.value);
        // Integer arithmetic so the same figures give the same bytes on every platform.
        const std::int64_t length = largest > 0 ? value * kBarMax / largest : 0;
        const int top = static_cast<int>(i) * kRowHeight;
        const int middle = top + kRowHeight / 2 + 5;
        out += "<text x=\"0\" y=\"" + std::to_string(middle) + "\">" + escapeHtml(b.label) + "</text>";
        out += "<rect x=\"" + std::to_string(kLabelWidth) + "\" y=\"" +
               std::to_string(top + (kRowHeight - kBarHeight) / 2) + "\" width=\"" + std::to_string(length) +
               "\" height=\"" + std::to_string(kBarHeight) + "\" fill=\"" + escapeHtml(b.fill) + "\"/>";
        out += "<text x=\"" + std::to_string(kLabelWidth + length + kValueGap) + "\" y=\"" +
               std::to_string(middle) + "\">" + std::to_string(value) + "</text>\n";
    }
    return out + "</svg>";
}

}  // namespace sc::report
