// Fuzz target: merging. The input is two or three documents separated by NUL bytes: two are
// merged two-way (ours, theirs), three three-way (base, ours, theirs). Parts that do not load
// are replaced by a fixed document so the merge still runs. The merged document must save and
// load again to the same text; merging a document with itself must report no conflict.
#include "format/document_io.h"
#include "fuzz_support.h"
#include "merge/merge.h"

using namespace sc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parts = fuzz::splitAtNul(fuzz::asText(data, size), 3);
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
    if (docs.size() == 1) {
        const MergeResult self = mergeTwoWay(docs[0], docs[0]);
        if (!self.conflicts.empty()) fuzz::fuzzFail("merging a document with itself reports a conflict");
        fuzz::checkRoundTrip(self.document, "merge with itself");
        return 0;
    }
    const MergeResult merged =
        docs.size() == 2 ? mergeTwoWay(docs[0], docs[1]) : mergeDocuments(docs[0], docs[1], docs[2]);
    fuzz::checkRoundTrip(merged.document, "merge");
    return 0;
}
