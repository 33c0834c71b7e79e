// Embedded samples (see samples.h).
#include "app/samples.h"

#include "embedded/embedded_files.h"

namespace sc::web {

std::vector<std::string> sampleNames() {
    std::vector<std::string> names;
    for (const auto& file : embeddedSamples()) names.emplace_back(file.name);
    return names;
}

sc::LoadResult loadSample(std::size_t index) {
    const EmbeddedFileList samples = embeddedSamples();
    if (index >= samples.count) {
        sc::LoadResult refused;
        refused.error = "No sample number " + std::to_string(index + 1) + " is built into this app.";
        return refused;
    }
    return sc::loadDocument(samples.items[index].text());
}

}  // namespace sc::web
