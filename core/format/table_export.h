// Any row-layout table of a document (deals, deal_registrations, report_submissions,
// kpi_records, pulse_answers, pair_observations) as CSV with a header row: the file's column
// names and values exactly as the file holds them (money in minor units under its `_minor`
// column, rates in basis points under `_bp`), so nothing is rescaled on the way out.
#pragma once

#include <string>

#include "model/document.h"

namespace sc {

struct TableExport {
    bool ok = false;
    std::string error;  // an unknown table, naming the ones there are
    std::string csv;
    std::size_t rows = 0;
};

TableExport exportTableCsv(const Document& doc, const std::string& table);

}  // namespace sc
