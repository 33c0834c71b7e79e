// Fuzz target: a scorecard file's bytes through load (parse, version check, migration, read,
// validation). Whatever loads must save to canonical text that loads again to the same text,
// and validating the loaded document again must not crash.
#include "format/document_io.h"
#include "fuzz_support.h"
#include "validation/validate.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const sc::LoadResult loaded = sc::loadDocument(sc::fuzz::asText(data, size));
    if (!loaded.ok) {
        if (loaded.error.empty()) sc::fuzz::fuzzFail("a refused file has no message");
        return 0;
    }
    (void)sc::validateDocument(loaded.document);
    sc::fuzz::checkRoundTrip(loaded.document, "load");
    return 0;
}
