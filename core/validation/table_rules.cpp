// Rule family: the large tables (deals, registrations, reports, KPI records, pulse answers,
// pair observations). Findings point at one cell ("/deals/rows/5/6"), so a person can find
// the value in a file of a million rows. Pointers and names are built only for a failing
// cell: a clean million-row table costs a comparison per cell, not a string.
#include "validation/range_checks.h"

namespace sc::rules {
namespace {

bool isRateKpi(const std::string& kpi) { return kpi != "escalation_frequency"; }

template <class Row>
void cellNonNegative(FindingSink& sink, const char* table, std::size_t i, const char* column,
                     const char* kind, const Row& row, const char* what, std::int64_t value) {
    if (value < 0) nonNegative(sink, tableCell(table, i, column), rowName(kind, row, i), what, value);
}

template <class Row>
void cellShare(FindingSink& sink, const char* table, std::size_t i, const char* column,
               const std::string& owner, const char* what, std::int64_t bp) {
    if (bp < 0 || bp > 10000) shareBp(sink, tableCell(table, i, column), owner, what, bp);
}

}  // namespace

void checkTables(const Document& doc, FindingSink& sink) {
    for (std::size_t i = 0; i < doc.deals.size(); ++i) {
        const Deal& d = doc.deals[i];
        cellNonNegative(sink, "deals", i, "quantity", "deal", d, "quantity", d.quantity);
        cellNonNegative(sink, "deals", i, "list_price_minor", "deal", d, "list price", d.listPriceMinor);
        cellNonNegative(sink, "deals", i, "quoted_price_minor", "deal", d, "quoted price",
                        d.quotedPriceMinor);
        if (d.discountBp < 0 || d.discountBp > 10000)
            cellShare<Deal>(sink, "deals", i, "discount_bp", rowName("deal", d, i), "discount", d.discountBp);
    }
    for (std::size_t i = 0; i < doc.kpiRecords.size(); ++i) {
        const KpiRecord& k = doc.kpiRecords[i];
        const bool rate = isRateKpi(k.kpi);
        if ((rate && (k.value < 0 || k.value > 10000)) || (!rate && k.value < 0)) {
            const std::string owner = rowName("KPI record", k, i) + " (" + k.kpi + ", " + k.period + ")";
            if (rate) shareBp(sink, tableCell("kpi_records", i, "value"), owner, "value", k.value);
            else nonNegative(sink, tableCell("kpi_records", i, "value"), owner, "count", k.value);
        }
    }
    for (std::size_t i = 0; i < doc.pulseAnswers.size(); ++i) {
        const PulseAnswer& a = doc.pulseAnswers[i];
        if (a.score < 1 || a.score > 5)
            sink.error(tableCell("pulse_answers", i, "score"),
                       rowName("pulse answer", a, i) + " has the score " + std::to_string(a.score) +
                           "; pulse scores run from 1 to 5");
    }
    const char* t = "pair_observations";
    const char* kind = "pair observation";
    for (std::size_t i = 0; i < doc.pairObservations.size(); ++i) {
        const PairObservation& o = doc.pairObservations[i];
        cellNonNegative(sink, t, i, "visitors", kind, o, "number of visitors", o.visitors);
        cellNonNegative(sink, t, i, "leads", kind, o, "number of leads", o.leads);
        cellNonNegative(sink, t, i, "conversions", kind, o, "number of conversions", o.conversions);
        cellNonNegative(sink, t, i, "revenue_minor", kind, o, "revenue", o.revenueMinor);
        cellNonNegative(sink, t, i, "complaints", kind, o, "number of complaints", o.complaints);
        // Conversions can come from untracked visits, so this is suspicious rather than impossible.
        if (o.visitors > 0 && o.conversions > o.visitors)
            sink.warning(tableCell(t, i, "conversions"),
                         rowName(kind, o, i) + " has more conversions (" + std::to_string(o.conversions) +
                             ") than visitors (" + std::to_string(o.visitors) +
                             "); check that both count the same period");
    }
}

}  // namespace sc::rules
