#include "import/csv_writer.h"

namespace sc::csv {

bool looksLikeFormula(const std::string& value) {
    if (value.empty()) return false;
    const char c = value.front();
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

std::string field(const std::string& value, bool text, char delimiter) {
    const std::string cell = text && looksLikeFormula(value) ? "'" + value : value;
    bool quote = false;
    for (const char c : cell)
        if (c == delimiter || c == '"' || c == '\n' || c == '\r') quote = true;
    if (!quote) return cell;
    std::string out = "\"";
    for (const char c : cell) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string record(const std::vector<std::string>& fields, const std::vector<bool>& isText, char delimiter) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += delimiter;
        out += field(fields[i], i < isText.size() ? isText[i] : true, delimiter);
    }
    return out + "\r\n";
}

}  // namespace sc::csv
