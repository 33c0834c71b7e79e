// Rule family: references. Every id that points at another entity must name one that exists:
// a promise pointing to a deleted segment, a decision about a removed mismatch, a deal by an
// unknown partner. A dangling reference is an error because the engine cannot follow it.
// Which fields are references, and to what, comes from the field descriptions
// (model/describe.h); only the acknowledgement's version and the version a copy sample cites
// (keys inside a material) are rules of their own here.
#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "model/walk.h"
#include "validation/rule_context.h"

namespace sc::rules {
namespace {

// The ids of one kind, sorted: views of the ids where the document holds them (a million deal
// ids are neither copied nor given a node each).
struct IdSet {
    std::vector<std::string_view> sorted;
    bool contains(std::string_view id) const { return std::binary_search(sorted.begin(), sorted.end(), id); }
};

// Calls fn(path, key, id, info, element) for every non-empty or required reference held by
// any object of the document; element is the list position for reference lists (-1 otherwise).
template <class F>
void forEachReference(const Document& doc, F&& fn) {
    walkObjects(doc, [&](auto& object, const WalkPath& path) {
        forEachField(object, [&](const char* key, auto& member, const FieldInfo& info) {
            using M = std::decay_t<decltype(member)>;
            if constexpr (std::is_same_v<M, std::string>) {
                if (info.kind == FieldKind::Reference)
                    fn(path, key, member, info, static_cast<std::size_t>(-1));
            } else if constexpr (std::is_same_v<M, std::vector<std::string>>) {
                if (info.kind == FieldKind::ReferenceList)
                    for (std::size_t i = 0; i < member.size(); ++i) fn(path, key, member[i], info, i);
            }
        });
    });
}

// The ids of every object of each kind in `kinds`, collected in one walk (a million deal ids
// are hashed only when something refers to deals).
std::map<std::string_view, IdSet> idsOfKinds(const Document& doc, const std::set<std::string_view>& kinds) {
    std::map<std::string_view, IdSet> out;
    for (auto k : kinds) out[k];
    walkObjects(doc, [&](auto&, const WalkPath& path) {
        const WalkFrame& f = path.back();
        if (!f.id || f.id->empty()) return;
        auto it = out.find(f.kind);
        if (it != out.end()) it->second.sorted.push_back(*f.id);
    });
    for (auto& [kind, ids] : out) std::sort(ids.sorted.begin(), ids.sorted.end());
    return out;
}

void checkAcknowledgedVersions(const Document& doc, FindingSink& sink) {
    forEach(doc.materials, "/materials", [&](const Material& m, const std::string& p, std::size_t i) {
        std::unordered_set<std::string> versions;
        for (const auto& v : m.versions) versions.insert(v.version);
        forEach(m.acknowledgements, p + "/acknowledgements",
                [&](const Acknowledgement& a, const std::string& ap, std::size_t) {
                    if (!a.version.empty() && !versions.count(a.version))
                        sink.error(ap + "/version", "an acknowledgement of " + nameOf("material", m, i) +
                                                        " is for version " + quote(a.version) +
                                                        ", which the material does not have");
                });
    });
}

// A copy sample citing a version its material does not have cannot be told current or
// outdated (partners/materials.h); the version is a key inside the material, like an
// acknowledgement's.
void checkCitedVersions(const Document& doc, FindingSink& sink) {
    forEach(doc.copySamples, "/copy_samples", [&](const CopySample& c, const std::string& p, std::size_t i) {
        if (c.materialVersion.empty() || c.materialId.empty()) return;
        const Material* m = findById(doc.materials, c.materialId);
        if (!m) return;  // the dangling material_id is reported above
        for (const auto& v : m->versions)
            if (v.version == c.materialVersion) return;
        sink.error(p + "/material_version",
                   nameOf("copy sample", c, i) + " cites version " + quote(c.materialVersion) + " of " +
                       nameOf("material", *m, 0) + ", which the material does not have");
    });
}

}  // namespace

void checkReferences(const Document& doc, FindingSink& sink) {
    // The kinds referred to (a handful). This runs once per reference, and a reference usually
    // names the same kind as the one before it, which is not looked up again.
    std::set<std::string_view> wanted;
    std::string_view last;
    forEachReference(
        doc, [&](const WalkPath&, const char*, const std::string& id, const FieldInfo& info, std::size_t) {
            if (id.empty() || info.target == last) return;
            last = info.target;
            wanted.insert(info.target);
        });
    const auto known = idsOfKinds(doc, wanted);
    forEachReference(doc, [&](const WalkPath& path, const char* key, const std::string& id,
                              const FieldInfo& info, std::size_t element) {
        const bool required = info.required() || element != static_cast<std::size_t>(-1);
        if (id.empty()) {
            if (!required) return;
            const std::string kind(info.target);
            const std::string p = fieldPointer(path, key);
            sink.error(element == static_cast<std::size_t>(-1) ? p : at(p, element),
                       describePath(path) + " has no " + kind + "; choose the " + kind + " it belongs to");
            return;
        }
        auto ids = known.find(info.target);
        if (ids != known.end() && ids->second.contains(id)) return;
        const std::string kind(info.target);
        const std::string p = fieldPointer(path, key);
        sink.error(element == static_cast<std::size_t>(-1) ? p : at(p, element),
                   describePath(path) + " points to " + kind + " " + quote(id) + ", which does not exist");
    });
    checkAcknowledgedVersions(doc, sink);
    checkCitedVersions(doc, sink);
}

}  // namespace sc::rules
