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

const MaterialVersion* versionCurrentOn(const Material& material, const std::string& date) {
    const auto day = parseDate(date);
    if (!day) return nullptr;
    const MaterialVersion* current = nullptr;
    for (const auto& v : material.versions) {
        const auto updated = parseDate(v.updatedOn);
        // An undated version cannot be placed in time; it never becomes "current on" a day.
        if (updated && *updated <= *day) current = &v;
    }
    return current;
}

const Acknowledgement* acknowledgementOn(const Material& material, const std::string& partnerId,
                                         const std::string& date) {
    const auto day = parseDate(date);
    if (!day) return nullptr;
    const Acknowledgement* latest = nullptr;
    std::int64_t latestDay = 0;
    for (const auto& a : material.acknowledgements) {
        if (a.partnerId != partnerId) continue;
        const auto on = parseDate(a.acknowledgedOn);
        if (!on || *on > *day) continue;
        if (!latest || *on >= latestDay) {
            latest = &a;
            latestDay = *on;
        }
    }
    return latest;
}

std::vector<MaterialHeld> materialsHeldOn(const Document& doc, const std::string& partnerId,
                                          const std::string& date) {
    std::vector<MaterialHeld> out;
    if (!parseDate(date)) return out;
    for (const auto& m : doc.materials) {
        const MaterialVersion* current = versionCurrentOn(m, date);
        if (!current) continue;
        const Acknowledgement* ack = acknowledgementOn(m, partnerId, date);
        // An archived material is out of circulation (when it was archived is not recorded): it
        // concerns the partner only when the partner had acknowledged it.
        const auto audience = m.status == "archived" ? std::vector<std::string>{} : materialAudience(doc, m);
        const bool concerned =
            ack || std::find(audience.begin(), audience.end(), partnerId) != audience.end();
        if (!concerned) continue;
        MaterialHeld held;
        held.materialId = m.id;
        held.name = m.name.empty() ? m.id : m.name;
        held.currentVersion = current->version;
        if (ack) {
            held.version = ack->version;
            held.acknowledgedOn = ack->acknowledgedOn;
        }
        held.upToDate = ack && ack->version == current->version;
        out.push_back(std::move(held));
    }
    return out;
}

}  // namespace sc::partners
