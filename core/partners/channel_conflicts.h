// Channel conflicts from deal registrations (seed 000 "How leads are assigned"): the same
// account claimed by two or more partners, and registrations outside the partner's territory.
// Rules in docs/PARTNERS.md ("Channel conflicts").
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace sc::partners {

struct ChannelConflict {
    std::string kind;                          // "same_account" | "outside_territory"
    std::string account;                       // as first registered
    std::vector<std::string> registrationIds;  // by registration date, then document order
    std::vector<std::string> partnerIds;       // distinct, in order of their first registration
    std::string reason;
    // Settled by a rejection: at most one partner still holds a registration that is not
    // rejected (same account), or the registration itself was rejected (outside territory).
    bool resolved = false;
};

// Accounts are compared on their words, so "Hansen Family Farms" and "hansen family farms."
// are one account. Registrations of one account by one partner, however many and however they
// overlap, are not a conflict. Same-account conflicts first (by account), then territory ones.
std::vector<ChannelConflict> findChannelConflicts(const Document& doc);

}  // namespace sc::partners
