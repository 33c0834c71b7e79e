#include "import/column_mapping.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "import/cell_values.h"

namespace sc::csv {
namespace {

using Choices = std::vector<std::pair<std::string, std::string>>;

ColumnSpec col(std::string column, CellKind kind, bool required, std::vector<std::string> synonyms,
               Choices choices = {}) {
    synonyms.insert(synonyms.begin(), column);  // the document's own name always matches, first
    return {std::move(column), kind, required, std::move(synonyms), std::move(choices)};
}

ColumnSpec notes() { return col("notes", CellKind::Text, false, {"note", "comments", "comment", "remarks"}); }

std::vector<std::string> partnerNames() {
    return {"partner", "partner_name", "partner_code", "reseller", "dealer", "channel_partner"};
}

std::vector<TableSpec> buildTables() {
    std::vector<TableSpec> tables;
    tables.push_back(
        {"deals",
         "deal",
         {
             col("id", CellKind::Id, false, {"deal_id", "opportunity_id", "deal_number", "deal_no"}),
             col("name", CellKind::Text, false, {"deal_name", "opportunity_name", "opportunity", "title"}),
             col("partner_id", CellKind::Partner, true, partnerNames()),
             col("account", CellKind::Text, true,
                 {"customer", "account_name", "customer_name", "client", "company", "end_customer",
                  "account_id"}),
             col("sku", CellKind::Text, false, {"product", "product_code", "item", "part_number"}),
             col("territory_id", CellKind::Territory, false, {"territory", "territory_name", "region"}),
             col("quantity", CellKind::Count, false, {"qty", "units", "unit_count"}),
             col("list_price_minor", CellKind::Money, false,
                 {"list_price", "unit_list_price", "list", "msrp"}),
             col("quoted_price_minor", CellKind::Money, false,
                 {"quoted_price", "unit_price", "net_price", "sell_price", "quote", "price"}),
             col("discount_bp", CellKind::Percent, false,
                 {"discount", "discount_pct", "discount_percent", "discount_percentage", "disc"}),
             col("approved", CellKind::YesNo, false, {"discount_approved", "approval"}),
             col("outcome", CellKind::Choice, false, {"stage", "status", "result"},
                 {{"open", "open"},
                  {"won", "won"},
                  {"lost", "lost"},
                  {"closed_won", "won"},
                  {"closed_lost", "lost"},
                  {"in_progress", "open"}}),
             col("closed_on", CellKind::Date, false,
                 {"close_date", "closed_date", "date_closed", "closed", "closing_date", "date"}),
             notes(),
         }});
    tables.push_back(
        {"deal_registrations",
         "deal registration",
         {
             col("id", CellKind::Id, false, {"registration_id", "reg_id", "registration_number"}),
             col("name", CellKind::Text, false, {"title"}),
             col("partner_id", CellKind::Partner, true, partnerNames()),
             col("account", CellKind::Text, true,
                 {"customer", "account_name", "customer_name", "client", "company", "end_customer"}),
             col("territory_id", CellKind::Territory, false, {"territory", "territory_name", "region"}),
             col("registered_on", CellKind::Date, false,
                 {"registration_date", "date_registered", "registered", "date"}),
             col("status", CellKind::Choice, false, {"registration_status", "approval_status"},
                 {{"pending", "pending"},
                  {"approved", "approved"},
                  {"rejected", "rejected"},
                  {"declined", "rejected"}}),
             notes(),
         }});
    tables.push_back({"report_submissions",
                      "report submission",
                      {
                          col("id", CellKind::Id, false, {"report_id", "submission_id"}),
                          col("name", CellKind::Text, false, {"title"}),
                          col("partner_id", CellKind::Partner, true, partnerNames()),
                          col("period", CellKind::Month, true, {"month", "reporting_period", "report_month"}),
                          col("due_on", CellKind::Date, false, {"due_date", "due"}),
                          col("submitted_on", CellKind::Date, false,
                              {"submission_date", "date_submitted", "submitted", "received_on", "received"}),
                          col("format_ok", CellKind::YesNo, false,
                              {"format_correct", "correct_format", "right_format", "format"}),
                          notes(),
                      }});
    tables.push_back(
        {"kpi_records",
         "KPI record",
         {
             col("id", CellKind::Id, false, {"kpi_id", "record_id"}),
             col("name", CellKind::Text, false, {"title"}),
             col("partner_id", CellKind::Partner, true, partnerNames()),
             col("period", CellKind::Month, true, {"month", "reporting_period"}),
             col("kpi", CellKind::Choice, true, {"metric", "kpi_name", "measure", "indicator"},
                 {{"message_consistency", "message_consistency"},
                  {"pricing_accuracy", "pricing_accuracy"},
                  {"reporting_compliance", "reporting_compliance"},
                  {"feedback_participation", "feedback_participation"},
                  {"escalation_frequency", "escalation_frequency"},
                  {"escalations", "escalation_frequency"}}),
             col("value", CellKind::KpiValue, true, {"value_bp", "score", "actual", "result"}),
             col("source", CellKind::Choice, false, {}, {{"manual", "manual"}, {"computed", "computed"}}),
             notes(),
         }});
    return tables;
}

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string quotedList(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + quoteCell(item);
    return out.empty() ? "(none)" : out;
}

std::string columnList(const TableSpec& table) {
    std::string out;
    for (const auto& c : table.columns)
        out += (out.empty() ? "" : ", ") + c.column + (c.required ? " (required)" : "");
    return out;
}

}  // namespace

const std::vector<TableSpec>& importTables() {
    static const std::vector<TableSpec> tables = buildTables();
    return tables;
}

const TableSpec* findImportTable(const std::string& table) {
    for (const auto& t : importTables())
        if (t.table == table) return &t;
    return nullptr;
}

std::string normaliseHeader(std::string_view header) {
    std::string out;
    bool gap = false;
    for (unsigned char c : header) {
        if (std::isalnum(c) || c >= 0x80) {  // letters of other scripts are kept as they are
            if (gap && !out.empty()) out += '_';
            out += static_cast<char>(std::tolower(c));
            gap = false;
        } else {
            gap = true;
        }
    }
    return out;
}

namespace {
// "price_in_cents" -> "price", "discount_bp" -> "discount": the header without the unit it names.
std::string withoutUnit(const std::string& normalHeader) {
    for (const char* unit : {"_in_cents", "_cents", "_minor", "_in_basis_points", "_basis_points", "_bp"}) {
        const std::string u = unit;
        if (endsWith(normalHeader, u) && normalHeader.size() > u.size())
            return normalHeader.substr(0, normalHeader.size() - u.size());
    }
    return normalHeader;
}
}  // namespace

// Whether the cells are in the stored unit is what the header says, for the kind of the column
// it fills: "price_cents", "Price (cents)", "price in cents", "list_price_minor" hold minor
// units; "discount_bp", "Discount (basis points)" basis points. Decided per target kind, so a
// header mapped with --map onto another column keeps the unit it names (395090 cents stays
// 3,950.90, never 395,090.00).
bool headerNamesStoredUnit(const std::string& normalHeader, CellKind kind) {
    if (kind == CellKind::Money)
        return endsWith(normalHeader, "_minor") || endsWith(normalHeader, "_cents") ||
               normalHeader == "cents" || normalHeader == "minor";
    if (kind == CellKind::Percent || kind == CellKind::KpiValue)
        return endsWith(normalHeader, "_bp") || endsWith(normalHeader, "_basis_points") ||
               normalHeader == "bp";
    return false;
}

ColumnMapping mapColumns(const TableSpec& table, const std::vector<std::string>& headers,
                         const std::vector<std::pair<std::string, std::string>>& overrides) {
    ColumnMapping result;
    std::vector<std::string> normal;
    for (const auto& h : headers) normal.push_back(normaliseHeader(h));

    // Each column's claim: (rank, csv index); lower rank = earlier synonym = better.
    std::map<std::size_t, std::pair<std::size_t, std::size_t>> claims;  // spec index -> claim
    std::vector<bool> used(headers.size(), false);
    constexpr std::size_t kOverride = 0;  // an override outranks every synonym
    for (const auto& [header, column] : overrides) {
        const auto at = std::find(normal.begin(), normal.end(), normaliseHeader(header));
        if (at == normal.end()) {
            result.error = "--map names the header " + quoteCell(header) +
                           ", but the file has no such column; its headers: " + quotedList(headers);
            return result;
        }
        const std::size_t index = static_cast<std::size_t>(at - normal.begin());
        if (column == kIgnoreColumn) {  // read into nothing, even if its name would match
            used[index] = true;
            continue;
        }
        // A named copy: C++17 lambdas cannot capture a structured binding (clang refuses it).
        const std::string& wanted = column;
        const auto spec = std::find_if(table.columns.begin(), table.columns.end(),
                                       [&](const ColumnSpec& c) { return c.column == wanted; });
        if (spec == table.columns.end()) {
            result.error = "--map \"" + header + "=" + column + "\": " + table.table + " has no column \"" +
                           column + "\"; its columns: " + columnList(table) + " (or - to ignore the header)";
            return result;
        }
        claims[static_cast<std::size_t>(spec - table.columns.begin())] = {kOverride, index};
        used[index] = true;
    }
    for (std::size_t i = 0; i < headers.size(); ++i) {
        if (used[i] || normal[i].empty()) continue;
        for (std::size_t s = 0; s < table.columns.size(); ++s) {
            const auto& syn = table.columns[s].synonyms;
            auto hit = std::find(syn.begin(), syn.end(), normal[i]);
            // "list_price_cents" is the list price in cents: the name without its unit matches.
            if (hit == syn.end() && headerNamesStoredUnit(normal[i], table.columns[s].kind))
                hit = std::find(syn.begin(), syn.end(), withoutUnit(normal[i]));
            if (hit == syn.end()) continue;
            const std::size_t rank = 1 + static_cast<std::size_t>(hit - syn.begin());
            auto existing = claims.find(s);
            if (existing == claims.end() || rank < existing->second.first) {
                claims[s] = {rank, i};
            } else if (rank == existing->second.first) {
                result.error = "the headers " + quoteCell(headers[existing->second.second]) + " (column " +
                               std::to_string(existing->second.second + 1) + ") and " +
                               quoteCell(headers[i]) + " (column " + std::to_string(i + 1) + ") both mean " +
                               table.columns[s].column +
                               "; choose one with --map \"HEADER=" + table.columns[s].column + "\"";
                return result;
            }
            break;
        }
    }
    std::vector<bool> mapped(headers.size(), false);
    std::vector<std::string> missing;
    for (std::size_t s = 0; s < table.columns.size(); ++s) {
        const auto claim = claims.find(s);
        if (claim == claims.end()) {
            if (table.columns[s].required) missing.push_back(table.columns[s].column);
            continue;
        }
        const std::size_t index = claim->second.second;
        mapped[index] = true;
        result.columns.push_back({index, headers[index], &table.columns[s],
                                  headerNamesStoredUnit(normal[index], table.columns[s].kind)});
    }
    if (!missing.empty()) {
        std::string expected;
        for (const auto& name : missing) {
            const ColumnSpec& spec = *std::find_if(table.columns.begin(), table.columns.end(),
                                                   [&](const ColumnSpec& c) { return c.column == name; });
            expected += (expected.empty() ? "" : "; ") + name + " (a header such as " +
                        quotedList(std::vector<std::string>(
                            spec.synonyms.begin(),
                            spec.synonyms.begin() + std::min<std::size_t>(4, spec.synonyms.size()))) +
                        ")";
        }
        result.error = "missing required column" + std::string(missing.size() > 1 ? "s " : " ") + expected +
                       ". The file's headers: " + quotedList(headers) +
                       ". Expected (any case or spacing): " + columnList(table) +
                       "; or name a header with --map \"HEADER=column\"";
        result.columns.clear();
        return result;
    }
    for (std::size_t i = 0; i < headers.size(); ++i)
        if (!mapped[i] && !normal[i].empty()) result.ignoredHeaders.push_back(headers[i]);
    result.ok = true;
    return result;
}

}  // namespace sc::csv
