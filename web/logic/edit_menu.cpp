// Edit menu texts and shortcuts (see edit_menu.h).
#include "logic/edit_menu.h"

namespace sc::web {

namespace {

std::string itemText(const char* verb, const std::string& label) {
    std::string text = verb;
    if (label.empty()) return text;
    text += ' ';
    for (std::size_t i = 0; i < label.size(); ++i) {
        text += label[i];
        if (label[i] == '#' && i + 1 < label.size() && label[i + 1] == '#') text += ' ';
    }
    return text;
}

}  // namespace

std::string undoItemText(const std::string& label) { return itemText("Undo", label); }

std::string redoItemText(const std::string& label) { return itemText("Redo", label); }

EditShortcut editShortcut(const EditKeys& keys) {
    if (keys.textInput || keys.alt || !(keys.ctrl || keys.super)) return EditShortcut::None;
    if (keys.zPressed) return keys.shift ? EditShortcut::Redo : EditShortcut::Undo;
    if (keys.yPressed && !keys.shift) return EditShortcut::Redo;
    return EditShortcut::None;
}

}  // namespace sc::web
