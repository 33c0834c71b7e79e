#include "partners/material_citations.h"

#include "engine/text_util.h"
#include "partners/materials.h"
#include "workflow/dates.h"

namespace sc::partners {

namespace {

// Seed 000 puts the fault on the system: the answer is to resend, never to blame.
const char* kSystemFault =
    "seed 000: outdated material in use is the system's fault, not the partner's; resend the current "
    "version";

std::size_t indexOf(const Material& m, const std::string& version) {
    for (std::size_t i = 0; i < m.versions.size(); ++i)
        if (m.versions[i].version == version) return i;
    return m.versions.size();
}

}  // namespace

std::vector<OutdatedCitation> findOutdatedCitations(const Document& doc) {
    std::vector<OutdatedCitation> out;
    for (const CopySample& sample : doc.copySamples) {
        if (sample.materialId.empty() || sample.materialVersion.empty()) continue;
        const Material* m = findById(doc.materials, sample.materialId);
        if (!m) continue;
        const std::size_t cited = indexOf(*m, sample.materialVersion);
        if (cited == m->versions.size()) continue;
        OutdatedCitation c;
        c.sampleId = sample.id;
        c.sampleName = engine::labelOf(sample);
        c.partnerId = sample.partnerId;
        c.capturedOn = sample.capturedOn;
        c.materialId = m->id;
        c.materialName = engine::labelOf(*m);
        c.citedVersion = sample.materialVersion;
        const std::string cites =
            "'" + c.sampleName + "' cites " + c.materialName + " version " + c.citedVersion;
        if (m->status == "archived") {
            c.archived = true;
            c.why = cites + ", an archived material that should no longer be in use; " + kSystemFault +
                    " of what replaced it";
            out.push_back(std::move(c));
            continue;
        }
        const MaterialVersion* current =
            isValidDate(sample.capturedOn) ? versionCurrentOn(*m, sample.capturedOn) : &m->versions.back();
        if (!current || indexOf(*m, current->version) <= cited) continue;
        c.currentVersion = current->version;
        c.currentSince = current->updatedOn;
        c.why = cites + "; version " + c.currentVersion + " has been current since " +
                (c.currentSince.empty() ? std::string("an undated update") : c.currentSince) +
                (c.capturedOn.empty() ? "" : " (copy captured " + c.capturedOn + ")") + "; " + kSystemFault;
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace sc::partners
