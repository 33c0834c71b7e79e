// The outcome of any edit of the document: the new document, or why the edit was refused (the
// input document is then returned unchanged in `document`). Every edit in core — the generic
// ones in core/edit and the workflow's (decide a fix, dismiss a mismatch) — returns this.
#pragma once

#include <string>

#include "model/document.h"

namespace sc {

struct EditResult {
    bool ok = false;
    std::string error;
    Document document;
    std::string id;  // the id of the entity created or changed (decision id for decideFix)
};

}  // namespace sc
