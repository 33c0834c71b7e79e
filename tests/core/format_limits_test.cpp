// Hostile shapes are refused with a message naming the limit and the place (byte offset, JSON
// Pointer) before they cost memory or time (issue 12, defects 1 and 2; docs/FORMAT.md, "Limits"):
// nesting depth, objects and lists for the file's size, keys per object, columns per table.
// Times are not asserted here: bench/scorecard_bench.cpp (limits_*) shows loading is linear.
#include "format/limits.h"
#include "test_util.h"

using sc::test::refused;

namespace {

const std::string kHeader = R"({"schema_version": 1, "info": {"title": "T"}, )";

// `[[],[],...]` with `count` empty lists.
std::string emptyLists(std::size_t count) {
    std::string text = "[";
    text.reserve(count * 3 + 2);
    for (std::size_t i = 0; i < count; ++i) text += i ? ",[]" : "[]";
    return text + "]";
}

std::string keys(std::size_t count, const std::string& prefix = "k") {
    std::string o = "{";
    for (std::size_t k = 0; k < count; ++k) o += (k ? ",\"" : "\"") + prefix + std::to_string(k) + "\":0";
    return o + "}";
}

// A deals table: id, partner_id, then `extra` unknown columns; one row.
std::string wideTable(std::size_t extra) {
    std::string columns = R"(["id","partner_id")", row = R"(["d1","p1")";
    for (std::size_t c = 0; c < extra; ++c) {
        columns += ",\"c" + std::to_string(c) + "\"";
        row += ",1";
    }
    return kHeader + R"("deals": {"columns": )" + columns + R"(], "rows": [)" + row + "]]}}";
}

}  // namespace

TEST(format_limits_test, too_deep_nesting_names_the_byte_offset) {
    std::string text = kHeader + "\"x\": " + std::string(200, '[') + std::string(200, ']') + "}";
    EXPECT_TRUE(refused(
        sc::loadDocument(text),
        {"nested more than 128 levels", "byte offset " + std::to_string(kHeader.size() + 5 + 127) + ")"}));
}

// The file of defect 1 was 60 MB; 2 MB of it shows the refusal without building a tree.
TEST(format_limits_test, a_file_of_empty_lists_is_refused_as_not_a_scorecard) {
    auto r = sc::loadDocument(emptyLists(700000));
    EXPECT_TRUE(refused(r, {"not a scorecard file", "the top level is a list", "nothing was loaded"}));
}

TEST(format_limits_test, empty_lists_under_an_unknown_key_are_refused_with_offset_and_pointer) {
    const std::string text = kHeader + "\"x\": " + emptyLists(700000) + "}";
    const std::size_t limit = text.size() / sc::kMinBytesPerContainer + sc::kContainerAllowance;
    // The list opened after `limit` others is element limit - 3 of /x (the top object, /info
    // and /x count too), at 3 bytes per element after "[".
    const std::size_t index = limit - 3, offset = kHeader.size() + 5 + 1 + 3 * index;
    auto r = sc::loadDocument(text);
    EXPECT_TRUE(refused(r, {"too many objects and lists for the file's size",
                            "byte offset " + std::to_string(offset) + ", /x/" + std::to_string(index) + ")",
                            "may hold at most " + std::to_string(limit), "nothing was loaded"}));
}

TEST(format_limits_test, empty_objects_in_a_list_count_too) {
    std::string list = "[{}";
    for (int i = 0; i < 300000; ++i) list += ",{}";
    auto r = sc::loadDocument(kHeader + "\"segments\": " + list + "]}");
    EXPECT_TRUE(refused(r, {"too many objects and lists", "/segments/"}));
}

TEST(format_limits_test, a_real_file_is_far_below_the_object_and_list_limit) {
    for (const auto& name : sc::test::listedSamples()) {
        const std::string text = sc::test::readText(sc::test::sourcePath("assets/samples/" + name));
        std::size_t containers = 0;
        for (char c : text) containers += c == '{' || c == '[';  // over-counts brackets in text
        EXPECT_LT(containers * 4 * sc::kMinBytesPerContainer, text.size()) << name;
    }
}

