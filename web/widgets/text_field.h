// A text box that commits when it loses focus (click elsewhere, Tab, Enter in a one-line box),
// so typing a name is one Undo step, not one per keystroke. What is typed lives in a draft
// keyed by the box's id until then; a draft the caller refuses (TextFieldRefuse) stays in the
// box with the reason under it, so nothing typed is silently thrown away. Escape restores the
// stored value.
#pragma once

#include <string>

namespace sc::web {

struct TextFieldResult {
    bool committed = false;  // the box lost focus after an edit: `text` is what was typed
    std::string text;
    std::string error;  // why the last commit was refused (shown until the next commit)
};

// `id` is unique within the current ImGui id scope; `label` names the box for the browser
// tests as "<label> field" (it is not drawn); `stored` is the document's value as text. `reserveRight` leaves
// room for a unit after the box.
TextFieldResult TextField(const std::string& id, const std::string& label, const std::string& stored,
                          bool multiline, const char* hint, float reserveRight);

// The caller could not use the committed text: keep it in the box and show `error`.
void TextFieldRefuse(const std::string& id, const std::string& typed, const std::string& error);

}  // namespace sc::web
