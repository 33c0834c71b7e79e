// File > Copy share link and opening a link (docs/SHARE_LINK.md): what the app decides, as
// plain functions over the core's share link format (core/share/share_link.h), so it is tested
// natively. The page only reads and clears location.hash and writes the clipboard.
#pragma once

#include <cstddef>
#include <string>

#include "format/document_io.h"

namespace sc::web {

// What File > Copy share link offers for the open document.
struct ShareLinkOffer {
    std::string link;  // the page's address + "#scorecard=v1.…" ("" when too long)
    std::size_t fragmentBytes = 0;
    bool tooLong = false;  // over kMaxShareFragmentBytes: nothing is copied
    std::string message;   // what the dialog says
};

// `documentText`: the canonical text (App::documentText); `pageUrl`: the page's own address
// (location.href; any fragment is dropped), so links from file:// and from a server both work.
ShareLinkOffer shareLinkOffer(const std::string& documentText, const std::string& pageUrl);

// What a page address means at start or on hashchange.
struct SharedOpen {
    enum class Kind { None, Open, Refused };
    Kind kind = Kind::None;  // None: no "#scorecard=" in it, nothing to do
    sc::LoadResult loaded;   // Open: the document, through the same load and validation as a file
    std::string error;       // Refused: what is wrong with the link, for the error modal
};

SharedOpen readShareLink(const std::string& pageUrl);

// The status line once a link's document is open (as a new unsaved copy).
inline constexpr const char* kOpenedFromShareLink =
    "Opened from a share link \xE2\x80\x94 a copy; nothing was sent anywhere. File > Save keeps it as a "
    "file.";

// The error modal's title for a link that does not open.
inline constexpr const char* kShareLinkErrorTitle = "Could not open share link";

}  // namespace sc::web
