// Files that are not a scorecard this build can read are refused whole, with a message that
// says where (line/column or path) and why, and never crash: not JSON, truncated, empty,
// a list, huge numbers, 100,000 levels of nesting, invalid UTF-8, a newer schema version.
#include "test_util.h"

using sc::test::refused;

namespace {}  // namespace

TEST(format_refusal_test, newer_schema_version_is_refused_naming_both_versions) {
    auto r = sc::loadDocument(
        R"({"schema_version": 2, "info": {"title": "From the future"}, "segments": [{"id": "s", "name": "S"}]})");
    EXPECT_TRUE(refused(r, {"schema version 2", "versions up to 1", "nothing was loaded"}));
    EXPECT_EQ(r.sourceVersion, 2);
}

TEST(format_refusal_test, not_json_names_line_and_column) {
    auto r = sc::loadDocument("{\n  \"schema_version\": 1,\n  \"info\": {\"title\": oops}\n}\n");
    EXPECT_TRUE(refused(r, {"not valid JSON at line 3, column 21"}));
}

TEST(format_refusal_test, truncated_file_is_refused) {
    std::string text = sc::test::validationBase();
    text.resize(text.size() / 2);
    auto r = sc::loadDocument(text);
    EXPECT_TRUE(refused(r, {"not valid JSON at line", "unexpected end of input"}));
}

TEST(format_refusal_test, empty_and_whitespace_only_files_are_refused) {
    EXPECT_TRUE(refused(sc::loadDocument(""), {"the file is empty"}));
    EXPECT_TRUE(refused(sc::loadDocument(" \n\t\r\n "), {"the file is empty"}));
}

TEST(format_refusal_test, json_that_is_not_a_scorecard_is_refused) {
    EXPECT_TRUE(refused(sc::loadDocument("[1, 2, 3]"), {"not a scorecard file", "a list"}));
    EXPECT_TRUE(refused(sc::loadDocument("42"), {"not a scorecard file", "a single value"}));
    EXPECT_TRUE(refused(sc::loadDocument(R"({"name": "package.json"})"), {"no \"schema_version\""}));
    EXPECT_TRUE(refused(sc::loadDocument(R"({"schema_version": "1"})"), {"/schema_version", "whole number"}));
    EXPECT_TRUE(refused(sc::loadDocument(R"({"schema_version": 0})"), {"/schema_version"}));
}

TEST(format_refusal_test, number_too_large_for_any_type_is_refused_with_its_position) {
    auto r = sc::loadDocument("{\"schema_version\": 1,\n \"info\": {\"title\": \"T\"}, \"x\": 1e999}");
    EXPECT_TRUE(refused(r, {"line 2", "1e999", "too large"}));
}

TEST(format_refusal_test, hundred_thousand_open_brackets_are_refused_without_recursion) {
    auto r = sc::loadDocument(std::string(100000, '['));
    EXPECT_TRUE(refused(r, {"nested more than 128 levels", "line 1, column 129"}));
}

TEST(format_refusal_test, hundred_thousand_nested_objects_are_refused) {
    std::string text = "{\"schema_version\": 1, \"info\": {\"title\": \"T\"}, \"x\": ";
    for (int i = 0; i < 100000; ++i) text += "{\"a\":";
    text += "1";
    text += std::string(100000, '}');
    text += "}";
    EXPECT_TRUE(refused(sc::loadDocument(text), {"nested more than 128 levels"}));
}

TEST(format_refusal_test, nesting_within_the_limit_loads_and_round_trips) {
    std::string deep;
    for (int i = 0; i < 100; ++i) deep += "[";
    deep += "1";
    for (int i = 0; i < 100; ++i) deep += "]";
    auto r =
        sc::loadDocument("{\"schema_version\": 1, \"info\": {\"title\": \"T\"}, \"x_deep\": " + deep + "}");
    ASSERT_TRUE(r.ok) << r.error;
    const std::string saved = sc::saveDocument(r.document);
    EXPECT_EQ(saved, sc::saveDocument(sc::loadDocument(saved).document));
}

TEST(format_refusal_test, brackets_inside_strings_do_not_count_as_nesting) {
    const std::string many(1000, '[');
    auto r =
        sc::loadDocument("{\"schema_version\": 1, \"info\": {\"title\": \"" + many + "\\\"" + many + "\"}}");
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.document.info.title, many + "\"" + many);
}

TEST(format_refusal_test, invalid_utf8_is_refused_with_a_printable_message) {
    std::string text = "{\"schema_version\": 1, \"info\": {\"title\": \"caf\xC3\x28 \xFF\"}}";
    auto r = sc::loadDocument(text);
    EXPECT_TRUE(refused(r, {"not valid JSON at line 1", "UTF-8"}));
    // The message itself is valid UTF-8: the bad bytes are shown as \xNN.
    EXPECT_EQ(r.error.find('\xFF'), std::string::npos);
    EXPECT_EQ(r.error.find('\xC3'), std::string::npos);
}

TEST(format_refusal_test, byte_order_mark_is_accepted) {
    auto r = sc::loadDocument("\xEF\xBB\xBF{\"schema_version\": 1, \"info\": {\"title\": \"T\"}}");
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.document.info.title, "T");
}

TEST(format_refusal_test, random_garbage_never_crashes) {
    // A deterministic spray of truncations and byte flips over a real file.
    const std::string base = sc::test::validationBase();
    unsigned seed = 12345;
    for (int i = 0; i < 300; ++i) {
        std::string text = base;
        seed = seed * 1103515245u + 12345u;
        const std::size_t at = seed % text.size();
        if (i % 3 == 0) text.resize(at);
        else text[at] = static_cast<char>(seed >> 16);
        auto r = sc::loadDocument(text);
        EXPECT_TRUE(r.ok || !r.error.empty());
        if (r.ok)
            EXPECT_EQ(sc::saveDocument(r.document),
                      sc::saveDocument(sc::loadDocument(sc::saveDocument(r.document)).document));
    }
}

TEST(format_refusal_test, duplicate_key_in_one_object_is_refused_with_its_position) {
    auto r = sc::loadDocument("{\"schema_version\": 1,\n \"info\": {\"title\": \"A\", \"title\": \"B\"}}");
    EXPECT_TRUE(refused(r, {"\"title\" appears twice", "line 2, column 25"}));
    // The same key in different objects, or as a value, is fine.
    auto ok = sc::loadDocument(
        R"({"schema_version": 1, "info": {"title": "title", "notes": "n"}, "segments": [{"id": "a", "name": "x"}, {"id": "b", "name": "y"}]})");
    EXPECT_TRUE(ok.ok) << ok.error;
}
