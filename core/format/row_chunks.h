// Where the rows of a file's large tables lie, so that LoadJob (format/load_job.h) can parse them
// a chunk at a time instead of the whole file in one call.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sc {

// The "rows" list of one top-level table, cut between rows into chunks.
struct RowChunks {
    std::string table;  // the top-level key holding {"columns": ..., "rows": [...]}
    // cuts[0] is the offset of the list's '[', cuts.back() that of its ']', the others those of
    // commas between two rows; chunk k is the text strictly between cuts[k] and cuts[k + 1].
    std::vector<std::size_t> cuts;
    std::vector<std::size_t> rows;  // rows[k]: the number of rows in chunk k (commas in it + 1)
    std::size_t interiorBegin() const { return cuts.front() + 1; }
    std::size_t interiorEnd() const { return cuts.back(); }
};

// The tables whose "rows" list holds more than `rowsPerChunk` rows, in file order, each cut into
// chunks of `rowsPerChunk` rows (the last may hold fewer). A table whose key is written with an
// escape is left out. Meant for text the parser accepts: on other text it returns whatever it
// found before it stopped, never reading outside `text`; LoadJob's parse of the chunks then
// decides (and refuses as loadDocument would).
std::vector<RowChunks> findRowChunks(std::string_view text, std::size_t rowsPerChunk);

}  // namespace sc
