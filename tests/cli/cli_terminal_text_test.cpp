// Names and titles from a hostile file reach the terminal neutralised (issue 12, defect 7):
// no ESC/BEL/OSC 52 sequence, no C1 control and no bidi override is printed raw by the text
// outputs (stdout of validate, score...) or by the messages on stderr.
#include "cli/cli_temp_dir.h"

using sc::test::runCli;
using sc::test::TempDir;

namespace {

// The first byte sequence a terminal would act on: a C0 control other than newline and tab,
// DEL, a C1 control (U+0080-U+009F in UTF-8) or a bidi embedding/override/isolate.
std::string rawControlIn(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        const auto third = i + 2 < text.size() ? static_cast<unsigned char>(text[i + 2]) : 0;
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) return "byte " + std::to_string(c);
        if (c == 0xC2 && next >= 0x80 && next <= 0x9F) return "C1 control";
        if (c == 0xE2 && next == 0x80 && third >= 0xAA && third <= 0xAE) return "bidi override";
        if (c == 0xE2 && next == 0x81 && third >= 0xA6 && third <= 0xA9) return "bidi isolate";
    }
    return {};
}

// The validation base with a promise renamed to carry an OSC 52 clipboard write, a colour,
// a C1 CSI and a right-to-left override, and pointing to a missing segment so it is named.
std::string hostileFile() {
    std::string text = sc::test::validationBase();
    const std::string name = "\"name\": \"Try it now\"";
    EXPECT_NE(text.find(name), std::string::npos);
    text.replace(text.find(name), name.size(),
                 R"("name": "Try\u001b]52;c;aGVsbG8=\u0007 it \u001b[31mnow\u009b2J\u202egnp.exe")");
    const std::string from = "\"segment_id\": \"smb\",\n      \"text\"";
    EXPECT_NE(text.find(from), std::string::npos);
    text.replace(text.find(from), from.size(), "\"segment_id\": \"smb-x\",\n      \"text\"");
    return text;
}

}  // namespace

TEST(cli_terminal_text_test, validate_neutralises_escape_sequences_in_names) {
    TempDir dir;
    const auto file = dir.write("hostile.scorecard.json", hostileFile());
    auto run = runCli("validate '" + file + "'");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find("points to segment 'smb-x'"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Try?]52;c;aGVsbG8=? it ?[31mnow?2J?gnp.exe"), std::string::npos) << run.out;
    EXPECT_EQ(rawControlIn(run.out), "") << run.out;
}

TEST(cli_terminal_text_test, score_text_output_neutralises_escape_sequences) {
    TempDir dir;
    std::string text = hostileFile();
    const std::string title = R"("title": ")";
    ASSERT_NE(text.find(title), std::string::npos);
    text.insert(text.find(title) + title.size(), R"(\u001b]0;owned\u0007\u001b[2J)");
    const auto file = dir.write("hostile.scorecard.json", text);
    auto run = runCli("score '" + file + "'");
    EXPECT_NE(run.out, "");
    EXPECT_EQ(rawControlIn(run.out), "") << run.out;
}

TEST(cli_terminal_text_test, refusal_messages_on_stderr_are_neutralised) {
    TempDir dir;
    const auto file =
        dir.write("dup.json", R"({"schema_version": 1, "\u001b[31m\u0007": 1, "\u001b[31m\u0007": 2})");
    const std::string err = dir.file("err.txt");
    auto run = runCli("format '" + file + "'", err);
    EXPECT_EQ(run.exitCode, 1);
    const std::string message = sc::test::readText(err);
    EXPECT_NE(message.find("appears twice"), std::string::npos) << message;
    EXPECT_EQ(rawControlIn(message), "") << message;
    auto validate = runCli("validate '" + file + "'");
    EXPECT_NE(validate.out.find("appears twice"), std::string::npos) << validate.out;
    EXPECT_EQ(rawControlIn(validate.out), "") << validate.out;
}
