#include "import/csv_parser.h"

namespace sc::csv {
namespace {

bool isLineEnd(char c) { return c == '\n' || c == '\r'; }

// Steps over one line end (CRLF, LF or a lone CR, as old Mac exports write).
std::size_t skipLineEnd(std::string_view text, std::size_t pos) {
    if (text[pos] == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') return pos + 2;
    return pos + 1;
}

std::string hexByte(unsigned char b) {
    const char* digits = "0123456789ABCDEF";
    return std::string("0x") + digits[b >> 4] + digits[b & 0xF];
}

// NUL bytes and broken UTF-8 are refused with the character position inside the cell.
std::optional<std::string> checkFieldText(const std::string& field) {
    for (std::size_t i = 0; i < field.size(); ++i)
        if (field[i] == '\0')
            return "the cell holds a NUL byte (character " + std::to_string(i + 1) +
                   "); the file is binary or not a text export";
    if (auto bad = firstInvalidUtf8(field)) {
        std::size_t chars = 0;
        for (std::size_t i = 0; i < *bad; ++i)
            if ((static_cast<unsigned char>(field[i]) & 0xC0) != 0x80) ++chars;
        return "byte " + hexByte(static_cast<unsigned char>(field[*bad])) + " at character " +
               std::to_string(chars + 1) + " of the cell is not UTF-8; save the file as \"CSV UTF-8\"";
    }
    return std::nullopt;
}

}  // namespace

RecordReader::RecordReader(std::string_view text, char delimiter) : m_text(text), m_delimiter(delimiter) {}

RecordReader::Status RecordReader::next(Record& out) {
    if (m_failed) return Status::Failed;
    if (!m_started) {
        m_started = true;
        if (m_text.size() >= 2 &&
            ((m_text[0] == '\xFF' && m_text[1] == '\xFE') || (m_text[0] == '\xFE' && m_text[1] == '\xFF'))) {
            m_error = {1, 0, "the file is UTF-16 text; save it as \"CSV UTF-8\" instead"};
            m_failed = true;
            return Status::Failed;
        }
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF") m_pos = 3;
    }
    while (m_pos < m_text.size()) {
        Record record;
        if (!readRecord(record)) {
            m_failed = true;
            return Status::Failed;
        }
        const bool blank = record.fields.size() == 1 && record.fields[0].empty() && !m_lastQuoted;
        if (!blank) {
            out = std::move(record);
            return Status::Record;
        }
    }
    return Status::End;
}

// Reads one record and the line end after it.
bool RecordReader::readRecord(Record& record) {
    record.line = m_line;
    for (;;) {
        const std::size_t column = record.fields.size() + 1;
        record.fieldLines.push_back(m_line);
        std::string field;
        if (!readField(field, column)) return false;
        if (auto problem = checkFieldText(field)) {
            m_error = {record.fieldLines.back(), column, *problem};
            return false;
        }
        record.fields.push_back(std::move(field));
        if (m_pos < m_text.size() && m_text[m_pos] == m_delimiter) {
            ++m_pos;
            continue;
        }
        if (m_pos < m_text.size()) {
            m_pos = skipLineEnd(m_text, m_pos);
            ++m_line;
        }
        return true;
    }
}

bool RecordReader::readField(std::string& field, std::size_t column) {
    m_lastQuoted = m_pos < m_text.size() && m_text[m_pos] == '"';
    if (!m_lastQuoted) {
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && !isLineEnd(m_text[m_pos])) {
            if (m_text[m_pos] == '"') {
                m_error = {m_line, column,
                           "a quote inside an unquoted cell; put the whole cell in quotes and double the "
                           "quote (\"\")"};
                return false;
            }
            ++m_pos;
        }
        field.assign(m_text.substr(start, m_pos - start));
        return true;
    }
    const std::size_t openLine = m_line;
    ++m_pos;
    for (;;) {
        if (m_pos >= m_text.size()) {
            m_error = {openLine, column, "the quoted cell that starts here is never closed (a missing \")"};
            return false;
        }
        const char c = m_text[m_pos];
        if (c == '"') {
            if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                field += '"';
                m_pos += 2;
                continue;
            }
            ++m_pos;
            break;
        }
        if (isLineEnd(c)) {
            field += '\n';
            m_pos = skipLineEnd(m_text, m_pos);
            ++m_line;
            continue;
        }
        field += c;
        ++m_pos;
    }
    if (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && !isLineEnd(m_text[m_pos])) {
        m_error = {m_line, column,
                   "text after the closing quote of a quoted cell; double a quote inside a cell (\"\")"};
        return false;
    }
    return true;
}

Table parse(std::string_view text, char delimiter, std::size_t maxRecords) {
    Table table;
    RecordReader reader(text, delimiter);
    Record record;
    while (maxRecords == 0 || table.records.size() < maxRecords) {
        const RecordReader::Status status = reader.next(record);
        if (status == RecordReader::Status::Failed) {
            table.error = reader.error();
            return table;
        }
        if (status == RecordReader::Status::End) break;
        table.records.push_back(std::move(record));
    }
    table.ok = true;
    return table;
}

std::string delimiterName(char delimiter) {
    if (delimiter == '\t') return "tab";
    return std::string("'") + delimiter + "'";
}

DelimiterGuess detectDelimiter(std::string_view text) {
    constexpr std::size_t kSniffRecords = 20;
    struct Candidate {
        char delimiter;
        std::size_t columns = 0;
        bool consistent = false;
    };
    std::vector<Candidate> candidates = {{','}, {';'}, {'\t'}};
    for (auto& c : candidates) {
        const Table t = parse(text, c.delimiter, kSniffRecords);
        if (!t.ok || t.records.empty()) continue;
        c.columns = t.records[0].fields.size();
        c.consistent = c.columns > 1;
        for (const auto& r : t.records) c.consistent = c.consistent && r.fields.size() == c.columns;
    }
    // Consistent candidates first; among them (or else among all) the most header columns.
    for (bool wantConsistent : {true, false}) {
        const Candidate* best = nullptr;
        bool tie = false;
        for (const auto& c : candidates) {
            if ((wantConsistent && !c.consistent) || c.columns < 2) continue;
            if (!best || c.columns > best->columns) {
                best = &c;
                tie = false;
            } else if (c.columns == best->columns) {
                tie = true;
            }
        }
        if (best && tie)
            return {std::nullopt,
                    "cannot tell the delimiter: more than one of ',', ';' and tab splits the header into " +
                        std::to_string(best->columns) + " columns; pass --delimiter"};
        if (best) return {best->delimiter, ""};
    }
    // One column (or an empty file): nothing to tell apart, so any delimiter reads it the same.
    return {',', ""};
}

std::optional<std::size_t> firstInvalidUtf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) len = 2;
        else if (b == 0xE0) len = 3, lo = 0xA0;
        else if (b == 0xED) len = 3, hi = 0x9F;  // no UTF-16 surrogates
        else if (b >= 0xE1 && b <= 0xEF) len = 3;
        else if (b == 0xF0) len = 4, lo = 0x90;
        else if (b == 0xF4) len = 4, hi = 0x8F;  // nothing above U+10FFFF
        else if (b >= 0xF1 && b <= 0xF3) len = 4;
        else return i;
        if (i + 1 >= n || s[i + 1] < lo || s[i + 1] > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if (i + k >= n || (s[i + k] & 0xC0) != 0x80) return i;
        i += len;
    }
    return std::nullopt;
}

}  // namespace sc::csv
