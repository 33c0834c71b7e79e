// Converts between the Document value and its JSON tree, driven by describe.h.
// Reading never throws on a well-formed JSON tree: type errors and missing required keys
// become findings, and the offending values are kept in `extra` so they are written back.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model/document.h"
#include "validation/finding.h"

namespace sc {

// Builds the canonical tree: keys in describe order then unknown keys sorted, empty strings
// and lists omitted, large tables in the row layout. Includes "schema_version".
Json documentToJson(const Document& doc);

// The rows of one large table, left out of the tree to be written a chunk at a time (SaveJob):
// write(from, to, text) appends rows [from, to) as the canonical file's row lines
// (appendCanonicalTableRow), joined by ",\n" (none before row 0). Valid while the document lives.
struct DeferredRows {
    std::string table;
    std::size_t count = 0;
    std::function<void(std::size_t from, std::size_t to, std::string& text)> write;
};
// documentToJson, except that each table of more than `minRows` rows (and no kept rows that were
// not lists) gets an empty "rows" list and its rows go to `deferred`, in document order.
Json documentToJsonDeferringRows(const Document& doc, std::size_t minRows,
                                 std::vector<DeferredRows>& deferred);

// Fills `doc` from a tree of the current schema version. Appends type/required findings.
// Consumes the tree to keep a large file from being held twice: text values are moved into
// the document and table rows are freed once read. Afterwards only its structure and the
// tables' "columns" are left as they were (loadDocument maps finding pointers with them).
// With `ahead`, the tables it has read are taken from it (its findings where this read would
// have put them), so the result is the same as without.
class TablesReadAhead;
void documentFromJson(Json& tree, Document& doc, std::vector<Finding>& findings,
                      TablesReadAhead* ahead = nullptr);

// The large tables of a checked tree (loadDocument's), read a chunk of rows at a time before
// documentFromJson reads the rest, so that a program with frames to draw (LoadJob) is never held
// for the whole of them. Each row is consumed from the tree as it is read. Keep the tree where
// it is until documentFromJson has run.
class TablesReadAhead {
  public:
    explicit TablesReadAhead(Json& tree);
    ~TablesReadAhead();
    TablesReadAhead(const TablesReadAhead&) = delete;
    TablesReadAhead& operator=(const TablesReadAhead&) = delete;

    // Reads about `rows` more rows (at least one); true once every table is read.
    bool step(std::size_t rows);
    std::size_t rowsRead() const { return m_rowsRead; }
    std::size_t rowsTotal() const { return m_rowsTotal; }

    // For documentFromJson: the table `key` (the rest of its rows read now) into `rows`, the
    // SharedTable of that key; its findings appended to `findings`. False when not read here.
    bool takeTable(const std::string& key, void* rows, std::vector<Finding>& findings,
                   std::map<std::string, TableLeftovers>* leftovers);

    // One table being read (json_codec.cpp).
    struct Table {
        std::string key;
        std::size_t total = 0, read = 0;
        bool taken = false;
        std::function<std::size_t(std::size_t)> step;  // reads up to n more rows; how many it read
        std::function<void(void* rows, std::vector<Finding>& findings, TableLeftovers& leftovers)> finish;
    };

  private:
    std::vector<std::unique_ptr<Table>> m_tables;
    std::size_t m_current = 0, m_rowsRead = 0, m_rowsTotal = 0;
};

// The columns of a row-layout table ("deals", "kpi_records", ...) in describe() order, which
// is the order the canonical file writes them; empty for a key that is not a table.
const std::vector<std::string>& tableColumns(const std::string& table);

}  // namespace sc
