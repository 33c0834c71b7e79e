// Share links (see share_link.h).
#include "share/share_link.h"

#include "format/limits.h"
#include "share/base64url.h"
#include "share/deflate.h"
#include "share/inflate.h"

namespace sc {
namespace {

// What follows the '#' (or the whole text when it has none), without surrounding white space.
std::string_view fragmentOf(std::string_view text, std::size_t& offset, bool* hasHash = nullptr) {
    offset = 0;
    while (!text.empty() &&
           (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' || text.front() == '\r')) {
        text.remove_prefix(1);
        ++offset;
    }
    while (!text.empty() &&
           (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' || text.back() == '\r'))
        text.remove_suffix(1);
    const auto hash = text.find('#');
    if (hasHash) *hasHash = hash != std::string_view::npos;
    if (hash != std::string_view::npos) {
        offset += hash + 1;
        text.remove_prefix(hash + 1);
    }
    return text;
}

std::string excerpt(std::string_view text) {
    std::string out;
    for (const char c : text.substr(0, 24)) out += (static_cast<unsigned char>(c) < 0x20 ? '?' : c);
    return text.size() > 24 ? out + "\xE2\x80\xA6" : out;  // U+2026 …
}

}  // namespace

std::string shareFragment(std::string_view text) {
    return "#" + std::string(kShareLinkKey) + std::string(kShareLinkVersion) + "." +
           share::base64UrlEncode(share::deflateRaw(text));
}

std::string encodeShareLink(std::string_view text, std::string_view base) {
    return std::string(base.substr(0, base.find('#'))) + shareFragment(text);
}

bool isShareLink(std::string_view fragmentOrUrl) {
    std::size_t offset = 0;
    return fragmentOf(fragmentOrUrl, offset).substr(0, kShareLinkKey.size()) == kShareLinkKey;
}

ShareLinkDecoded decodeShareLink(std::string_view fragmentOrUrl, std::size_t maxBytes) {
    ShareLinkDecoded result;
    const std::size_t cap = maxBytes == 0 ? kMaxFileBytes : maxBytes;
    std::size_t offset = 0;
    bool hasHash = false;
    std::string_view rest = fragmentOf(fragmentOrUrl, offset, &hasHash);
    if (rest.substr(0, kShareLinkKey.size()) != kShareLinkKey) {
        // Without a '#' the text is taken as a fragment only when it looks like one.
        result.error = rest.empty() || (!hasHash && rest.find_first_of(":/") != std::string_view::npos)
                           ? "not a scorecard share link: it has no #scorecard=v1. part"
                           : "not a scorecard share link: it should start with #scorecard=v1. but "
                             "starts with \"" +
                                 excerpt(rest) + "\"";
        return result;
    }
    rest.remove_prefix(kShareLinkKey.size());
    offset += kShareLinkKey.size();
    const auto dot = rest.find('.');
    const std::string_view version = rest.substr(0, dot);
    if (dot == std::string_view::npos || version != kShareLinkVersion) {
        result.error = dot == std::string_view::npos || version.empty()
                           ? "the share link has no version (expected #scorecard=v1.)"
                           : "the share link is version \"" + excerpt(version) +
                                 "\"; this Alignment Scorecard reads version v1 links (a newer version of "
                                 "the app made it?)";
        return result;
    }
    rest.remove_prefix(dot + 1);
    offset += dot + 1;
    // Base64 carries 3 bytes in 4 characters, and no document under the cap compresses to more
    // than its size plus 5 bytes per 64 KB: a longer link is refused before decoding it.
    if (rest.size() / 4 * 3 > cap + cap / 8192 + 64) {
        result.error = "the share link is longer than any document of at most " + std::to_string(cap >> 20) +
                       " MB could make; it was not opened";
        return result;
    }
    share::Base64Result bytes = share::base64UrlDecode(rest);
    if (!bytes.ok) {
        // The position counts from the start of what was given (the URL, or the fragment).
        result.error =
            bytes.badIndex < rest.size()
                ? "the share link is damaged: " + bytes.error.substr(0, bytes.error.rfind(" at character ")) +
                      " at character " + std::to_string(offset + bytes.badIndex + 1) + " of the link"
                : "the share link is truncated: " + bytes.error;
        return result;
    }
    share::InflateResult inflated = share::inflateRaw(bytes.bytes, cap);
    if (!inflated.ok) {
        result.error = inflated.tooLarge ? "the document in the share link is larger than the limit of " +
                                               std::to_string(cap >> 20) + " MB; it was not opened"
                       : inflated.truncated ? "the share link is truncated: " + inflated.error
                                            : "the share link is damaged: " + inflated.error;
        return result;
    }
    result.ok = true;
    result.text = std::move(inflated.data);
    return result;
}

std::string shareLinkSizeText(std::size_t bytes) {
    const double kb = static_cast<double>(bytes) / 1024.0;
    if (kb >= 10.0) return std::to_string(static_cast<long long>(kb + 0.5)) + " KB";
    const long long tenths = static_cast<long long>(kb * 10.0 + 0.5);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " KB";
}

std::string shareLinkTooLongMessage(std::size_t fragmentBytes) {
    return "This scorecard is " + shareLinkSizeText(fragmentBytes) + " as a link; links over " +
           std::to_string(kMaxShareFragmentBytes / 1024) +
           " KB break in mail and chat. Save the file and send that instead.";
}

}  // namespace sc
