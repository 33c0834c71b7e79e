// The materials section of `scorecard partners` as JSON and as text (docs/PARTNERS.md
// "Materials").
#include <sstream>

#include "engine/text_util.h"
#include "model/vocabularies.h"
#include "partners/material_status.h"

namespace sc::partners {

namespace {

Json textOrNull(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json partnerJson(const PartnerMaterialState& p) {
    return {{"partner", p.partnerId},
            {"name", p.partnerName},
            {"last_acknowledged", textOrNull(p.lastAcknowledged)},
            {"acknowledged_on", textOrNull(p.acknowledgedOn)},
            {"current", p.current},
            {"days_on_old_version", p.daysOnOldVersion ? Json(*p.daysOnOldVersion) : Json(nullptr)}};
}

std::string daysText(const std::optional<std::int64_t>& days) {
    if (!days) return "";
    return ", " + std::to_string(*days) + (*days == 1 ? " day" : " days");
}

}  // namespace

Json materialStatusesToJson(const std::vector<MaterialStatus>& materials) {
    Json out = Json::array();
    for (const auto& m : materials) {
        Json versions = Json::array();
        for (const auto& v : m.versions)
            versions.push_back({{"version", v.version}, {"updated_on", v.updatedOn}, {"summary", v.summary}});
        Json partners = Json::array();
        for (const auto& p : m.partners) partners.push_back(partnerJson(p));
        Json mustBeTold = Json::array();
        for (const auto& p : m.mustBeTold) mustBeTold.push_back(partnerJson(p));
        out.push_back({{"id", m.materialId},
                       {"name", m.name},
                       {"kind", m.kind},
                       {"owner", m.owner},
                       {"status", m.status},
                       {"current_version", textOrNull(m.currentVersion)},
                       {"updated_on", textOrNull(m.updatedOn)},
                       {"versions", versions},
                       {"audience", m.audience},
                       {"partners", partners},
                       {"must_be_told", mustBeTold}});
    }
    return out;
}

std::string materialStatusesToText(const std::vector<MaterialStatus>& materials, const std::string& today) {
    std::ostringstream out;
    out << "\nMaterials: one source of truth at " << today << " (" << materials.size() << ")\n";
    if (materials.empty()) out << "  (none)\n";
    for (const auto& m : materials) {
        out << "  " << m.name << " ("
            << (m.kind.empty() ? std::string("material")
                               : engine::inSentence(std::string(vocab::kMaterialKind.labelOf(m.kind))))
            << (m.owner.empty() ? "" : ", owner " + m.owner) << "): ";
        if (m.currentVersion.empty()) {
            out << "no version yet\n";
            continue;
        }
        if (m.status == "archived") {
            out << "archived (last version " << m.currentVersion
                << (m.updatedOn.empty() ? "" : " of " + m.updatedOn) << ")\n";
            continue;
        }
        out << "version " << m.currentVersion << (m.updatedOn.empty() ? "" : " since " + m.updatedOn) << "; "
            << m.partners.size() - m.mustBeTold.size() << " of " << m.partners.size()
            << (m.partners.size() == 1 ? " partner has" : " partners have") << " acknowledged it\n";
        if (m.mustBeTold.empty()) continue;
        out << "      still to tell:";
        for (std::size_t i = 0; i < m.mustBeTold.size(); ++i) {
            const auto& p = m.mustBeTold[i];
            out << (i ? "; " : " ") << p.partnerName << " ("
                << (p.lastAcknowledged.empty() ? "none acknowledged" : "on " + p.lastAcknowledged)
                << daysText(p.daysOnOldVersion) << ")";
        }
        out << "\n";
    }
    return out.str();
}

}  // namespace sc::partners
