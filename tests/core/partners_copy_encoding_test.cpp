// Issue 12 defect 9: how a copy file's bytes are read before the audit — UTF-8 as it is,
// UTF-16 with a byte order mark decoded, everything else refused with the reason.
#include <gtest/gtest.h>

#include "partners/copy_encoding.h"
#include "partners/message_audit.h"
#include "partners_fixtures.h"

using namespace sc::partners;

namespace {

// `text` (UTF-16 code units) as bytes, little- or big-endian, with or without a byte order mark.
std::string utf16(const std::u16string& text, bool littleEndian, bool bom) {
    std::u16string units = bom ? u"\uFEFF" + text : text;
    std::string out;
    for (char16_t u : units) {
        const char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
        out += littleEndian ? lo : hi;
        out += littleEndian ? hi : lo;
    }
    return out;
}

const std::u16string kCopy = u"Caf\u00E9 soil \U0001D406 sensors.\nIt is GUARANTEED.";
const std::string kCopyUtf8 = "Caf\xC3\xA9 soil \xF0\x9D\x90\x86 sensors.\nIt is GUARANTEED.";

}  // namespace

TEST(partners_copy_encoding_test, utf8_is_read_as_it_is_without_a_byte_order_mark) {
    auto read = decodeCopyBytes(kCopyUtf8);
    EXPECT_EQ(read.error, "");
    EXPECT_EQ(read.encoding, "UTF-8");
    EXPECT_EQ(read.text, kCopyUtf8);
    read = decodeCopyBytes("\xEF\xBB\xBF" + kCopyUtf8);
    EXPECT_EQ(read.error, "");
    EXPECT_EQ(read.text, kCopyUtf8);
    EXPECT_EQ(decodeCopyBytes("").error, "");
    // A few NULs (an evasion inside a word) are not UTF-16: the audit skips them.
    EXPECT_EQ(decodeCopyBytes(std::string("It is guaran\0teed, and \0 more text here.", 40)).error, "");
}

TEST(partners_copy_encoding_test, utf16_with_a_byte_order_mark_is_decoded) {
    for (bool littleEndian : {true, false}) {
        SCOPED_TRACE(littleEndian ? "UTF-16LE" : "UTF-16BE");
        const auto read = decodeCopyBytes(utf16(kCopy, littleEndian, true));
        EXPECT_EQ(read.error, "");
        EXPECT_EQ(read.encoding, littleEndian ? "UTF-16LE" : "UTF-16BE");
        EXPECT_EQ(read.text, kCopyUtf8) << "surrogate pairs become one character";
        // The audit then flags the passage in the decoded text.
        const auto audit = auditCopy(fx::partnerProgramme(), read.text);
        ASSERT_EQ(audit.flags.size(), 1u);
        EXPECT_EQ(audit.flags[0].offset, kCopyUtf8.find("GUARANTEED"));
        EXPECT_EQ(audit.flags[0].text, "GUARANTEED");
        EXPECT_EQ(audit.flags[0].line, 2u);
        EXPECT_EQ(audit.flags[0].column, 7u);
    }
}

TEST(partners_copy_encoding_test, utf16_without_a_byte_order_mark_is_refused) {
    for (bool littleEndian : {true, false}) {
        const auto read = decodeCopyBytes(utf16(kCopy, littleEndian, false));
        EXPECT_EQ(read.text, "");
        EXPECT_NE(read.error.find(std::string("looks like ") + (littleEndian ? "UTF-16LE" : "UTF-16BE") +
                                  " text without a byte order mark"),
                  std::string::npos)
            << read.error;
    }
    // Even a single word.
    EXPECT_NE(decodeCopyBytes(utf16(u"guaranteed", true, false)).error, "");
}

TEST(partners_copy_encoding_test, broken_utf16_and_utf32_are_refused) {
    std::string odd = utf16(kCopy, true, true);
    odd.pop_back();
    EXPECT_NE(decodeCopyBytes(odd).error.find("odd number of bytes"), std::string::npos);
    // A high surrogate followed by a letter, at byte 6 (after the mark and two units).
    const auto lone = decodeCopyBytes(utf16(std::u16string(u"ab") + char16_t(0xD83D) + u"c", true, true));
    EXPECT_NE(lone.error.find("unpaired surrogate 0xD83D at byte offset 6"), std::string::npos) << lone.error;
    const auto lowFirst = decodeCopyBytes(utf16(std::u16string(1, char16_t(0xDC00)), false, true));
    EXPECT_NE(lowFirst.error.find("unpaired surrogate 0xDC00 at byte offset 2"), std::string::npos);
    EXPECT_NE(decodeCopyBytes(std::string("\xFF\xFE\0\0G\0\0\0", 8)).error.find("UTF-32"), std::string::npos);
    EXPECT_NE(decodeCopyBytes(std::string("\0\0\xFE\xFF\0\0\0G", 8)).error.find("UTF-32"), std::string::npos);
}

TEST(partners_copy_encoding_test, bytes_that_are_not_utf8_are_refused_with_their_offset) {
    const auto read = decodeCopyBytes("Fine.\nIt is guaran\xFFteed.");
    EXPECT_EQ(read.text, "");
    EXPECT_EQ(read.error,
              "byte 0xFF at byte offset 18 (line 2, column 13) is not UTF-8; save the copy as UTF-8 text");
    // After a UTF-8 byte order mark the offset is the file's, the column the text's.
    const auto marked = decodeCopyBytes(
        "\xEF\xBB\xBF"
        "ab\xC3(");
    EXPECT_EQ(marked.error.rfind("byte 0xC3 at byte offset 5 (line 1, column 3)", 0), 0u) << marked.error;
    EXPECT_EQ(utf8Problem("caf\xC3\xA9"), std::nullopt);
    EXPECT_NE(utf8Problem("\xC0\xAF"), std::nullopt) << "overlong";
    EXPECT_NE(utf8Problem("\xED\xA0\x80"), std::nullopt) << "surrogate";
    EXPECT_NE(utf8Problem("\xF4\x90\x80\x80"), std::nullopt) << "above U+10FFFF";
}
