// Download names and page titles (web/logic/file_names): what File > Save hands the browser
// must be a plain file name on every desktop OS, whatever the title or opened name held.
#include <gtest/gtest.h>

#include "logic/file_names.h"

using sc::web::downloadFileName;
using sc::web::pageTitle;

TEST(file_names_test, the_open_file_name_is_kept) {
    EXPECT_EQ(downloadFileName("saas-self-serve.scorecard.json", "SaaS"), "saas-self-serve.scorecard.json");
    EXPECT_EQ(downloadFileName("Q3 plan.json", "x"), "Q3 plan.scorecard.json");
    EXPECT_EQ(downloadFileName("Q3 plan.SCORECARD.JSON", "x"), "Q3 plan.scorecard.json");
    EXPECT_EQ(downloadFileName("notes", "x"), "notes.scorecard.json");
}

TEST(file_names_test, without_a_file_name_the_title_is_used_then_a_default) {
    EXPECT_EQ(downloadFileName("", "EMEA partners 2027"), "EMEA partners 2027.scorecard.json");
    EXPECT_EQ(downloadFileName("", ""), "scorecard.scorecard.json");
    EXPECT_EQ(downloadFileName("...", "   "), "scorecard.scorecard.json");
    EXPECT_EQ(downloadFileName(".scorecard.json", "Title"), "Title.scorecard.json");
}

TEST(file_names_test, path_separators_and_reserved_characters_become_dashes) {
    EXPECT_EQ(downloadFileName("", "../../etc/passwd"), "etc-passwd.scorecard.json");
    EXPECT_EQ(downloadFileName("", "a\\b:c*d?e\"f<g>h|i"), "a-b-c-d-e-f-g-h-i.scorecard.json");
    EXPECT_EQ(downloadFileName("", "Us / Them"), "Us - Them.scorecard.json");
}

TEST(file_names_test, control_characters_and_line_breaks_are_removed) {
    EXPECT_EQ(downloadFileName("", "two\nlines\there"), "two lines here.scorecard.json");
    EXPECT_EQ(downloadFileName("", std::string("nul\0byte", 8)), "nul-byte.scorecard.json");
    EXPECT_EQ(downloadFileName("", "bell\x07\x7F"), "bell.scorecard.json");
}

TEST(file_names_test, hidden_file_dots_and_trailing_dots_go) {
    EXPECT_EQ(downloadFileName(".hidden.json", ""), "hidden.scorecard.json");
    EXPECT_EQ(downloadFileName("", "Ends with dots..."), "Ends with dots.scorecard.json");
}

TEST(file_names_test, windows_device_names_get_a_prefix) {
    EXPECT_EQ(downloadFileName("con.json", ""), "_con.scorecard.json");
    EXPECT_EQ(downloadFileName("", "LPT1"), "_LPT1.scorecard.json");
    EXPECT_EQ(downloadFileName("", "CONSOLE"), "CONSOLE.scorecard.json");
}

TEST(file_names_test, long_names_are_cut_on_a_utf8_boundary) {
    std::string title;
    for (int i = 0; i < 60; ++i) title += "\xC3\xA9";  // é, two bytes each: 120 bytes
    const std::string name = downloadFileName("", title);
    const std::string suffix = ".scorecard.json";
    ASSERT_GT(name.size(), suffix.size());
    const std::string stem = name.substr(0, name.size() - suffix.size());
    EXPECT_EQ(stem.size(), sc::web::kMaxFileStemBytes);  // 80 is even: 40 whole letters
    EXPECT_EQ(stem, title.substr(0, 80));

    const std::string odd = "x" + title;  // the cut now falls inside a letter
    const std::string oddStem = downloadFileName("", odd);
    EXPECT_EQ(oddStem, odd.substr(0, 79) + suffix);
}

TEST(file_names_test, page_title_marks_unsaved_changes) {
    EXPECT_EQ(pageTitle("plan.scorecard.json", false),
              "plan.scorecard.json \xE2\x80\x94 Alignment Scorecard");
    EXPECT_EQ(pageTitle("plan.scorecard.json", true),
              "\xE2\x80\xA2 plan.scorecard.json \xE2\x80\x94 Alignment Scorecard");
    EXPECT_EQ(pageTitle("", false), "Alignment Scorecard");
}

TEST(file_names_test, names_are_drawn_on_one_line_and_give_way_with_an_ellipsis) {
    EXPECT_EQ(sc::web::oneLineName("plan\nB\t.json"), "plan B .json");
    EXPECT_EQ(sc::web::pageTitle("a\nb.json", false), "a b.json \xE2\x80\x94 Alignment Scorecard");
    // One unit of width per byte: easy to reason about.
    const auto bytes = [](const std::string& t) { return static_cast<float>(t.size()); };
    EXPECT_EQ(sc::web::ellipsize("short.json", 20, bytes), "short.json");
    const std::string cut = sc::web::ellipsize(std::string(300, 'x') + ".json", 20, bytes);
    EXPECT_LE(cut.size(), 20u);
    EXPECT_EQ(cut, std::string(17, 'x') + "\xE2\x80\xA6");
    // Never inside a multi-byte character: "é" is two bytes.
    const std::string accents = sc::web::ellipsize("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 6, bytes);
    EXPECT_EQ(accents, "\xC3\xA9\xE2\x80\xA6");
    EXPECT_EQ(sc::web::ellipsize("abcdef", 1, bytes), "\xE2\x80\xA6");
}
