// The report's one escaping function (core/report/html_escape.h) against hostile strings, and
// the two helpers that put text into a table and into SVG.
#include <gtest/gtest.h>

#include "core/report_fixtures.h"
#include "report/html_escape.h"
#include "report/html_table.h"
#include "report/svg_bars.h"

using sc::report::escapeHtml;

namespace {

TEST(ReportEscape, markup_becomes_text) {
    EXPECT_EQ(escapeHtml(rfx::kScript), "&lt;script&gt;alert(1)&lt;/script&gt;");
    EXPECT_EQ(escapeHtml(rfx::kBreakout), "&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;");
    EXPECT_EQ(escapeHtml("Fish & Chips"), "Fish &amp; Chips");
    EXPECT_EQ(escapeHtml("&amp;"), "&amp;amp;");  // an entity in the data stays visible as typed
    EXPECT_EQ(escapeHtml(""), "");
}

TEST(ReportEscape, quotes_cannot_end_an_attribute_of_either_kind) {
    const std::string value = escapeHtml("x\" onmouseover=\"alert(1)' autofocus='");
    EXPECT_EQ(value.find('"'), std::string::npos);
    EXPECT_EQ(value.find('\''), std::string::npos);
    EXPECT_EQ(value.find('<'), std::string::npos);
    EXPECT_EQ(value.find('>'), std::string::npos);
}

TEST(ReportEscape, control_characters_are_replaced_and_text_characters_kept) {
    const std::string fffd = "\xEF\xBF\xBD";
    EXPECT_EQ(escapeHtml(std::string("a\0b", 3)), "a" + fffd + "b");
    EXPECT_EQ(escapeHtml("\x1b[31mred"), fffd + "[31mred");
    EXPECT_EQ(escapeHtml("del\x7f"), "del" + fffd);
    EXPECT_EQ(escapeHtml("nel\xC2\x85"
                         "c1\xC2\x9F"),
              "nel" + fffd + "c1" + fffd);  // C1 controls
    EXPECT_EQ(escapeHtml("tab\tline\nreturn\r"), "tab\tline\nreturn\r");
    // U+00A0, U+00E9, U+00BF (C2 A0, C3 A9, C2 BF), a CJK character and an emoji are text.
    const std::string text =
        "\xC2\xA0"
        "caf\xC3\xA9 \xC2\xBF \xE6\x97\xA5 \xF0\x9F\x98\x80";
    EXPECT_EQ(escapeHtml(text), text);
}

TEST(ReportEscape, table_cells_caption_and_headers_are_escaped) {
    const std::string html = sc::report::htmlTable(rfx::kScript, {rfx::kBreakout},
                                                   {{rfx::kScript}, {{rfx::kBreakout, "rag-red"}}});
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<img"), std::string::npos);
    EXPECT_EQ(rfx::count(html, escapeHtml(rfx::kScript)), 2u);
    EXPECT_EQ(rfx::count(html, escapeHtml(rfx::kBreakout)), 2u);
    EXPECT_NE(html.find("<th scope=\"col\">"), std::string::npos);
    EXPECT_NE(html.find("<th scope=\"row\" class=\"rag-red\">"), std::string::npos);
    EXPECT_TRUE(rfx::tagsBalance(html));
}

TEST(ReportEscape, svg_title_description_labels_and_id_are_escaped) {
    const std::string svg =
        sc::report::svgBars(std::string("c") + rfx::kBreakout, rfx::kScript, rfx::kBreakout,
                            {{rfx::kScript, 3, "#000"}, {"low", 1, "#000\" onload=\"x"}});
    EXPECT_EQ(svg.find("<script"), std::string::npos);
    EXPECT_EQ(svg.find("<img"), std::string::npos);
    EXPECT_EQ(svg.find("onload=\""), std::string::npos);
    EXPECT_NE(svg.find("<title id=\"c&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;-title\">" +
                       escapeHtml(rfx::kScript) + "</title>"),
              std::string::npos);
    EXPECT_NE(svg.find(">" + escapeHtml(rfx::kScript) + "</text>"), std::string::npos);
    EXPECT_TRUE(rfx::tagsBalance(svg));
}

TEST(ReportEscape, bars_scale_to_the_largest_value) {
    const std::string svg =
        sc::report::svgBars("s", "t", "d", {{"a", 4, "#111"}, {"b", 1, "#222"}, {"c", 0, "#333"}});
    EXPECT_NE(svg.find("width=\"240\" height=\"18\" fill=\"#111\""), std::string::npos);
    EXPECT_NE(svg.find("width=\"60\" height=\"18\" fill=\"#222\""), std::string::npos);
    EXPECT_NE(svg.find("width=\"0\" height=\"18\" fill=\"#333\""), std::string::npos);
    EXPECT_NE(svg.find("role=\"img\""), std::string::npos);
    EXPECT_NE(svg.find("aria-labelledby=\"s-title s-desc\""), std::string::npos);
}

}  // namespace
