// The "materials" section of `scorecard partners` (seed 000 §1 "Create a single source of truth":
// version every document with a clear "last updated" date, notify partners when materials
// change, archive old versions): per material its versions, current version, owner and status,
// which version each partner of its audience last acknowledged, and who still must be told of
// the current version, with the days they have been on an old one. docs/PARTNERS.md "Materials".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/common.h"
#include "model/document.h"

namespace sc::partners {

struct PartnerMaterialState {
    std::string partnerId;
    std::string partnerName;
    std::string lastAcknowledged;  // the version last acknowledged; empty = none
    std::string acknowledgedOn;
    bool current = false;  // lastAcknowledged is the current version
    // Not current: today − the current version's date (how long the partner has been on an old
    // version, or on none, since the change); nullopt without readable dates.
    std::optional<std::int64_t> daysOnOldVersion;
};

struct MaterialStatus {
    std::string materialId;
    std::string name;
    std::string kind;
    std::string owner;
    std::string status;                            // "current" | "archived" (as written)
    std::string currentVersion;                    // the last version; empty without versions
    std::string updatedOn;                         // its date
    std::vector<MaterialVersion> versions;         // oldest first
    std::vector<std::string> audience;             // who must be told of a change (none when archived)
    std::vector<PartnerMaterialState> partners;    // one per audience partner, in audience order
    std::vector<PartnerMaterialState> mustBeTold;  // of those, the ones not on the current version
};

// Every material of the document, in document order, at `today` ("YYYY-MM-DD").
std::vector<MaterialStatus> materialStatuses(const Document& doc, const std::string& today);

// Key "materials" of the partners JSON, and the text section.
Json materialStatusesToJson(const std::vector<MaterialStatus>& materials);
std::string materialStatusesToText(const std::vector<MaterialStatus>& materials, const std::string& today);

}  // namespace sc::partners
