// The single source of truth for materials (PRODUCT.md section 3; seed 000 "Every correction,
// every acknowledgment, every updated guideline should be documented"): a material's current
// version, who must be told of it (its audience, else every active partner) and who has not
// acknowledged it yet, and which version a partner had on a given day. docs/PARTNERS.md
// "Materials".
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/document.h"

namespace sc::partners {

// A partner has a week to acknowledge a new version (seed 000: "Problems caught in a week are
// just adjustments"); after that the missing acknowledgement is overdue.
inline constexpr std::int64_t kAcknowledgeWithinDays = 7;

struct MissingAcknowledgement {
    std::string partnerId;
    std::string partnerName;
    std::string lastAcknowledged;  // the version the partner last acknowledged; empty = none
};

struct MaterialAcknowledgements {
    std::string materialId;
    std::string name;
    std::string currentVersion;         // the last version; empty when the material has none
    std::string updatedOn;              // the current version's date
    std::string dueOn;                  // updatedOn + kAcknowledgeWithinDays; empty without a readable date
    std::vector<std::string> audience;  // partner ids who must acknowledge it
    std::vector<MissingAcknowledgement> missing;  // of those, the ones without an ack of the current version
    std::int64_t daysOverdue = 0;                 // today − dueOn when positive and someone is missing
    bool overdue = false;
};

// The partners who must be told of a change to `material`: its audience_partner_ids, or every
// partner whose status is "active" when the list is empty. Document order.
std::vector<std::string> materialAudience(const Document& doc, const Material& material);

// The current version's acknowledgements at `today`. Archived materials and materials without
// versions have no audience and nothing missing.
MaterialAcknowledgements materialAcknowledgements(const Document& doc, const Material& material,
                                                  const std::string& today);

// Every current material with at least one acknowledgement missing past its due date, most
// overdue first (ties in document order).
std::vector<MaterialAcknowledgements> overdueAcknowledgements(const Document& doc, const std::string& today);

// ---- Versions over time ----

// The version of `material` that was current on `date`: the last version dated on or before
// it (versions are kept oldest first). nullptr when no version existed yet, or when `date` is
// not a date.
const MaterialVersion* versionCurrentOn(const Material& material, const std::string& date);

// The partner's latest acknowledgement of `material` given on or before `date` (the latest
// acknowledged_on; on the same day the later one in the list); nullptr when there is none.
const Acknowledgement* acknowledgementOn(const Material& material, const std::string& partnerId,
                                         const std::string& date);

// What a partner had of one material on a date ("links incidents to the materials version the
// partner had", seed 000: "They never received the updated material").
struct MaterialHeld {
    std::string materialId;
    std::string name;
    std::string version;         // the version acknowledged by then; empty = none
    std::string acknowledgedOn;  // of that acknowledgement
    std::string currentVersion;  // the version current on the date
    bool upToDate = false;       // version == currentVersion
};

// Every material that existed on `date` (a version dated on or before it) and concerns the
// partner (the audience of a material not archived, or any material the partner acknowledged),
// in document order; empty when `date` is not a date.
std::vector<MaterialHeld> materialsHeldOn(const Document& doc, const std::string& partnerId,
                                          const std::string& date);

}  // namespace sc::partners
