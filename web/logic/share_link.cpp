// Share link decisions (see share_link.h).
#include "logic/share_link.h"

#include "share/share_link.h"

namespace sc::web {

ShareLinkOffer shareLinkOffer(const std::string& documentText, const std::string& pageUrl) {
    ShareLinkOffer offer;
    const std::string fragment = sc::shareFragment(documentText);
    offer.fragmentBytes = fragment.size();
    if (offer.fragmentBytes > sc::kMaxShareFragmentBytes) {
        offer.tooLong = true;
        offer.message = sc::shareLinkTooLongMessage(offer.fragmentBytes);
        return offer;
    }
    offer.link = pageUrl.substr(0, pageUrl.find('#')) + fragment;
    offer.message = "Copied a share link (" + sc::shareLinkSizeText(offer.fragmentBytes) +
                    ") to the clipboard. The whole scorecard is inside the link, after the #, which "
                    "browsers never send to a server; whoever has the link can read it.";
    return offer;
}

SharedOpen readShareLink(const std::string& pageUrl) {
    SharedOpen result;
    if (!sc::isShareLink(pageUrl)) return result;
    const sc::ShareLinkDecoded decoded = sc::decodeShareLink(pageUrl);
    if (!decoded.ok) {
        result.kind = SharedOpen::Kind::Refused;
        result.error = decoded.error;
        return result;
    }
    result.loaded = sc::loadDocument(decoded.text);
    if (!result.loaded.ok) {
        result.kind = SharedOpen::Kind::Refused;
        result.error = "the link holds no scorecard the app can open: " + result.loaded.error;
        return result;
    }
    result.kind = SharedOpen::Kind::Open;
    return result;
}

}  // namespace sc::web
