// The steps of loading a scorecard file, in the order they run. loadDocument runs them all at
// once; LoadJob (format/load_job.h) runs them a slice at a time. Each check returns false when
// the file is refused, with result.error saying why; nothing is kept from a refused file.
#pragma once

#include <functional>
#include <string_view>

#include "format/document_io.h"
#include "model/common.h"

namespace sc {
class TablesReadAhead;
}

namespace sc::load_steps {

// Not empty, no NUL byte, within the structural limits (nesting, keys, objects for the size).
bool checkText(std::string_view text, LoadResult& result);
// The JSON tree of the whole text; a syntax error is refused with its line and column.
bool parse(std::string_view text, Json& tree, LoadResult& result);
// On the parsed tree of `text`: no repeated key, a schema version this build reads (older ones
// migrated in `tree`), no table too wide, no column named twice.
bool checkTree(std::string_view text, Json& tree, LoadResult& result);
// The document from the checked tree (consumes its rows), with the reader's findings; with
// `ahead`, the tables it has read (a chunk of rows per step) are taken from it.
void read(Json& tree, LoadResult& result, TablesReadAhead* ahead = nullptr);
// Validation's findings after the reader's, pointing at the file's own columns; result.ok.
void validate(const Json& tree, LoadResult& result);
// The end of validate() when the rule families ran separately (runValidationStep), appending to
// result.findings from `firstSemantic` on: points them at the file's own columns; result.ok.
void finishValidation(const Json& tree, LoadResult& result, std::size_t firstSemantic);
// Runs `step`; when it throws (memory ran out, or anything unexpected), `result` becomes the
// refusal saying so and false is returned, instead of the program ending.
bool guardedStep(LoadResult& result, const std::function<void()>& step);

}  // namespace sc::load_steps
