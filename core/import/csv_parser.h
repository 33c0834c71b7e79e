// An RFC 4180 CSV reader over a string: quoted fields with doubled quotes and line breaks,
// CRLF/LF/CR line ends, a UTF-8 byte order mark. Every record and field keeps the line it
// starts on, so later messages can name the place. The first malformed spot (an unclosed
// quote, a NUL byte, bytes that are not UTF-8) stops reading with its line and column.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sc::csv {

struct Record {
    std::size_t line = 0;  // 1-based line the record starts on
    std::vector<std::string> fields;
    std::vector<std::size_t> fieldLines;  // the line each field starts on (embedded newlines)
};

// "Column" in every message is the field's position in its record (1 = first), as a
// spreadsheet numbers columns; 0 when the problem is not in one field.
struct Error {
    std::size_t line = 0;
    std::size_t column = 0;
    std::string message;
};

struct Table {
    bool ok = false;
    std::vector<Record> records;  // blank lines are skipped; quoted line breaks become "\n"
    Error error;                  // when !ok
};

// Reads `text` one record at a time, so a long file can be read in steps between frames.
// `text` must outlive the reader.
class RecordReader {
  public:
    enum class Status { Record, End, Failed };

    RecordReader(std::string_view text, char delimiter);

    // The next non-blank record into `out`; End after the last; Failed at the first malformed
    // spot (then error() says where, and every later call fails again).
    Status next(Record& out);
    const Error& error() const { return m_error; }
    // Bytes read so far, for progress (text().size() at the end).
    std::size_t offset() const { return m_pos; }
    std::string_view text() const { return m_text; }

  private:
    bool readRecord(Record& record);
    bool readField(std::string& field, std::size_t column);

    std::string_view m_text;
    char m_delimiter;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
    bool m_lastQuoted = false;
    bool m_started = false;
    bool m_failed = false;
    Error m_error;
};

// Reads every record of `text`, split on `delimiter` (',', ';' or '\t').
// `maxRecords` > 0 stops after that many (used to sniff the delimiter cheaply).
Table parse(std::string_view text, char delimiter, std::size_t maxRecords = 0);

struct DelimiterGuess {
    std::optional<char> delimiter;
    std::string error;  // why none could be chosen (when delimiter is empty)
};

// Picks ',', ';' or tab: the candidate that splits the header into the most columns while
// the first rows have the same number of cells. Refuses a tie between candidates.
DelimiterGuess detectDelimiter(std::string_view text);

// How a delimiter is named in messages: "','", "';'", "tab".
std::string delimiterName(char delimiter);

// Byte offset of the first byte that does not start or continue well-formed UTF-8
// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF); nullopt when valid.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

}  // namespace sc::csv
