// Fuzz target: a scorecard file's bytes through load (parse, version check, migration, read,
// validation). Whatever loads must save to canonical text that loads again to the same text,
// and validating the loaded document again must not crash. The sliced load (LoadJob, two rows
// per chunk so that every table with rows is cut) must give exactly loadDocument's result, and
// the sliced save (SaveJob, two rows per chunk; saveDocument runs it with 2,000) exactly the
// bytes of the whole tree dumped at once.
#include "format/canonical_json.h"
#include "format/document_io.h"
#include "format/json_codec.h"
#include "format/load_job.h"
#include "format/save_job.h"
#include "fuzz_support.h"
#include "validation/validate.h"

#include <memory>

namespace {

std::string findingsText(const std::vector<sc::Finding>& findings) {
    std::string out;
    for (const auto& f : findings)
        out += std::string(sc::severityName(f.severity)) + f.pointer + f.message + "\n";
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = sc::fuzz::asText(data, size);
    const sc::LoadResult loaded = sc::loadDocument(text);
    sc::LoadJob job{std::string(text), 2};
    const sc::LoadResult sliced = job.take();
    if (sliced.ok != loaded.ok || sliced.error != loaded.error ||
        sliced.sourceVersion != loaded.sourceVersion ||
        findingsText(sliced.findings) != findingsText(loaded.findings))
        sc::fuzz::fuzzFail("the sliced load differs from loadDocument: " + sliced.error + " / " +
                           loaded.error);
    if (!loaded.ok) {
        if (loaded.error.empty()) sc::fuzz::fuzzFail("a refused file has no message");
        return 0;
    }
    (void)sc::validateDocument(loaded.document);
    const std::string canonical = sc::fuzz::checkRoundTrip(loaded.document, "load");
    if (sc::saveDocument(sliced.document) != canonical)
        sc::fuzz::fuzzFail("the sliced load read another document");
    return 0;
}
