#include "partners/material_status.h"

#include "engine/text_util.h"
#include "partners/materials.h"
#include "workflow/dates.h"

namespace sc::partners {

std::vector<MaterialStatus> materialStatuses(const Document& doc, const std::string& today) {
    std::vector<MaterialStatus> out;
    for (const Material& m : doc.materials) {
        MaterialStatus s;
        s.materialId = m.id;
        s.name = engine::labelOf(m);
        s.kind = m.kind;
        s.owner = m.owner;
        s.status = m.status;
        s.versions = m.versions;
        if (!m.versions.empty()) {
            s.currentVersion = m.versions.back().version;
            s.updatedOn = m.versions.back().updatedOn;
        }
        // An archived material has nobody left to tell; one without versions has nothing to tell.
        if (m.status != "archived" && !m.versions.empty()) s.audience = materialAudience(doc, m);
        std::optional<std::int64_t> sinceChange = daysBetween(s.updatedOn, today);
        if (sinceChange && *sinceChange < 0) sinceChange = 0;  // a version dated after today
        for (const auto& partnerId : s.audience) {
            PartnerMaterialState p;
            p.partnerId = partnerId;
            const Partner* partner = findById(doc.partners, partnerId);
            p.partnerName = partner ? engine::labelOf(*partner) : partnerId;
            for (const auto& a : m.acknowledgements) {
                if (a.partnerId != partnerId) continue;
                // Acknowledgements are kept in the order they were given; the current one wins.
                if (!p.current) {
                    p.lastAcknowledged = a.version;
                    p.acknowledgedOn = a.acknowledgedOn;
                }
                if (a.version == s.currentVersion) p.current = true;
            }
            if (!p.current) p.daysOnOldVersion = sinceChange;
            if (!p.current) s.mustBeTold.push_back(p);
            s.partners.push_back(std::move(p));
        }
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace sc::partners
