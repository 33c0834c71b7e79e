#include "format/load_job.h"

#include <utility>

#include "format/load_steps.h"
#include "validation/validate.h"
#include "workflow/money_text.h"

namespace sc {
namespace {

// Where the steps after parsing sit on the progress bar (parsing takes most of the time).
constexpr double kParsedShare = 0.7, kCheckedShare = 0.75, kReadShare = 0.9;

std::string withThousands(std::size_t n) { return groupedDecimal(static_cast<MinorUnits>(n), 0); }

}  // namespace

LoadJob::LoadJob(std::string text, std::size_t rowsPerChunk)
    : m_text(std::move(text)), m_rowsPerChunk(rowsPerChunk == 0 ? 1 : rowsPerChunk) {}

bool LoadJob::step() {
    if (m_stage == Stage::Done) return true;
    if (!load_steps::guardedStep(m_result, [this] { run(); })) m_stage = Stage::Done;
    if (m_stage == Stage::Done) {
        // The tree and the text are no longer needed; a large file's memory goes back now.
        m_ahead.reset();  // before the tree it points into
        m_tree = Json();
        m_targets.clear();
        m_tables.clear();
        std::string().swap(m_text);
    }
    return m_stage == Stage::Done;
}

void LoadJob::run() {
    using namespace load_steps;
    switch (m_stage) {
        case Stage::CheckText:
            m_stage = checkText(m_text, m_result) ? Stage::Split : Stage::Done;
            return;
        case Stage::Split:
            m_tables = findRowChunks(m_text, m_rowsPerChunk);
            for (const auto& t : m_tables)
                for (std::size_t n : t.rows) m_rowsTotal += n;
            m_stage = Stage::ParseRest;
            return;
        case Stage::ParseRest:
            return parseRest();
        case Stage::ParseRows:
            return parseNextChunk();
        case Stage::CheckTree:
            m_stage = checkTree(m_text, m_tree, m_result) ? Stage::ReadTables : Stage::Done;
            return;
        case Stage::ReadTables:
            if (!m_ahead) m_ahead = std::make_unique<TablesReadAhead>(m_tree);
            if (m_ahead->step(m_rowsPerChunk)) m_stage = Stage::Read;
            return;
        case Stage::Read:
            read(m_tree, m_result, m_ahead.get());
            m_ahead.reset();
            m_firstSemantic = m_result.findings.size();
            m_stage = Stage::Validate;
            return;
        case Stage::Validate:
            // A rule family per step (validate.h), then the findings' pointers (load_steps.h).
            if (m_validationStep < validationSteps()) {
                runValidationStep(m_validationStep++, m_result.document, m_result.findings);
                return;
            }
            finishValidation(m_tree, m_result, m_firstSemantic);
            m_stage = Stage::Done;
            return;
        case Stage::Fallback:
            // loadDocument's own path, whose messages name the exact place of a problem.
            m_result = loadDocument(m_text);
            m_stage = Stage::Done;
            return;
        case Stage::Done:
            return;
    }
}

// The text without the large tables' rows (each list left empty), parsed; then each table's
// (empty) "rows" list found in the tree for the chunks to fill.
void LoadJob::parseRest() {
    std::string rest;  // stays empty when nothing is cut: the whole text is parsed in this step
    std::size_t from = 0;
    for (const auto& t : m_tables) {
        rest.append(m_text, from, t.interiorBegin() - from);
        from = t.interiorEnd();
    }
    if (!m_tables.empty()) rest.append(m_text, from, std::string::npos);
    try {
        m_tree = Json::parse(m_tables.empty() ? m_text : rest);
    } catch (const Json::exception&) {
        m_stage = Stage::Fallback;  // the error's position is the whole file's, found there
        return;
    }
    m_bytesParsed = m_tables.empty() ? m_text.size() : rest.size();
    // An older schema version is migrated on the whole tree: loadDocument's path does that.
    const auto version = m_tree.is_object() ? m_tree.find("schema_version") : m_tree.end();
    if (version == m_tree.end() || !version->is_number_integer() ||
        version->get<std::int64_t>() != kSchemaVersion) {
        m_stage = Stage::Fallback;
        return;
    }
    for (const auto& t : m_tables) {
        auto table = m_tree.find(t.table);
        Json* rows = nullptr;
        if (table != m_tree.end() && table->is_object()) {
            auto r = table->find("rows");
            if (r != table->end() && r->is_array() && r->empty()) rows = &*r;
        }
        // Not where the cut says (a key written twice, which checkTree refuses anyway).
        if (!rows) {
            m_stage = Stage::Fallback;
            return;
        }
        m_targets.push_back(rows);
    }
    m_stage = m_tables.empty() ? Stage::CheckTree : Stage::ParseRows;
}

void LoadJob::parseNextChunk() {
    const RowChunks& t = m_tables[m_table];
    const std::size_t begin = t.cuts[m_chunk] + 1, end = t.cuts[m_chunk + 1];
    std::string chunk;
    chunk.reserve(end - begin + 2);
    chunk += '[';
    chunk.append(m_text, begin, end - begin);
    chunk += ']';
    Json rows;
    try {
        rows = Json::parse(chunk);
    } catch (const Json::exception&) {
        m_stage = Stage::Fallback;
        return;
    }
    // Exactly the rows the cut counted, so the chunks joined by their commas are the list the
    // file holds (an empty piece between two commas would parse as no row here).
    if (!rows.is_array() || rows.size() != t.rows[m_chunk] || rows.empty()) {
        m_stage = Stage::Fallback;
        return;
    }
    auto& into = m_targets[m_table]->get_ref<Json::array_t&>();
    for (auto& row : rows.get_ref<Json::array_t&>()) into.push_back(std::move(row));
    m_rowsRead += t.rows[m_chunk];
    m_bytesParsed += end - begin + 1;
    if (++m_chunk + 1 >= t.cuts.size()) {
        m_chunk = 0;
        if (++m_table == m_tables.size()) m_stage = Stage::CheckTree;
    }
}

double LoadJob::progress() const {
    switch (m_stage) {
        case Stage::CheckText:
        case Stage::Split:
        case Stage::ParseRest:
        case Stage::Fallback:
            return 0.0;
        case Stage::ParseRows:
            return m_text.empty() ? 0.0
                                  : kParsedShare * static_cast<double>(m_bytesParsed) /
                                        static_cast<double>(m_text.size());
        case Stage::CheckTree:
            return kParsedShare;
        case Stage::ReadTables:
            return m_ahead && m_ahead->rowsTotal() > 0
                       ? kCheckedShare + (kReadShare - kCheckedShare) *
                                             static_cast<double>(m_ahead->rowsRead()) /
                                             static_cast<double>(m_ahead->rowsTotal())
                       : kCheckedShare;
        case Stage::Read:
            return kReadShare;
        case Stage::Validate:
            return kReadShare + (1.0 - kReadShare) * static_cast<double>(m_validationStep) /
                                    static_cast<double>(validationSteps() + 1);
        case Stage::Done:
            return 1.0;
    }
    return 0.0;
}

std::string LoadJob::activity() const {
    switch (m_stage) {
        case Stage::CheckText:
        case Stage::Split:
        case Stage::ParseRest:
        case Stage::Fallback:
            return "Checking the file";
        case Stage::ParseRows:
            return "Reading rows: " + withThousands(m_rowsRead) + " of " + withThousands(m_rowsTotal);
        case Stage::CheckTree:
        case Stage::ReadTables:
        case Stage::Read:
            return "Reading the scorecard";
        case Stage::Validate:
            return "Validating";
        case Stage::Done:
            return "Done";
    }
    return {};
}

LoadResult LoadJob::take() {
    while (!step()) {
    }
    return std::move(m_result);
}

}  // namespace sc