TEST(format_limits_test, hundred_thousand_unknown_keys_in_one_object_are_refused) {
    auto r = sc::loadDocument(kHeader + "\"x\": " + keys(100000) + "}");
    const std::size_t offset = kHeader.size() + 6 + 7 * 10 + 8 * 90 + 9 * 900;  // "k0":0, ... "k999":0,
    EXPECT_TRUE(refused(r, {"the object at /x has more than 1000 keys", "\"k1000\"",
                            "byte offset " + std::to_string(offset) + ")", "nothing was loaded"}));
}

TEST(format_limits_test, too_many_keys_at_the_top_level_or_deep_name_the_object) {
    std::string top = keys(1001);
    top.insert(1, R"("schema_version": 1, "info": {"title": "T"}, )");
    EXPECT_TRUE(refused(sc::loadDocument(top), {"the object at the top level has more than 1000 keys"}));
    auto deep =
        sc::loadDocument(kHeader + R"("segments": [{"id": "s"}, {"id": "t", "x~/y": )" + keys(1001) + "}]}");
    EXPECT_TRUE(refused(deep, {"the object at /segments/1/x~0~1y has more than 1000 keys"}));
}

TEST(format_limits_test, keys_up_to_the_limit_load_and_are_kept_in_order) {
    auto r = sc::loadDocument(kHeader + "\"x\": " + keys(1000) + ", \"y\": " + keys(998, "y") + "}");
    ASSERT_TRUE(r.ok) << r.error;
    ASSERT_EQ(r.document.extra["x"].size(), 1000u);
    EXPECT_EQ(r.document.extra["x"].begin().key(), "k0");
    auto again = sc::loadDocument(sc::saveDocument(r.document));
    ASSERT_TRUE(again.ok) << again.error;
    EXPECT_EQ(sc::saveDocument(again.document), sc::saveDocument(r.document));
}

TEST(format_limits_test, a_table_with_hundred_thousand_columns_is_refused) {
    EXPECT_TRUE(refused(sc::loadDocument(wideTable(100000)),
                        {"the table \"deals\" has 100000 columns besides its own (/deals/columns)",
                         "at most 1000", "nothing was loaded"}));
}

// Saving lists all 16 own columns; only the others count, so what loads also loads once saved.
TEST(format_limits_test, a_table_at_the_column_limit_loads_and_round_trips) {
    auto r = sc::loadDocument(wideTable(1000));
    ASSERT_TRUE(r.ok) << r.error;
    ASSERT_EQ(r.document.deals.size(), 1u);
    EXPECT_EQ(r.document.deals[0].extra.size(), 1000u);
    const std::string saved = sc::saveDocument(r.document);
    auto again = sc::loadDocument(saved);
    ASSERT_TRUE(again.ok) << again.error;
    EXPECT_EQ(sc::saveDocument(again.document), saved);
    EXPECT_TRUE(refused(sc::loadDocument(wideTable(1001)), {"has 1001 columns besides its own"}));
}

// v0 deals become a table whose columns are every key any deal has: a thousand deals with a
// key each of their own would be a million cells, so the table is refused by its columns.
TEST(format_limits_test, v0_deals_with_too_many_distinct_keys_are_refused_by_columns) {
    std::string deals = "[";
    for (int i = 0; i < 2000; ++i)
        deals += (i ? "," : "") + std::string(R"({"id": "d)") + std::to_string(i) +
                 R"(", "partner": "p", "key)" + std::to_string(i) + "\": 1}";
    auto r = sc::loadDocument(R"({"format": "alignment-scorecard", "version": 0, "title": "Old", "deals": )" +
                              deals + "]}");
    EXPECT_TRUE(refused(r, {"the table \"deals\" has", "at most 1000"}));
}
