#include "partners/channel_conflicts.h"

#include <algorithm>
#include <map>

#include "engine/text_util.h"
#include "partners/copy_text.h"

namespace sc::partners {

namespace {

std::string partnerLabel(const Document& doc, const std::string& id) {
    const Partner* p = findById(doc.partners, id);
    return p ? engine::labelOf(*p) : id;
}

std::string territoryLabel(const Document& doc, const std::string& id) {
    const Territory* t = findById(doc.rules.territories, id);
    return t && !t->name.empty() ? t->name + " (" + id + ")" : id;
}

ChannelConflict sameAccount(const Document& doc, std::vector<const DealRegistration*> regs) {
    std::stable_sort(regs.begin(), regs.end(), [](const DealRegistration* a, const DealRegistration* b) {
        return a->registeredOn < b->registeredOn;
    });
    ChannelConflict c;
    c.kind = "same_account";
    c.account = regs.front()->account;
    std::vector<std::string> standing;  // partners with a registration not rejected
    for (const auto* r : regs) {
        c.registrationIds.push_back(r->id);
        if (std::find(c.partnerIds.begin(), c.partnerIds.end(), r->partnerId) == c.partnerIds.end())
            c.partnerIds.push_back(r->partnerId);
        if (r->status != "rejected" &&
            std::find(standing.begin(), standing.end(), r->partnerId) == standing.end())
            standing.push_back(r->partnerId);
    }
    c.resolved = standing.size() <= 1;
    // "Prairie Ag Solutions (since 2026-05-02: r001, r008; approved)", one group per partner.
    std::string claims;
    for (std::size_t p = 0; p < c.partnerIds.size(); ++p) {
        std::string ids, statuses, since;
        for (const auto* r : regs) {
            if (r->partnerId != c.partnerIds[p]) continue;
            if (since.empty()) since = r->registeredOn.empty() ? "undated" : r->registeredOn;
            ids += (ids.empty() ? "" : ", ") + r->id;
            if (statuses.find(r->status) == std::string::npos)
                statuses += (statuses.empty() ? "" : "/") + r->status;
        }
        claims += (p == 0                         ? ""
                   : p + 1 == c.partnerIds.size() ? " and "
                                                  : ", ") +
                  partnerLabel(doc, c.partnerIds[p]) + " (since " + since + ": " + ids + "; " + statuses +
                  ")";
    }
    c.reason = c.account + " is registered by " + claims;
    return c;
}

}  // namespace

std::vector<ChannelConflict> findChannelConflicts(const Document& doc) {
    std::vector<ChannelConflict> conflicts;
    std::map<std::string, std::vector<const DealRegistration*>> byAccount;
    for (const auto& r : doc.dealRegistrations) {
        const std::string key = normalisePhrase(r.account);
        if (!key.empty()) byAccount[key].push_back(&r);
    }
    for (const auto& [key, regs] : byAccount) {
        bool several = false;
        for (const auto* r : regs) several = several || r->partnerId != regs.front()->partnerId;
        if (several) conflicts.push_back(sameAccount(doc, regs));
    }
    for (const auto& r : doc.dealRegistrations) {
        const Partner* partner = findById(doc.partners, r.partnerId);
        if (!partner || partner->territoryId.empty() || r.territoryId.empty() ||
            r.territoryId == partner->territoryId)
            continue;
        ChannelConflict c;
        c.kind = "outside_territory";
        c.account = r.account;
        c.registrationIds = {r.id};
        c.partnerIds = {r.partnerId};
        c.resolved = r.status == "rejected";
        c.reason = engine::labelOf(*partner) + " registered " + r.account + " in " +
                   territoryLabel(doc, r.territoryId) + "; its territory is " +
                   territoryLabel(doc, partner->territoryId) + " (" + r.id + ", " + r.status + ")";
        conflicts.push_back(std::move(c));
    }
    return conflicts;
}

}  // namespace sc::partners
