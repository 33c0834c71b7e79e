#include "import/import_hints.h"

#include <map>

namespace sc::csv {
namespace {

using Hints = std::map<std::string, std::vector<ColumnHint>>;  // table -> its hints

ColumnHint words(std::string column, std::vector<std::string> synonyms) {
    return {std::move(column), std::move(synonyms), {}, false, std::nullopt};
}
ColumnHint requiredWords(std::string column, std::vector<std::string> synonyms) {
    ColumnHint h = words(std::move(column), std::move(synonyms));
    h.required = true;
    return h;
}
ColumnHint notes() { return words("notes", {"note", "comments", "comment", "remarks"}); }
std::vector<std::string> partnerNames() {
    return {"partner", "partner_name", "partner_code", "reseller", "dealer", "channel_partner"};
}
std::vector<std::string> accountNames() {
    return {"customer", "account_name", "customer_name", "client", "company", "end_customer"};
}
std::vector<std::string> territoryNames() { return {"territory", "territory_name", "region"}; }

Hints buildHints() {
    Hints h;
    std::vector<std::string> dealAccount = accountNames();
    dealAccount.push_back("account_id");
    ColumnHint outcome = words("outcome", {"stage", "status", "result"});
    outcome.spellings = {{"closed_won", "won"}, {"closed_lost", "lost"}, {"in_progress", "open"}};
    h["deals"] = {
        words("id", {"deal_id", "opportunity_id", "deal_number", "deal_no"}),
        words("name", {"deal_name", "opportunity_name", "opportunity", "title"}),
        words("partner_id", partnerNames()),
        requiredWords("account", dealAccount),
        words("sku", {"product", "product_code", "item", "part_number"}),
        words("territory_id", territoryNames()),
        words("quantity", {"qty", "units", "unit_count"}),
        words("list_price_minor", {"list_price", "unit_list_price", "list", "msrp"}),
        words("quoted_price_minor",
              {"quoted_price", "unit_price", "net_price", "sell_price", "quote", "price"}),
        words("discount_bp", {"discount", "discount_pct", "discount_percent", "discount_percentage", "disc"}),
        words("approved", {"discount_approved", "approval"}),
        outcome,
        words("closed_on", {"close_date", "closed_date", "date_closed", "closed", "closing_date", "date"}),
        notes(),
    };
    ColumnHint status = words("status", {"registration_status", "approval_status"});
    status.spellings = {{"declined", "rejected"}};
    h["deal_registrations"] = {
        words("id", {"registration_id", "reg_id", "registration_number"}),
        words("name", {"title"}),
        words("partner_id", partnerNames()),
        requiredWords("account", accountNames()),
        words("territory_id", territoryNames()),
        words("registered_on", {"registration_date", "date_registered", "registered", "date"}),
        status,
        notes(),
    };
    h["report_submissions"] = {
        words("id", {"report_id", "submission_id"}),
        words("name", {"title"}),
        words("partner_id", partnerNames()),
        requiredWords("period", {"month", "reporting_period", "report_month"}),
        words("due_on", {"due_date", "due"}),
        words("submitted_on", {"submission_date", "date_submitted", "submitted", "received_on", "received"}),
        words("format_ok", {"format_correct", "correct_format", "right_format", "format"}),
        notes(),
    };
    ColumnHint kpi = words("kpi", {"metric", "kpi_name", "measure", "indicator"});
    kpi.spellings = {{"escalations", "escalation_frequency"}};
    // A rate in percent, a count for escalation_frequency: decided per row by its KPI.
    ColumnHint value = requiredWords("value", {"value_bp", "score", "actual", "result"});
    value.kind = CellKind::KpiValue;
    h["kpi_records"] = {
        words("id", {"kpi_id", "record_id"}),
        words("name", {"title"}),
        words("partner_id", partnerNames()),
        words("period", {"month", "reporting_period"}),
        kpi,
        value,
        notes(),
    };
    h["price_book"] = {
        words("id", {"price_id", "entry_id"}),
        words("name", {"description", "product_name", "item_name", "product_description"}),
        words("sku", {"product", "product_code", "item", "item_code", "part_number"}),
        words("list_price_minor", {"unit_list_price", "list", "msrp", "rrp", "price"}),
        words("floor_price_minor", {"floor", "minimum_price", "min_price", "price_floor", "lowest_price"}),
        notes(),
    };
    h["discount_bands"] = {
        words("id", {"band_id"}),
        words("name", {"band", "band_name"}),
        words("tier", {"partner_tier", "level", "partner_level"}),
        words("max_discount_bp",
              {"max_discount", "maximum", "max", "discount_cap", "max_discount_pct", "max_discount_percent"}),
        words("approval_above_bp", {"approval_above", "approval_threshold", "approval_level",
                                    "needs_approval_above", "approval_from"}),
        notes(),
    };
    ColumnHint partnerStatus = words("status", {"partner_status"});
    partnerStatus.spellings = {{"on_hold", "paused"}, {"terminated", "ended"}};
    h["partners"] = {
        words("id", {"partner_code", "code"}),
        words("name", {"partner", "company", "company_name"}),
        words("tier", {"partner_tier", "level"}),
        words("territory_id", {"territory_name", "region"}),
        words("channel_id", {"channel_name"}),
        words("approved_segment_ids", {"segments"}),
        words("approved_channel_ids", {"channels"}),
        words("goals", {"goal"}),
        words("roles", {"responsibilities"}),
        words("escalation_path", {"escalation", "escalations"}),
        words("joined_on", {"joined", "join_date", "start_date", "partner_since", "since"}),
        partnerStatus,
        notes(),
    };
    h["territories"] = {
        words("id", {"territory_code", "code"}),
        words("name", {"territory"}),
        words("regions", {"region", "states", "countries", "areas"}),
        notes(),
    };
    return h;
}

}  // namespace

const ColumnHint* importHint(const std::string& table, const std::string& column) {
    static const Hints hints = buildHints();
    const auto t = hints.find(table);
    if (t == hints.end()) return nullptr;
    for (const auto& hint : t->second)
        if (hint.column == column) return &hint;
    return nullptr;
}

}  // namespace sc::csv
