// The RFC 4180 reader: quoting, line ends, byte order marks, blank lines, ragged rows, and the
// line/column of every refusal (unclosed quote, NUL bytes, bytes that are not UTF-8).
#include <gtest/gtest.h>

#include "import/csv_parser.h"

using namespace sc::csv;

namespace {
std::vector<std::vector<std::string>> fieldsOf(const Table& t) {
    std::vector<std::vector<std::string>> out;
    for (const auto& r : t.records) out.push_back(r.fields);
    return out;
}
using Rows = std::vector<std::vector<std::string>>;
}  // namespace

TEST(import_csv_parser_test, plain_rows_with_line_numbers) {
    const Table t = parse("a,b,c\n1,2,3\n4,5,6\n", ',');
    ASSERT_TRUE(t.ok) << t.error.message;
    EXPECT_EQ(fieldsOf(t), (Rows{{"a", "b", "c"}, {"1", "2", "3"}, {"4", "5", "6"}}));
    EXPECT_EQ(t.records[2].line, 3u);
}

TEST(import_csv_parser_test, bom_and_crlf_are_not_part_of_the_data) {
    const Table t = parse("\xEF\xBB\xBFPartner;Value\r\np_prairie;93%\r\n", ';');
    ASSERT_TRUE(t.ok);
    EXPECT_EQ(fieldsOf(t), (Rows{{"Partner", "Value"}, {"p_prairie", "93%"}}));
}

TEST(import_csv_parser_test, lone_cr_ends_a_line_too) {
    const Table t = parse("a,b\r1,2\r", ',');
    ASSERT_TRUE(t.ok);
    EXPECT_EQ(fieldsOf(t), (Rows{{"a", "b"}, {"1", "2"}}));
    EXPECT_EQ(t.records[1].line, 2u);
}

TEST(import_csv_parser_test, quotes_doubled_quotes_delimiters_and_newlines_inside_a_field) {
    const Table t = parse("id,notes,x\n1,\"said \"\"no\"\", twice\nthen\r\nyes\",z\n2,\"\",\"a;b\"\n", ',');
    ASSERT_TRUE(t.ok) << t.error.message;
    EXPECT_EQ(fieldsOf(t),
              (Rows{{"id", "notes", "x"}, {"1", "said \"no\", twice\nthen\nyes", "z"}, {"2", "", "a;b"}}));
    // The record spanning lines 2-4 starts on line 2; the next one is on line 5.
    EXPECT_EQ(t.records[1].line, 2u);
    EXPECT_EQ(t.records[1].fieldLines[2], 4u);
    EXPECT_EQ(t.records[2].line, 5u);
}

TEST(import_csv_parser_test, blank_lines_and_trailing_blank_lines_are_skipped) {
    const Table t = parse("a,b\n\n1,2\n\r\n\n\n", ',');
    ASSERT_TRUE(t.ok);
    EXPECT_EQ(fieldsOf(t), (Rows{{"a", "b"}, {"1", "2"}}));
    EXPECT_EQ(t.records[1].line, 3u);
}

TEST(import_csv_parser_test, ragged_rows_are_returned_as_they_are) {
    const Table t = parse("a,b,c\n1,2\n1,2,3,4\n1,2,\n", ',');
    ASSERT_TRUE(t.ok);
    EXPECT_EQ(fieldsOf(t), (Rows{{"a", "b", "c"}, {"1", "2"}, {"1", "2", "3", "4"}, {"1", "2", ""}}));
}

TEST(import_csv_parser_test, empty_file_and_header_only) {
    EXPECT_TRUE(parse("", ',').ok);
    EXPECT_TRUE(parse("", ',').records.empty());
    EXPECT_TRUE(parse("\xEF\xBB\xBF", ',').records.empty());
    const Table header = parse("a,b\n", ',');
    ASSERT_TRUE(header.ok);
    EXPECT_EQ(fieldsOf(header), (Rows{{"a", "b"}}));
}

TEST(import_csv_parser_test, unclosed_quote_names_the_line_and_column_where_it_opens) {
    const Table t = parse("a,b,c\n1,2,3\n4,5,\"six\n7,8,9\n", ',');
    ASSERT_FALSE(t.ok);
    EXPECT_EQ(t.error.line, 3u);
    EXPECT_EQ(t.error.column, 3u);
    EXPECT_NE(t.error.message.find("never closed"), std::string::npos) << t.error.message;
}

