// File > Copy share link… (docs/SHARE_LINK.md): says the link was copied and how large it is,
// or, over the limit, why there is no link and offers to save the file instead. Only draws and
// reports the answer; the app copies and saves.
#pragma once

#include "logic/share_link.h"

namespace sc::web {

struct ShareLinkDialogResult {
    bool copyAgain = false;  // "Copy again": the link to the clipboard once more
    bool save = false;       // over the limit: "Save the file instead"
    bool closed = false;
};

// `open`: show the dialog this frame (it stays until closed).
ShareLinkDialogResult drawShareLinkDialog(const ShareLinkOffer& offer, bool open);

}  // namespace sc::web
