// Edit > Undo / Redo texts and shortcuts (web/logic/edit_menu).
#include "logic/edit_menu.h"

#include <gtest/gtest.h>

namespace {

using namespace sc::web;

EditKeys chord(bool shift, bool z, bool y) {
    EditKeys k;
    k.ctrl = true;
    k.shift = shift;
    k.zPressed = z;
    k.yPressed = y;
    return k;
}

}  // namespace

TEST(edit_menu_test, the_items_name_the_command) {
    EXPECT_EQ(undoItemText("Dismiss mismatch 'Try it now'"), "Undo Dismiss mismatch 'Try it now'");
    EXPECT_EQ(redoItemText("Tick 'Landing page'"), "Redo Tick 'Landing page'");
    EXPECT_EQ(undoItemText(""), "Undo");
    EXPECT_EQ(redoItemText(""), "Redo");
}

TEST(edit_menu_test, a_double_hash_in_a_label_stays_visible) {
    EXPECT_EQ(undoItemText("Rename to 'C## notes'"), "Undo Rename to 'C# # notes'");
    EXPECT_EQ(undoItemText("Rename to '###'"), "Undo Rename to '# # #'");
    EXPECT_EQ(undoItemText("Rename to '#1'"), "Undo Rename to '#1'");
}

TEST(edit_menu_test, ctrl_z_undoes_ctrl_shift_z_and_ctrl_y_redo) {
    EXPECT_EQ(editShortcut(chord(false, true, false)), EditShortcut::Undo);
    EXPECT_EQ(editShortcut(chord(true, true, false)), EditShortcut::Redo);
    EXPECT_EQ(editShortcut(chord(false, false, true)), EditShortcut::Redo);
    EXPECT_EQ(editShortcut(chord(true, false, true)), EditShortcut::None);
    EXPECT_EQ(editShortcut(chord(false, false, false)), EditShortcut::None);
    EditKeys cmd;
    cmd.super = true;
    cmd.zPressed = true;
    EXPECT_EQ(editShortcut(cmd), EditShortcut::Undo);
}

TEST(edit_menu_test, no_shortcut_without_ctrl_with_alt_or_while_typing) {
    EditKeys plain;
    plain.zPressed = true;
    EXPECT_EQ(editShortcut(plain), EditShortcut::None);
    EditKeys altGr = chord(false, true, false);
    altGr.alt = true;
    EXPECT_EQ(editShortcut(altGr), EditShortcut::None);
    EditKeys typing = chord(false, true, false);
    typing.textInput = true;
    EXPECT_EQ(editShortcut(typing), EditShortcut::None);
    typing = chord(false, false, true);
    typing.textInput = true;
    EXPECT_EQ(editShortcut(typing), EditShortcut::None);
}
