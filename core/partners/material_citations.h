// "Outdated material in use" (seed 000 §1 "Create a single source of truth": "When a partner
// references outdated material, the problem is not the partner. It is the system that allowed
// outdated material to exist alongside current material."): a copy sample that cites a version
// of a material which was no longer current when the copy was captured, or cites an archived
// material. docs/PARTNERS.md "Outdated material in use".
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace sc::partners {

struct OutdatedCitation {
    std::string sampleId;
    std::string sampleName;
    std::string partnerId;
    std::string capturedOn;
    std::string materialId;
    std::string materialName;
    std::string citedVersion;
    std::string currentVersion;  // current on the capture date; empty for an archived material
    std::string currentSince;    // that version's date
    bool archived = false;
    std::string why;  // which version it cites, which is current, and that the fix is to resend
};

// Every copy sample citing an outdated version or an archived material, in document order.
// The version current on the capture day is the last one dated on or before it (a version
// published later does not make older copy outdated); a sample without a readable capture date
// is judged against the material's last version. Samples citing no material, an unknown
// material or a version the material does not have (validation reports those) are skipped.
std::vector<OutdatedCitation> findOutdatedCitations(const Document& doc);

}  // namespace sc::partners
