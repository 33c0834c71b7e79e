#include "fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "format/document_io.h"

namespace sc::fuzz {

void fuzzFail(const std::string& message) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", message.c_str());
    std::fflush(stderr);
    std::abort();
}

std::string_view asText(const std::uint8_t* data, std::size_t size) {
    return size == 0 ? std::string_view() : std::string_view(reinterpret_cast<const char*>(data), size);
}

std::vector<std::string_view> splitAtNul(std::string_view text, std::size_t maxParts) {
    std::vector<std::string_view> parts;
    while (parts.size() + 1 < maxParts) {
        const std::size_t nul = text.find('\0');
        if (nul == std::string_view::npos) break;
        parts.push_back(text.substr(0, nul));
        text.remove_prefix(nul + 1);
    }
    parts.push_back(text);
    return parts;
}

const Document& sampleDocument(const std::string& relativePath) {
    static std::map<std::string, Document> loaded;
    auto it = loaded.find(relativePath);
    if (it != loaded.end()) return it->second;
    const std::string path = std::string(SCORECARD_SOURCE_DIR) + "/" + relativePath;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    LoadResult result = loadDocument(bytes.str());
    if (!result.ok) fuzzFail("sample " + path + " does not load: " + result.error);
    return loaded.emplace(relativePath, std::move(result.document)).first->second;
}

std::string checkRoundTrip(const Document& doc, const char* what) {
    const std::string saved = saveDocument(doc);
    const LoadResult again = loadDocument(saved);
    if (!again.ok) fuzzFail(std::string(what) + ": the saved text does not load: " + again.error);
    const std::string savedAgain = saveDocument(again.document);
    if (savedAgain != saved) fuzzFail(std::string(what) + ": saving the reloaded document changed the text");
    return saved;
}

}  // namespace sc::fuzz
