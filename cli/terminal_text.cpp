#include "terminal_text.h"

namespace sc::cli {

std::string terminalSafe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            const bool control = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F;
            out += control ? '?' : static_cast<char>(c);
            ++i;
            continue;
        }
        const std::size_t n = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        bool valid = n > 0 && i + n <= text.size();
        unsigned cp = n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
        for (std::size_t k = 1; valid && k < n; ++k) {
            const auto b = static_cast<unsigned char>(text[i + k]);
            valid = (b >> 6) == 0x2;
            cp = (cp << 6) | (b & 0x3F);
        }
        // Overlong forms could smuggle a control past the checks below: not valid either.
        valid = valid && cp >= (n == 2 ? 0x80u : n == 3 ? 0x800u : 0x10000u) && cp <= 0x10FFFF;
        if (!valid) {
            out += '?';
            ++i;
            continue;
        }
        const bool c1 = cp >= 0x80 && cp <= 0x9F;
        const bool bidi = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
        if (c1 || bidi) out += '?';
        else out.append(text.data() + i, n);
        i += n;
    }
    return out;
}

TerminalSafeBuffer::int_type TerminalSafeBuffer::overflow(int_type c) {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    const char ch = traits_type::to_char_type(c);
    xsputn(&ch, 1);
    return c;
}

std::streamsize TerminalSafeBuffer::xsputn(const char* s, std::streamsize n) {
    m_line.append(s, static_cast<std::size_t>(n));
    // Pass on every complete line; keep the rest until its newline or a flush.
    const auto lastNewline = m_line.rfind('\n');
    if (lastNewline != std::string::npos) {
        const std::string safe = terminalSafe(std::string_view(m_line).substr(0, lastNewline + 1));
        m_target->sputn(safe.data(), static_cast<std::streamsize>(safe.size()));
        m_line.erase(0, lastNewline + 1);
    }
    return n;
}

int TerminalSafeBuffer::sync() {
    if (!m_line.empty()) {
        const std::string safe = terminalSafe(m_line);
        m_target->sputn(safe.data(), static_cast<std::streamsize>(safe.size()));
        m_line.clear();
    }
    return m_target->pubsync();
}

}  // namespace sc::cli
