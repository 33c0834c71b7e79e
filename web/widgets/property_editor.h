// The property editor: every field of one object of the document, drawn from its description
// (model/describe.h) — text fields commit one Undo step when they lose focus (not per
// keystroke), enums and references are combos, money is typed and shown in the document's
// currency, basis points as percentages, dates are checked against the calendar, levels pick a
// level per dimension. Edits go out as commands (logic/commands.h); nothing changes here.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "edit/edits.h"
#include "logic/clock.h"
#include "logic/commands.h"

namespace sc::web {

struct EditorContext {
    const sc::Document& doc;
    CommandQueue& commands;
    const Clock& clock;
};

// Which fields to draw: all the object's own fields (ids, timestamps and nested lists are never
// drawn here), or only those named.
struct FieldFilter {
    std::vector<std::string_view> only;  // empty = all
    std::vector<std::string_view> skip;
    bool wants(std::string_view key) const;
};

// Draws the fields of the object at `a` as a two-column table (label, editor). Nested objects
// (a segment's customer model) are drawn inline under their own heading.
void drawProperties(const EditorContext& ctx, const edit::Address& a, const FieldFilter& filter = {});

// Pushes the command that sets one field (label from the core: "Edit name of segment 'SMB'").
void pushSetField(const EditorContext& ctx, const edit::Address& a, const std::string& key,
                  edit::FieldValue value);

}  // namespace sc::web
