#include "format/row_chunks.h"

#include "format/duplicate_keys.h"

namespace sc {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A small cursor over JSON text: just enough structure to find the top-level tables' rows.
// Every step stops at the end of the text.
class Cursor {
  public:
    explicit Cursor(std::string_view text) : m_text(text) {}

    std::size_t pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    void skipSpace() {
        while (!atEnd() && isSpace(m_text[m_pos])) ++m_pos;
    }
    bool take(char c) {
        skipSpace();
        if (peek() != c) return false;
        ++m_pos;
        return true;
    }
    // A string at the cursor: its body (between the quotes, escapes as written).
    bool string(std::string_view& body) {
        skipSpace();
        if (peek() != '"') return false;
        const std::size_t end = jsonStringEnd(m_text, m_pos);
        if (end >= m_text.size()) return false;
        body = m_text.substr(m_pos + 1, end - m_pos - 1);
        m_pos = end + 1;
        return true;
    }
    // Steps over one value of any kind (brackets counted, strings skipped whole).
    bool skipValue() {
        skipSpace();
        if (atEnd()) return false;
        std::size_t depth = 0;
        do {
            const char c = m_text[m_pos];
            if (c == '"') {
                std::string_view ignored;
                if (!string(ignored)) return false;
                continue;
            }
            if (c == '{' || c == '[') ++depth;
            else if (c == '}' || c == ']') {
                if (depth == 0) return true;  // the end of the enclosing list or object
                --depth;
            } else if (depth == 0 && (c == ',' || isSpace(c))) return true;
            ++m_pos;
        } while (depth > 0 && !atEnd());
        if (depth > 0) return false;
        // A scalar (number, true, false, null) runs to the next delimiter.
        while (!atEnd() && m_text[m_pos] != ',' && m_text[m_pos] != '}' && m_text[m_pos] != ']' &&
               !isSpace(m_text[m_pos]))
            ++m_pos;
        return true;
    }

  private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

// The list at the cursor, cut every `rowsPerChunk` rows; false when it is not a well-formed list.
bool cutRows(Cursor& in, std::size_t rowsPerChunk, RowChunks& out) {
    in.skipSpace();
    if (in.peek() != '[') return false;
    out.cuts.push_back(in.pos());
    in.take('[');
    in.skipSpace();
    if (in.peek() == ']') {
        out.cuts.push_back(in.pos());
        out.rows.push_back(0);
        in.take(']');
        return true;
    }
    std::size_t inChunk = 0;
    for (;;) {
        if (!in.skipValue()) return false;
        ++inChunk;
        in.skipSpace();
        if (in.peek() == ']') {
            out.cuts.push_back(in.pos());
            out.rows.push_back(inChunk);
            in.take(']');
            return true;
        }
        if (in.peek() != ',') return false;
        if (inChunk == rowsPerChunk) {
            out.cuts.push_back(in.pos());
            out.rows.push_back(inChunk);
            inChunk = 0;
        }
        in.take(',');
    }
}

}  // namespace

std::vector<RowChunks> findRowChunks(std::string_view text, std::size_t rowsPerChunk) {
    std::vector<RowChunks> found;
    if (rowsPerChunk == 0) return found;
    Cursor in(text);
    if (!in.take('{')) return found;
    std::string_view key;
    while (in.string(key)) {
        if (!in.take(':')) return found;
        in.skipSpace();
        if (in.peek() == '{' && key.find('\\') == std::string_view::npos) {
            // A table candidate: look for its "rows" among its members.
            in.take('{');
            std::string_view member;
            while (in.string(member)) {
                if (!in.take(':')) return found;
                in.skipSpace();
                if (member == "rows" && in.peek() == '[') {
                    RowChunks rows;
                    rows.table = std::string(key);
                    if (!cutRows(in, rowsPerChunk, rows)) return found;
                    if (rows.rows.size() > 1) found.push_back(std::move(rows));
                } else if (!in.skipValue()) return found;
                if (!in.take(',')) break;
            }
            if (!in.take('}')) return found;
        } else if (!in.skipValue()) return found;
        if (!in.take(',')) break;
    }
    return found;
}

}  // namespace sc
