#include "dashboard/overdue.h"
#include "model/counted.h"

#include <algorithm>

#include "partners/cadence.h"
#include "partners/materials.h"
#include "workflow/dates.h"
#include "workflow/experiments.h"

namespace sc::dashboard {

namespace {

std::string partnerLabel(const Document& doc, const std::string& partnerId) {
    if (partnerId.empty()) return "all partners";
    const Partner* p = findById(doc.partners, partnerId);
    return p && !p->name.empty() ? p->name : partnerId;
}

void addCadence(const Document& doc, const std::string& today, std::vector<OverdueItem>& out) {
    for (const auto& c : partners::overdueCadence(doc, today)) {
        OverdueItem item;
        item.kind = "cadence";
        item.id = c.cadenceId;
        item.title = c.name;
        item.dueOn = c.nextDueOn;
        item.daysOverdue = c.daysOverdue;
        item.detail = c.kind + " with " + partnerLabel(doc, c.partnerId) +
                      (c.lastHeldOn.empty() ? ", never held" : ", last held " + c.lastHeldOn);
        out.push_back(std::move(item));
    }
}

void addVerifications(const Document& doc, const engine::ScoreReport& report, const std::string& today,
                      std::vector<OverdueItem>& out) {
    const auto todayDay = parseDate(today);
    if (!todayDay) return;
    for (const auto& r : report.verifications) {
        if (r.status == "too_early" || r.daysElapsed < 0 || r.daysRequired <= 0) continue;
        const Verification* v = findById(doc.verifications, r.verificationId);
        const Decision* d = v ? findById(doc.decisions, v->decisionId) : nullptr;
        const Mismatch* m = d ? findById(doc.mismatches, d->mismatchId) : nullptr;
        if (!m || m->status != "fixed") continue;  // already carried over (verified or reopened)
        const std::int64_t due = *todayDay - r.daysElapsed + r.daysRequired;
        OverdueItem item;
        item.kind = "verification";
        item.id = r.verificationId;
        item.title = "Verify: " + (v->name.empty() ? m->name : v->name);
        item.dueOn = formatDate(due);
        item.daysOverdue = *todayDay - due;
        item.detail = r.message;
        item.mismatchId = m->id;
        out.push_back(std::move(item));
    }
}

void addExperiments(const Document& doc, const engine::ScoreReport& report, const std::string& today,
                    std::vector<OverdueItem>& out) {
    const auto todayDay = parseDate(today);
    if (!todayDay) return;
    for (const auto& r : report.experiments) {
        const Experiment* e = findById(doc.experiments, r.experimentId);
        if (!e || r.status != "ready" || !e->endedOn.empty()) continue;
        std::int64_t due = *todayDay;  // the lead count was reached: stop now
        const auto start = parseDate(e->startedOn);
        const std::int64_t maxDays = e->maxDays > 0 ? e->maxDays : 14;
        if (start && *start + maxDays <= *todayDay) due = *start + maxDays;
        OverdueItem item;
        item.kind = "experiment";
        item.id = e->id;
        item.title = "End A/B test: " + (e->name.empty() ? e->id : e->name);
        item.dueOn = formatDate(due);
        item.daysOverdue = *todayDay - due;
        item.detail = "stopping rule met: " + r.statusReason;
        item.mismatchId = e->mismatchId;
        out.push_back(std::move(item));
    }
}

void addMaterials(const Document& doc, const std::string& today, std::vector<OverdueItem>& out) {
    for (const auto& m : partners::overdueAcknowledgements(doc, today)) {
        OverdueItem item;
        item.kind = "material";
        item.id = m.materialId;
        item.title = "Acknowledge " + m.name + " " + m.currentVersion;
        item.dueOn = m.dueOn;
        item.daysOverdue = m.daysOverdue;
        std::string who;
        for (const auto& x : m.missing) who += (who.empty() ? "" : ", ") + x.partnerName;
        item.detail = counted(m.missing.size(), "partner has", "partners have") +
                      " not acknowledged version " + m.currentVersion + " of " + m.updatedOn + ": " + who;
        out.push_back(std::move(item));
    }
}

void addDecisions(const Document& doc, const std::string& today, std::vector<OverdueItem>& out) {
    for (const auto& d : doc.decisions) {
        if (d.kind == "accept_tradeoff" || !d.implementedOn.empty() || d.due.empty()) continue;
        const auto late = daysBetween(d.due, today);
        if (!late || *late <= 0) continue;
        OverdueItem item;
        item.kind = "decision";
        item.id = d.id;
        item.title = "Implement: " + (d.name.empty() ? d.id : d.name);
        item.dueOn = d.due;
        item.daysOverdue = *late;
        item.detail = d.owner.empty() ? "no owner" : "owner " + d.owner;
        item.mismatchId = d.mismatchId;
        out.push_back(std::move(item));
    }
}

}  // namespace

std::vector<OverdueItem> overdueItems(const Document& doc, const engine::ScoreReport& report,
                                      const std::string& today) {
    std::vector<OverdueItem> out;
    addCadence(doc, today, out);
    addVerifications(doc, report, today, out);
    addExperiments(doc, report, today, out);
    addMaterials(doc, today, out);
    addDecisions(doc, today, out);
    std::stable_sort(out.begin(), out.end(), [](const OverdueItem& a, const OverdueItem& b) {
        return a.daysOverdue > b.daysOverdue;
    });
    return out;
}

}  // namespace sc::dashboard
