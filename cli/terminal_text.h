// Text for a terminal: names, titles and messages come from files that may be hostile, and an
// ESC, BEL or C1 byte in them would be obeyed by the terminal (colours, cleared screens, OSC 52
// clipboard writes), a bidi override would reorder the line. Every such character is shown as
// '?', as the CSV import messages already do; newline and tab are kept.
#pragma once

#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace sc::cli {

// `text` with every C0 control except '\n' and '\t', DEL, every C1 control (U+0080-U+009F),
// every bidi embedding, override and isolate (U+202A-U+202E, U+2066-U+2069) and every byte
// that is not valid UTF-8 replaced by '?'.
std::string terminalSafe(std::string_view text);

// An ostream filter: whatever is written to it reaches `target` through terminalSafe, a line at
// a time (a line never splits a UTF-8 character). runCli puts every command's stderr through it.
class TerminalSafeBuffer : public std::streambuf {
  public:
    explicit TerminalSafeBuffer(std::streambuf* target) : m_target(target) {}
    ~TerminalSafeBuffer() override { sync(); }

  protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

  private:
    std::streambuf* m_target;
    std::string m_line;
};

}  // namespace sc::cli
