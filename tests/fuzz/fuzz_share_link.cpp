// Fuzz target: share links (core/share). The bytes are read three ways: as a link or fragment
// (decodeShareLink: prefix, base64url, raw DEFLATE, size cap), as raw DEFLATE data (inflateRaw,
// capped), and as data to compress. Whatever decodes must encode and decode back to the same
// bytes; any bytes compressed by deflateRaw must inflate back unchanged.
#include "fuzz_support.h"
#include "share/deflate.h"
#include "share/inflate.h"
#include "share/share_link.h"

using namespace sc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    constexpr std::size_t kCap = std::size_t{1} << 20;
    const std::string_view text = fuzz::asText(data, size);

    const ShareLinkDecoded decoded = decodeShareLink(text, kCap);
    if (decoded.ok) {
        const ShareLinkDecoded again = decodeShareLink(shareFragment(decoded.text), kCap);
        if (!again.ok || again.text != decoded.text)
            fuzz::fuzzFail("a decoded link does not survive encoding again");
    } else if (decoded.error.empty()) {
        fuzz::fuzzFail("a refused link has no message");
    }

    const share::InflateResult inflated = share::inflateRaw(text, kCap);
    if (inflated.ok) {
        if (inflated.data.size() > kCap) fuzz::fuzzFail("inflate wrote past its cap");
    } else if (inflated.error.empty()) {
        fuzz::fuzzFail("refused deflate data has no message");
    }

    const share::InflateResult back = share::inflateRaw(share::deflateRaw(text), size);
    if (!back.ok || back.data != text) fuzz::fuzzFail("deflateRaw's output does not inflate to its input");
    return 0;
}
