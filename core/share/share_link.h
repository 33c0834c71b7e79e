// Share links (docs/SHARE_LINK.md): a whole scorecard in the URL fragment, which browsers never
// send to a server. The fragment is "#scorecard=v1." followed by the base64url of the raw
// DEFLATE of the document's canonical text (sc::saveDocument). The CLI (`scorecard link`) and
// the app (File > Copy share link) both make and read links with these functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sc {

// What comes after '#': the link's format and version, then the data.
inline constexpr std::string_view kShareLinkKey = "scorecard=";
inline constexpr std::string_view kShareLinkVersion = "v1";

// The longest fragment we hand out (docs/SHARE_LINK.md, "Size limit"). Measured: the samples
// make fragments of 8-22 KB, a 660 KB scorecard ~78 KB. Browsers take far longer addresses; mail
// and chat are what cut long lines, and 64 KB keeps every workshop-sized scorecard (up to
// ~400 KB of JSON) shareable while staying clear of that.
inline constexpr std::size_t kMaxShareFragmentBytes = 64 * 1024;

// "#scorecard=v1.<base64url>" for `text` (the document's canonical bytes).
std::string shareFragment(std::string_view text);

// `base` (anything from its '#' on dropped) followed by shareFragment(text).
std::string encodeShareLink(std::string_view text, std::string_view base = {});

// True when `fragmentOrUrl` (a whole URL, "#…" or the fragment alone) is meant as a share link,
// i.e. its fragment starts with "scorecard=" — whether or not it then decodes.
bool isShareLink(std::string_view fragmentOrUrl);

struct ShareLinkDecoded {
    bool ok = false;
    std::string text;   // the document's bytes, for sc::loadDocument (when ok)
    std::string error;  // what is wrong and where (when !ok)
};

// Reads a link made by encodeShareLink (or by anything writing the same format: the inflater
// reads every kind of deflate block). A wrong prefix or version, a character outside base64url,
// corrupt or truncated deflate data and a document over sc::kMaxFileBytes are refused with a
// message naming the problem and where it is; `maxBytes` lowers that cap (tests).
ShareLinkDecoded decodeShareLink(std::string_view fragmentOrUrl, std::size_t maxBytes = 0);

// "This scorecard is 80 KB as a link; links over 64 KB break in mail and chat. Save the file
// and send that instead."
std::string shareLinkTooLongMessage(std::size_t fragmentBytes);

// "12.3 KB" for a fragment's size (KB = 1024 bytes, one decimal below 10 KB).
std::string shareLinkSizeText(std::size_t bytes);

}  // namespace sc
