#include "engine/recompute.h"

#include <cstdint>
#include <map>
#include <set>

#include "engine/detection.h"
#include "engine/text_util.h"

namespace sc::engine {

std::string mismatchIdForKey(const std::string& key) {
    std::uint32_t h = 2166136261u;
    for (unsigned char ch : key) {
        h ^= ch;
        h *= 16777619u;
    }
    static const char* hex = "0123456789abcdef";
    std::string id = "mm-";
    for (int shift = 28; shift >= 0; shift -= 4) id += hex[(h >> shift) & 0xF];
    return id;
}

bool touchedByUser(const Document& doc, const Mismatch& m) {
    if (m.status != "open" || !m.notes.empty() || !m.dismissedReason.empty()) return true;
    if (m.confidenceBp != 10000 || m.effort != 3 || m.leadsAffectedBp != -1) return true;
    for (const auto& d : doc.decisions)
        if (d.mismatchId == m.id) return true;
    for (const auto& e : doc.experiments)
        if (e.mismatchId == m.id) return true;
    return false;
}

namespace {

std::string stripPrefix(const std::string& text) {
    std::string prefix = kNoLongerDetected;
    return text.compare(0, prefix.size(), prefix) == 0 ? text.substr(prefix.size()) : text;
}

std::string nameFor(const Document& doc, const Detection& d) {
    const auto* dim = findById(doc.dimensions, d.dimensionId);
    const auto* p = findById(doc.promises, d.promiseId);
    const auto* c = findById(doc.channels, d.channelId);
    return (dim ? labelOf(*dim) : d.dimensionId) + ": " + (p ? labelOf(*p) : d.promiseId) + " vs " +
           (c ? labelOf(*c) : d.channelId);
}

}  // namespace

Document recomputeMismatches(const Document& doc, const std::string& now) {
    Document out = doc;
    DetectionResult fresh = detectMismatches(doc);
    std::map<std::string, const Detection*> byKey;
    for (const auto& d : fresh.mismatches) byKey[d.key] = &d;

    std::set<std::string> usedIds;
    for (const auto& m : doc.mismatches) usedIds.insert(m.id);

    std::vector<Mismatch> merged;
    std::set<std::string> seenKeys;
    for (const auto& m : doc.mismatches) {
        if (m.origin != "detected") {
            merged.push_back(m);
            continue;
        }
        auto it = byKey.find(m.key);
        if (it != byKey.end() && !seenKeys.count(m.key)) {
            seenKeys.insert(m.key);
            Mismatch kept = m;
            const Detection& d = *it->second;
            kept.promiseId = d.promiseId;
            kept.channelId = d.channelId;
            kept.pairId = d.pairId;
            kept.dimensionId = d.dimensionId;
            if (kept.severity != d.severity || kept.explanation != d.explanation) {
                kept.severity = d.severity;
                kept.explanation = d.explanation;
                kept.updated = now;
            }
            merged.push_back(kept);
        } else if (touchedByUser(doc, m)) {
            Mismatch kept = m;
            std::string text = kNoLongerDetected + stripPrefix(m.explanation);
            if (text != m.explanation) {
                kept.explanation = text;
                kept.updated = now;
            }
            merged.push_back(kept);
        }
        // else: detected, untouched and gone — dropped.
    }
    for (const auto& d : fresh.mismatches) {
        if (seenKeys.count(d.key)) continue;
        seenKeys.insert(d.key);
        Mismatch m;
        std::string base = mismatchIdForKey(d.key);
        m.id = base;
        for (int n = 2; usedIds.count(m.id); ++n) m.id = base + "-" + std::to_string(n);
        usedIds.insert(m.id);
        m.name = nameFor(doc, d);
        m.origin = "detected";
        m.key = d.key;
        m.promiseId = d.promiseId;
        m.channelId = d.channelId;
        m.pairId = d.pairId;
        m.dimensionId = d.dimensionId;
        m.severity = d.severity;
        m.explanation = d.explanation;
        m.created = now;
        m.updated = now;
        merged.push_back(m);
    }
    out.mismatches = std::move(merged);
    return out;
}

}  // namespace sc::engine
