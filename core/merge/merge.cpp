#include "merge/merge.h"

#include <algorithm>
#include <unordered_map>

#include "format/json_codec.h"
#include "merge/resolve.h"
#include "merge/table_form.h"
#include "merge/tree_merge.h"
#include "validation/validate.h"

namespace sc {

const char* conflictKindName(ConflictKind kind) {
    switch (kind) {
        case ConflictKind::ChangedOnBothSides:
            return "changed on both sides";
        case ConflictKind::AddedOnBothSides:
            return "set differently on both sides";
        case ConflictKind::DeletedAndChanged:
            return "deleted on one side, changed on the other";
        case ConflictKind::DuplicateId:
            return "same id added on both sides for different things";
    }
    return "conflict";
}

bool MergeResult::clean() const {
    if (!conflicts.empty()) return false;
    for (const auto& f : findings)
        if (f.introduced && f.finding.severity == Severity::Error) return false;
    return true;
}

namespace {

using Columns = std::unordered_map<std::string, std::vector<std::string>>;

// The columns of each row-layout table of a tree in row form.
Columns columnsOf(const Json& tree) {
    Columns out;
    for (auto it = tree.begin(); it != tree.end(); ++it) {
        if (tableColumns(it.key()).empty() || !it->is_object()) continue;
        auto cols = it->find("columns");
        if (cols == it->end() || !cols->is_array()) continue;
        auto& names = out[it.key()];
        for (const auto& c : *cols) names.push_back(c.is_string() ? c.get<std::string>() : "");
    }
    return out;
}

std::string unescapeToken(const std::string& token) {
    std::string out;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            out += token[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            out += token[i];
        }
    }
    return out;
}

// "/deals/rows/4/sku" (object form) -> "/deals/rows/4/3": the cell in the file's columns.
void pointAtFileColumn(std::string& pointer, const Columns& columns) {
    const auto rows = pointer.find("/rows/");
    if (pointer.size() < 2 || rows == std::string::npos) return;
    auto table = columns.find(pointer.substr(1, rows - 1));
    const auto colSlash = pointer.find('/', rows + 6);
    if (table == columns.end() || colSlash == std::string::npos) return;
    const auto colEnd = pointer.find('/', colSlash + 1);
    const std::string column = unescapeToken(pointer.substr(colSlash + 1, colEnd - colSlash - 1));
    const auto& names = table->second;
    for (std::size_t c = 0; c < names.size(); ++c)
        if (names[c] == column) {
            pointer = pointer.substr(0, colSlash + 1) + std::to_string(c) +
                      (colEnd == std::string::npos ? "" : pointer.substr(colEnd));
            return;
        }
}

MergeResult mergeAll(const Document* base, const Document& ours, const Document& theirs,
                     const MergeOptions& options) {
    Json oursTree = documentToJson(ours), theirsTree = documentToJson(theirs);
    const Columns oursColumns = columnsOf(oursTree), theirsColumns = columnsOf(theirsTree);
    Json baseTree;
    if (base) baseTree = documentToJson(*base);
    merge::objectFormWhereColumnsDiffer({base ? &baseTree : nullptr, &oursTree, &theirsTree});

    MergeResult result;
    Json merged =
        merge::mergeTrees(base ? &baseTree : nullptr, oursTree, theirsTree, options.prefer, result.conflicts);
    // Conflicts are placeholders in the merged tree: kept as they are for resolveMerge(), then
    // filled by the preferred side, the same way a resolution fills them.
    std::shared_ptr<MergeResolution> resolution;
    if (!result.conflicts.empty()) {
        resolution = std::make_shared<MergeResolution>();
        resolution->tree = merged;
        std::vector<const std::optional<Json>*> preferred;
        for (const auto& c : result.conflicts)
            preferred.push_back(options.prefer == MergeSide::Ours ? &c.oursValue : &c.theirsValue);
        merge::fillPlaceholders(merged, result.conflicts, preferred);
    }

    std::vector<Finding> readFindings;  // values of the wrong type: the inputs' own, kept as they were
    result.document = merge::readMergedTree(merged, readFindings);
    for (auto& f : readFindings) result.findings.push_back({std::move(f), false});
    const Columns mergedColumns = columnsOf(merged);  // reading leaves the tables' columns
    for (auto& c : result.conflicts)
        pointAtFileColumn(c.pointer, c.pointerIn == "merged" ? mergedColumns
                                     : c.pointerIn == "ours" ? oursColumns
                                                             : theirsColumns);

    // A finding is the merge's doing when no input has one with the same message (pointers
    // move as lists merge; messages name things by name or id). The inputs are validated only
    // when there is something to compare, now or in a later resolution.
    std::vector<Finding> semantic = validateDocument(result.document);
    std::vector<std::string> before;
    if (!semantic.empty() || resolution)
        for (const Document* input : {base, &ours, &theirs})
            if (input)
                for (auto& f : validateDocument(*input)) before.push_back(std::move(f.message));
    std::sort(before.begin(), before.end());
    before.erase(std::unique(before.begin(), before.end()), before.end());
    for (auto& f : semantic) {
        const bool introduced = !std::binary_search(before.begin(), before.end(), f.message);
        result.findings.push_back({std::move(f), introduced});
    }
    if (resolution) {
        resolution->inputMessages = std::move(before);
        result.resolution = std::move(resolution);
    }
    return result;
}

}  // namespace

MergeResult mergeDocuments(const Document& base, const Document& ours, const Document& theirs,
                           const MergeOptions& options) {
    return mergeAll(&base, ours, theirs, options);
}

MergeResult mergeTwoWay(const Document& ours, const Document& theirs, const MergeOptions& options) {
    return mergeAll(nullptr, ours, theirs, options);
}

}  // namespace sc
