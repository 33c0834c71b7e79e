// Edit > Undo / Redo as plain rules: the item texts name the command they would undo or redo
// ("Undo Dismiss mismatch 'X'"), and which key chord means undo or redo. The menu (views/
// main_menu.cpp) reads ImGui's key state into EditKeys; no ImGui here, tested in tests/web.
#pragma once

#include <string>

namespace sc::web {

// "Undo Dismiss mismatch 'X'"; plain "Undo" when there is nothing (or no label) to undo. A
// "##" in the label (ImGui would hide what follows it) is shown as "# #".
std::string undoItemText(const std::string& label);
std::string redoItemText(const std::string& label);

// The keys of this frame that matter to the shortcuts.
struct EditKeys {
    bool ctrl = false;
    bool shift = false;
    bool alt = false;
    bool super = false;  // Cmd on a Mac
    bool zPressed = false;
    bool yPressed = false;
    bool textInput = false;  // a text field has the keyboard (it has its own undo)
};

enum class EditShortcut { None, Undo, Redo };

// Ctrl+Z (or Cmd+Z) undoes; Ctrl+Shift+Z and Ctrl+Y redo. Nothing while a text field is being
// edited — Ctrl+Z then undoes typing in the field — nor with Alt held (AltGr chords).
EditShortcut editShortcut(const EditKeys& keys);

}  // namespace sc::web
