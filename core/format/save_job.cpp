#include "format/save_job.h"

#include <algorithm>
#include <utility>

#include "format/canonical_json.h"

namespace sc {

SaveJob::SaveJob(std::shared_ptr<const Document> doc, std::size_t rowsPerChunk)
    : m_doc(std::move(doc)), m_rowsPerChunk(rowsPerChunk == 0 ? 1 : rowsPerChunk) {}

bool SaveJob::step() {
    switch (m_stage) {
        case Stage::Skeleton:
            m_text = dumpCanonical(documentToJsonDeferringRows(*m_doc, m_rowsPerChunk, m_tables));
            m_rowLines.resize(m_tables.size());
            m_stage = m_tables.empty() ? Stage::Done : Stage::Rows;
            break;
        case Stage::Rows: {
            const DeferredRows& t = m_tables[m_table];
            const std::size_t to = std::min(t.count, m_row + m_rowsPerChunk);
            t.write(m_row, to, m_rowLines[m_table]);
            m_row = to;
            if (m_row == t.count) {
                m_row = 0;
                if (++m_table == m_tables.size()) m_stage = Stage::Splice;
            }
            break;
        }
        case Stage::Splice: {
            bool spliced = true;
            for (std::size_t t = 0; t < m_tables.size() && spliced; ++t)
                spliced = spliceCanonicalTableRows(m_text, m_tables[t].table, m_rowLines[t]);
            // Not expected (the layout is canonical_json's own): the whole text in one go then.
            if (!spliced) m_text = dumpCanonical(documentToJson(*m_doc));
            m_tables.clear();
            m_rowLines.clear();
            m_stage = Stage::Done;
            break;
        }
        case Stage::Done:
            break;
    }
    return m_stage == Stage::Done;
}

std::string SaveJob::take() {
    while (!step()) {
    }
    return std::move(m_text);
}

}  // namespace sc
