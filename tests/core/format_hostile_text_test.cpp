// Hostile bytes that used to slip past the reader (issue 12, defects 4-6): a NUL byte that
// hid everything after it, a repeated key spelled with an escape, and a column listed twice
// in a table. Each is refused whole, with a message that says where.
#include "test_util.h"

namespace {

::testing::AssertionResult refusedWith(const sc::LoadResult& r, const std::vector<std::string>& words) {
    if (r.ok) return ::testing::AssertionFailure() << "loaded, but should have been refused";
    for (const auto& w : words)
        if (r.error.find(w) == std::string::npos)
            return ::testing::AssertionFailure() << "message lacks '" << w << "': " << r.error;
    return ::testing::AssertionSuccess();
}

const char* kSmall = R"({"schema_version": 1, "info": {"title": "T"}})";

}  // namespace

TEST(format_hostile_text_test, nul_byte_then_another_document_is_refused_with_its_offset) {
    std::string text = kSmall;
    const std::size_t nulAt = text.size();
    text += '\0';
    text += R"({"schema_version": 1, "info": {"title": "other"}} garbage)";
    EXPECT_TRUE(refusedWith(sc::loadDocument(text),
                            {"NUL byte", "byte offset " + std::to_string(nulAt), "line 1, column"}));
}

TEST(format_hostile_text_test, nul_byte_inside_text_is_refused) {
    std::string text = R"({"schema_version": 1, "info": {"title": "a)";
    text += '\0';
    text += R"(b"}})";
    EXPECT_TRUE(refusedWith(sc::loadDocument(text), {"NUL byte", "byte offset 42"}));
}

TEST(format_hostile_text_test, duplicate_key_spelled_with_an_escape_is_refused) {
    EXPECT_TRUE(
        refusedWith(sc::loadDocument(R"({"schema_version": 1, "info": {"title": "a", "titl\u0065": "b"}})"),
                    {"the key \"title\" appears twice", "line 1, column 46"}));
    // Escapes that only look different: \/ and /, a surrogate pair and the raw character.
    EXPECT_TRUE(refusedWith(sc::loadDocument(R"({"schema_version": 1, "x/y": 1, "x\/y": 2})"),
                            {"the key \"x/y\" appears twice"}));
    EXPECT_TRUE(refusedWith(sc::loadDocument("{\"schema_version\": 1, \"\xF0\x9F\x98\x80\": 1, "
                                             "\"\\ud83d\\ude00\": 2}"),
                            {"appears twice"}));
}

TEST(format_hostile_text_test, different_keys_with_escapes_still_load) {
    auto r = sc::loadDocument(R"({"schema_version": 1, "info": {"title": "a"}, "x_\u0061": 1, "x_b": 2})");
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.document.extra.at("x_a"), 1);
}

TEST(format_hostile_text_test, duplicate_column_name_in_a_table_is_refused) {
    std::string text = sc::test::validationBase();
    const std::string columns = R"("columns": ["id","name","partner_id","account","sku")";
    const auto at = text.find(columns);
    ASSERT_NE(at, std::string::npos);
    text.replace(at, columns.size(), R"("columns": ["id","name","partner_id","account","id")");
    EXPECT_TRUE(
        refusedWith(sc::loadDocument(text), {"the column \"id\" is listed twice in the table \"deals\"",
                                             "/deals/columns/0", "/deals/columns/4"}));
}

TEST(format_hostile_text_test, duplicate_column_spelled_with_an_escape_is_refused) {
    std::string text = sc::test::validationBase();
    const std::string columns = R"("columns": ["id","name","partner_id","account","sku")";
    const auto at = text.find(columns);
    ASSERT_NE(at, std::string::npos);
    text.replace(at, columns.size(), R"("columns": ["id","name","partner_id","account","\u0069d")");
    EXPECT_TRUE(refusedWith(sc::loadDocument(text), {"the column \"id\" is listed twice"}));
}
