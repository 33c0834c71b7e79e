#include "logic/text_cache.h"

namespace sc::web {

void CanonicalTextCache::keep(const Snapshot& doc, std::string text) {
    m_doc = doc;
    m_text = std::move(text);
}

const std::string& CanonicalTextCache::textOf(const Snapshot& doc) {
    if (!holds(doc)) keep(doc, doc ? sc::saveDocument(*doc) : std::string());
    return m_text;
}

}  // namespace sc::web