TEST(import_csv_parser_test, stray_quotes_are_refused_with_their_place) {
    const Table inside = parse("a,b\n1,2 \"inch\"\n", ',');
    ASSERT_FALSE(inside.ok);
    EXPECT_EQ(inside.error.line, 2u);
    EXPECT_EQ(inside.error.column, 2u);
    const Table after = parse("a,b\n\"x\"y,2\n", ',');
    ASSERT_FALSE(after.ok);
    EXPECT_EQ(after.error.line, 2u);
    EXPECT_EQ(after.error.column, 1u);
    EXPECT_NE(after.error.message.find("after the closing quote"), std::string::npos);
}

TEST(import_csv_parser_test, nul_bytes_are_refused_with_line_and_column) {
    const Table t = parse(std::string("a,b\n1,x\0y\n", 10), ',');
    ASSERT_FALSE(t.ok);
    EXPECT_EQ(t.error.line, 2u);
    EXPECT_EQ(t.error.column, 2u);
    EXPECT_NE(t.error.message.find("NUL"), std::string::npos);
}

TEST(import_csv_parser_test, invalid_utf8_names_line_column_byte_and_character) {
    // "Caf\xE9" is Latin-1, as Excel's plain "CSV" export writes it.
    const Table t = parse("a,b\n1,ok\n2,Caf\xE9 Nord\n", ',');
    ASSERT_FALSE(t.ok);
    EXPECT_EQ(t.error.line, 3u);
    EXPECT_EQ(t.error.column, 2u);
    EXPECT_NE(t.error.message.find("0xE9 at character 4"), std::string::npos) << t.error.message;
    EXPECT_NE(t.error.message.find("CSV UTF-8"), std::string::npos);
    // Well-formed multi-byte text passes.
    EXPECT_TRUE(parse("a\nCaf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x8C\xBE\n", ',').ok);
}

TEST(import_csv_parser_test, utf8_checker_refuses_overlongs_surrogates_and_truncation) {
    EXPECT_FALSE(firstInvalidUtf8("plain ascii").has_value());
    EXPECT_EQ(firstInvalidUtf8("ab\xC0\xAF"), 2u);        // overlong '/'
    EXPECT_EQ(firstInvalidUtf8("\xED\xA0\x80"), 0u);      // surrogate
    EXPECT_EQ(firstInvalidUtf8("x\xE2\x82"), 1u);         // truncated
    EXPECT_EQ(firstInvalidUtf8("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
    EXPECT_FALSE(firstInvalidUtf8("\xF4\x8F\xBF\xBF").has_value());
}

TEST(import_csv_parser_test, utf16_files_are_refused_with_advice) {
    const Table t = parse(std::string("\xFF\xFE"
                                      "a\0,\0b\0",
                                      8),
                          ',');
    ASSERT_FALSE(t.ok);
    EXPECT_NE(t.error.message.find("UTF-16"), std::string::npos);
}

TEST(import_csv_parser_test, delimiter_detection) {
    EXPECT_EQ(detectDelimiter("Partner,Amount\np1,12\n").delimiter, ',');
    EXPECT_EQ(detectDelimiter("Partner;Amount\np1;1,50\n").delimiter, ';');
    EXPECT_EQ(detectDelimiter("Partner\tAmount\tNote\np1\t1,50\ta;b\n").delimiter, '\t');
    // A comma inside a header does not win when the rows do not split on it.
    EXPECT_EQ(detectDelimiter("Partner;Amount (1,000s)\np1;12\np2;13\n").delimiter, ';');
    // A quoted delimiter is not a delimiter.
    EXPECT_EQ(detectDelimiter("\"a;b\",c\n1,2\n").delimiter, ',');
    // One column: nothing to tell apart.
    EXPECT_EQ(detectDelimiter("Partner\np1\n").delimiter, ',');
}

TEST(import_csv_parser_test, delimiter_tie_is_refused) {
    const DelimiterGuess g = detectDelimiter("a,b;c\n1,2;3\n");
    EXPECT_FALSE(g.delimiter.has_value());
    EXPECT_NE(g.error.find("--delimiter"), std::string::npos);
}
