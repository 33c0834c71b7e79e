// The canonical text of the document snapshot last written. Autosave writes a large document's
// text a slice a frame (sc::SaveJob); File > Save right after, of the same snapshot, reuses
// that text instead of writing the whole document again within one frame. Snapshots never
// change (History), so the same pointer means the same text.
#pragma once

#include <memory>
#include <string>

#include "format/document_io.h"

namespace sc::web {

class CanonicalTextCache {
  public:
    using Snapshot = std::shared_ptr<const sc::Document>;

    // `text` is sc::saveDocument(*doc) (written by whoever had it).
    void keep(const Snapshot& doc, std::string text);
    bool holds(const Snapshot& doc) const { return doc != nullptr && doc == m_doc; }
    // The text of `doc`: the kept one for the same snapshot, else written now (and kept).
    const std::string& textOf(const Snapshot& doc);

  private:
    Snapshot m_doc;
    std::string m_text;
};

}  // namespace sc::web
