// Issue 12 defect 9 through the real binary: `audit-copy` (and `audit --copy`) read UTF-16 with
// a byte order mark, refuse every other encoding with exit 2 and the reason — never a 100 %
// score with exit 0 — and flag look-alike and invisible-character spellings of a phrase at the
// passage as written.
#include "cli/cli_temp_dir.h"

using sc::test::quotedSample;

using sc::test::runCli;
using sc::test::TempDir;

namespace {

// ASCII `text` as UTF-16, little- or big-endian, with or without a byte order mark.
std::string utf16(const std::string& text, bool littleEndian, bool bom) {
    std::string out = bom ? (littleEndian ? std::string("\xFF\xFE") : std::string("\xFE\xFF")) : "";
    for (char c : text) {
        out += littleEndian ? c : '\0';
        out += littleEndian ? '\0' : c;
    }
    return out;
}

const std::string kCopy = "Soil moisture readings every 15 minutes from every sensor.\nResults GUARANTEED.\n";

struct Audited {
    int exitCode;
    sc::Json json;
    std::string err;
};

Audited auditCopyFile(const TempDir& dir, const std::string& bytes) {
    const auto copy = dir.write("copy.txt", bytes);
    const auto errFile = dir.file("err.txt");
    const auto run = runCli(
        "audit-copy " + quotedSample() + " --partner p_greenacre '" + copy + "' --format json", errFile);
    return {run.exitCode, sc::Json::parse(run.out, nullptr, false), sc::test::readText(errFile)};
}

}  // namespace

TEST(cli_audit_copy_encoding_test, utf16_with_a_byte_order_mark_is_audited) {
    TempDir dir;
    for (bool littleEndian : {true, false}) {
        SCOPED_TRACE(littleEndian ? "UTF-16LE" : "UTF-16BE");
        const auto run = auditCopyFile(dir, utf16(kCopy, littleEndian, true));
        EXPECT_EQ(run.exitCode, 1) << run.err;
        ASSERT_TRUE(run.json.is_object());
        EXPECT_EQ(run.json["score_bp"], 5000);
        ASSERT_EQ(run.json["flags"].size(), 1u);
        EXPECT_EQ(run.json["flags"][0]["text"], "GUARANTEED");
        EXPECT_EQ(run.json["flags"][0]["offset"], kCopy.find("GUARANTEED")) << "offsets of the UTF-8 text";
        EXPECT_EQ(run.json["flags"][0]["line"], 2);
        EXPECT_EQ(run.json["flags"][0]["column"], 9);
    }
}

TEST(cli_audit_copy_encoding_test, utf16_without_a_mark_and_invalid_utf8_are_refused) {
    TempDir dir;
    for (bool littleEndian : {true, false}) {
        const auto run = auditCopyFile(dir, utf16(kCopy, littleEndian, false));
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.json.is_discarded()) << "nothing printed: never scored";
        EXPECT_NE(run.err.find(std::string("copy.txt: the copy looks like ") +
                               (littleEndian ? "UTF-16LE" : "UTF-16BE")),
                  std::string::npos)
            << run.err;
    }
    const std::string broken =
        "Fine.\nResults guaran\xE9"
        "ed.";  // Latin-1 é
    const auto run = auditCopyFile(dir, broken);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.json.is_discarded());
    EXPECT_NE(run.err.find("byte 0xE9 at byte offset " + std::to_string(broken.find('\xE9')) +
                           " (line 2, column 15) is not UTF-8"),
              std::string::npos)
        << run.err;
}

TEST(cli_audit_copy_encoding_test, look_alikes_and_invisible_characters_are_flagged_as_written) {
    TempDir dir;
    const std::string passages[] = {
        "Guaran\u00ADteed",                                              // soft hyphen
        "Guar\u200Danteed",                                              // zero-width joiner
        std::string("Guaran\0teed", 11),                                 // NUL
        "Guar\u0430nteed",                                               // Cyrillic а
        "\uFF27\uFF35\uFF21\uFF32\uFF21\uFF2E\uFF34\uFF25\uFF25\uFF24",  // fullwidth
    };
    for (const auto& passage : passages) {
        SCOPED_TRACE(passage);
        const std::string copy = "Results " + passage + ".\n";
        const auto run = auditCopyFile(dir, copy);
        EXPECT_EQ(run.exitCode, 1) << run.err;
        ASSERT_TRUE(run.json.is_object());
        ASSERT_EQ(run.json["flags"].size(), 1u);
        EXPECT_EQ(run.json["flags"][0]["offset"], 8);
        EXPECT_EQ(run.json["flags"][0]["length"], passage.size());
        EXPECT_EQ(run.json["flags"][0]["text"], passage) << "the passage as written";
        EXPECT_EQ(run.json["score_bp"], 0);
    }
    // Russian copy with Cyrillic а, о, р, с, е that spells no phrase scores 100 % (exit 0).
    const auto russian = auditCopyFile(dir,
                                       "\u0413\u0430\u0440\u0430\u043D\u0442\u0438\u044F \u043D\u0430 "
                                       "\u0432\u0435\u0441\u044C \u0441\u0440\u043E\u043A.\n");
    EXPECT_EQ(russian.exitCode, 0) << russian.err;
    EXPECT_EQ(russian.json["score_bp"], 10000);
}

TEST(cli_audit_copy_encoding_test, audit_refuses_a_copy_file_it_cannot_read_as_text) {
    TempDir dir;
    const auto copy = dir.write("copy.txt", utf16(kCopy, true, false));
    const auto errFile = dir.file("err.txt");
    const auto run =
        runCli("audit " + quotedSample() + " --today 2026-11-30 --partner p_greenacre --copy '" + copy + "'",
               errFile);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(sc::test::readText(errFile).find("looks like UTF-16LE"), std::string::npos);
    const auto marked = dir.write("marked.txt", utf16(kCopy, true, true));
    const auto withMark = runCli("audit " + quotedSample() +
                                 " --today 2026-11-30 --partner p_greenacre --copy '" + marked + "'");
    EXPECT_EQ(withMark.exitCode, 1);
    EXPECT_NE(withMark.out.find("\"GUARANTEED\""), std::string::npos) << withMark.out;
}
