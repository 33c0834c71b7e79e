#include "edit/new_document.h"

#include "model/builtin_dimensions.h"

namespace sc::edit {

Document newScorecard(const std::string& now) {
    Document doc;
    doc.info.title = "Untitled scorecard";
    doc.info.currency = "USD";
    doc.info.created = now;
    doc.info.updated = now;
    doc.dimensions = builtInDimensions();
    return doc;
}

}  // namespace sc::edit
