// Deal registrations, report submissions, KPI records and pulse answers. Planted: one
// registration in every `stride` (1000, or 20 in a small file) claims the previous one's account
// for another partner (a same-account conflict), and another lies outside the partner's territory;
// report k is late when k % 37 == 5 and never submitted when k % 53 == 11.
#include "generate/generate_parts.h"

namespace sc::generate {
namespace {

void addRegistrations(Document& doc, const Sizes& sizes, Rng& rng, Planted& planted) {
    const std::vector<std::string> statuses = {"pending", "approved", "approved", "approved"};
    const std::size_t stride = sizes.registrations >= 2000 ? 1000 : 20;
    doc.dealRegistrations.reserve(sizes.registrations);
    for (std::size_t i = 0; i < sizes.registrations; ++i) {
        std::size_t partner = rng.index(doc.partners.size());
        DealRegistration r;
        r.id = numberedId("r-", i, 7);
        r.account = numberedId("Prospect ", i, 7);
        const std::size_t month = rng.index(sizes.periods);
        r.registeredOn = dayIn(periodAt(sizes, month), rng.between(1, 28));
        r.status = rng.pick(statuses);
        if (i % stride == stride / 2) {
            const DealRegistration& previous = doc.dealRegistrations.back();
            r.account = previous.account;
            r.status = "pending";
            const Partner* owner = findById(doc.partners, previous.partnerId);
            partner = (static_cast<std::size_t>(owner - doc.partners.data()) + 1) % doc.partners.size();
            planted.conflictAccounts.push_back(r.account);
        }
        r.partnerId = doc.partners[partner].id;
        r.territoryId = doc.partners[partner].territoryId;
        if (i % stride == stride * 7 / 10) {
            r.territoryId = doc.rules.territories[(partner + 1) % doc.rules.territories.size()].id;
            r.status = "pending";
            planted.outsideTerritory.push_back(r.id);
        }
        doc.dealRegistrations.push_back(std::move(r));
    }
}

// Monthly reports of the last twelve months (or fewer), due on the 10th of the next month.
void addReports(Document& doc, const Sizes& sizes, Rng& rng, Planted& planted) {
    const std::size_t months = std::min<std::size_t>(12, sizes.periods);
    std::size_t k = 0;
    for (std::size_t m = sizes.periods - months; m < sizes.periods; ++m) {
        const std::string period = periodAt(sizes, m), next = nextPeriod(period);
        for (const Partner& p : doc.partners) {
            ReportSubmission r;
            r.id = numberedId("rep-", k, 7);
            r.partnerId = p.id;
            r.period = period;
            r.dueOn = dayIn(next, 10);
            r.submittedOn = dayIn(next, rng.between(1, 10));
            if (k % 37 == 5) {
                r.submittedOn = dayIn(next, rng.between(15, 28));
                planted.lateReports.push_back(r.id);
            } else if (k % 53 == 11) {
                r.submittedOn.clear();
                planted.missingReports.push_back(r.id);
            }
            doc.reportSubmissions.push_back(std::move(r));
            ++k;
        }
    }
}

// The KPIs partners report by hand, every month for every partner (pricing accuracy and
// reporting compliance are computed from the deals and the reports).
void addKpiRecords(Document& doc, const Sizes& sizes, Rng& rng) {
    doc.kpiRecords.reserve(sizes.periods * doc.partners.size() * 3);
    std::size_t k = 0;
    for (std::size_t m = 0; m < sizes.periods; ++m) {
        const std::string period = periodAt(sizes, m);
        for (const Partner& p : doc.partners) {
            for (const char* kpi :
                 {"message_consistency", "feedback_participation", "escalation_frequency"}) {
                KpiRecord r;
                r.id = numberedId("k-", k++, 7);
                r.partnerId = p.id;
                r.period = period;
                r.kpi = kpi;
                r.value = r.kpi == "escalation_frequency"  ? rng.between(0, 4)
                          : r.kpi == "message_consistency" ? rng.between(75, 100) * 100
                                                           : rng.between(20, 90) * 100;
                doc.kpiRecords.push_back(std::move(r));
            }
        }
    }
}

// The pulse survey of the last three months (or fewer).
void addPulse(Document& doc, const Sizes& sizes, Rng& rng) {
    const std::size_t months = std::min<std::size_t>(3, sizes.periods);
    std::size_t k = 0;
    for (std::size_t m = sizes.periods - months; m < sizes.periods; ++m) {
        const std::string period = periodAt(sizes, m);
        for (const Partner& p : doc.partners) {
            for (const char* question : {"autonomy", "mastery", "purpose", "satisfaction"}) {
                PulseAnswer a;
                a.id = numberedId("pu-", k++, 7);
                a.partnerId = p.id;
                a.period = period;
                a.respondent = p.contacts.empty() ? "Owner" : p.contacts.front().name;
                a.question = question;
                a.score = rng.between(0, 9) == 0 ? rng.between(1, 2) : rng.between(3, 5);
                doc.pulseAnswers.push_back(std::move(a));
            }
        }
    }
}

}  // namespace

void addRowTables(Document& doc, const Sizes& sizes, Rng& rng, Planted& planted) {
    addRegistrations(doc, sizes, rng, planted);
    addReports(doc, sizes, rng, planted);
    addKpiRecords(doc, sizes, rng);
    addPulse(doc, sizes, rng);
}

}  // namespace sc::generate
