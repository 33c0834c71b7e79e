#include "partners/materials.h"

#include <algorithm>

#include "workflow/dates.h"

namespace sc::partners {

std::vector<std::string> materialAudience(const Document& doc, const Material& material) {
    std::vector<std::string> out;
    if (!material.audiencePartnerIds.empty()) {
        for (const auto& id : material.audiencePartnerIds)
            if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
        return out;
    }
    for (const auto& p : doc.partners)
        if (p.status == "active") out.push_back(p.id);
    return out;
}

MaterialAcknowledgements materialAcknowledgements(const Document& doc, const Material& material,
                                                  const std::string& today) {
    MaterialAcknowledgements r;
    r.materialId = material.id;
    r.name = material.name.empty() ? material.id : material.name;
    if (material.status == "archived" || material.versions.empty()) return r;
    r.currentVersion = material.versions.back().version;
    r.updatedOn = material.versions.back().updatedOn;
    if (auto day = parseDate(r.updatedOn)) r.dueOn = formatDate(*day + kAcknowledgeWithinDays);
    r.audience = materialAudience(doc, material);
    for (const auto& partnerId : r.audience) {
        bool current = false;
        std::string last;
        for (const auto& a : material.acknowledgements) {
            if (a.partnerId != partnerId) continue;
            if (a.version == r.currentVersion) current = true;
            last = a.version;  // acknowledgements are kept in the order they were given
        }
        if (current) continue;
        const Partner* p = findById(doc.partners, partnerId);
        r.missing.push_back({partnerId, p && !p->name.empty() ? p->name : partnerId, last});
    }
    if (!r.missing.empty() && !r.dueOn.empty())
        if (auto late = daysBetween(r.dueOn, today); late && *late > 0) {
            r.overdue = true;
            r.daysOverdue = *late;
        }
    return r;
}

std::vector<MaterialAcknowledgements> overdueAcknowledgements(const Document& doc, const std::string& today) {
    std::vector<MaterialAcknowledgements> out;
    for (const auto& m : doc.materials) {
        auto r = materialAcknowledgements(doc, m, today);
        if (r.overdue) out.push_back(std::move(r));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const MaterialAcknowledgements& a, const MaterialAcknowledgements& b) {
                         return a.daysOverdue > b.daysOverdue;
                     });
    return out;
}

}  // namespace sc::partners
