// The question asked before another file replaces unsaved work: save it first, replace it
// anyway, or keep it. Only draws and reports the answer; the app acts on it.
#pragma once

#include <string>

namespace sc::web {

enum class UnsavedChoice { None, SaveThenOpen, OpenWithoutSaving, Cancel };

// `open`: show the modal this frame (it stays until answered). `current`/`incoming` name the
// open document and the file waiting to replace it.
UnsavedChoice drawUnsavedChangesModal(bool open, const std::string& current, const std::string& incoming);

}  // namespace sc::web
