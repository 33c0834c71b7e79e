// Fuzz target: the entity diff of two documents separated by a NUL byte (a part that does not
// load is replaced by a fixed document). A document compared with itself has no change; two documents
// with the same canonical text have none either.
#include "diff/diff.h"
#include "format/document_io.h"
#include "fuzz_support.h"

using namespace sc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parts = fuzz::splitAtNul(fuzz::asText(data, size), 2);
    std::vector<Document> docs;
    int loadedCount = 0;
    for (const auto part : parts) {
        LoadResult loaded = loadDocument(part);
        if (loaded.ok) {
            docs.push_back(std::move(loaded.document));
            ++loadedCount;
        } else {
            docs.push_back(fuzz::sampleDocument(fuzz::kBaseDocument));
        }
    }
    if (loadedCount == 0) return 0;
    if (!diffDocuments(docs[0], docs[0]).equal()) fuzz::fuzzFail("a document differs from itself");
    if (docs.size() < 2) return 0;
    const DocumentDiff diff = diffDocuments(docs[0], docs[1]);
    if (saveDocument(docs[0]) == saveDocument(docs[1]) && !diff.equal())
        fuzz::fuzzFail("documents with the same canonical text differ");
    return 0;
}
