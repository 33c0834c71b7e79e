// The screen shape every map list uses: a table of the items on the left (filter, sort, copy
// as TSV), the selected item's properties on the right, with the lists it holds (a channel's
// steps, a promise's touchpoints) under them; a toolbar to add, duplicate, move and remove.
// Removing asks first when something refers to the item and lists what would go with it
// (edit::referencesTo); Cancel changes nothing. Everything goes out as commands.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "logic/table_model.h"
#include "widgets/property_editor.h"

namespace sc::web {

// A list inside the selected item, edited under its properties.
struct NestedListSpec {
    std::string key;                        // "steps"
    std::string tab;                        // "Steps": its tab beside "Details"
    std::string title;                      // "Steps, first touch to purchase"
    std::vector<std::string_view> columns;  // shown in its table
    std::string emptyText;                  // what to do when it is empty
    std::string when;                       // "kind=ordered": only when the item's field says so
};

struct ListSpec {
    std::string id;                         // unique per screen: "segments"
    std::string title;                      // "Segments"
    std::string intro;                      // one line under the title: what this list is for
    edit::Address parent;                   // {} for the document's own lists
    std::string listKey;                    // "segments"
    std::vector<std::string_view> columns;  // table columns (field keys), the first is the name
    FieldFilter detail;                     // which fields the property editor shows
    std::vector<NestedListSpec> nested;
    std::string emptyText;  // "No segments yet. Add the customers your marketing speaks to."
};

// Draws the whole list screen; `selectedId` is the view's selection (kept by the caller).
void drawListDetail(const EditorContext& ctx, const ListSpec& spec, std::string& selectedId);

// The "Remove … ?" confirmation for a pending removal with references; call once a frame.
void drawRemoveConfirmation(const EditorContext& ctx);

}  // namespace sc::web
