#include "partners/audit_findings.h"

#include <sstream>

#include "engine/text_util.h"
#include "partners/channel_conflicts.h"
#include "partners/copy_samples.h"
#include "partners/feedback_loop.h"
#include "partners/incidents.h"
#include "partners/material_citations.h"
#include "partners/partner_data.h"
#include "partners/periods.h"
#include "partners/pricing_audit.h"
#include "partners/reporting_audit.h"

namespace sc::partners {

namespace {

std::string nameOf(const Document& doc, const std::string& partnerId) {
    const Partner* p = findById(doc.partners, partnerId);
    return p ? engine::labelOf(*p) : partnerId;
}

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
    return out;
}

}  // namespace

std::string copyFlagWhy(const std::string& where, const CopyFlag& flag) {
    return (where.empty() ? "" : "'" + where + "' ") + "line " + std::to_string(flag.line) + ", column " +
           std::to_string(flag.column) + ": \"" + flag.text + "\" breaks '" +
           (flag.ruleName.empty() ? flag.ruleId : flag.ruleName) + "' (" + flag.phrase + ")";
}

std::vector<AuditFinding> collectAuditFindings(const Document& doc, const std::string& today,
                                               const AuditFilter& filter) {
    std::vector<AuditFinding> out;
    const auto wanted = [&](const std::string& partnerId, const std::string& period) {
        return (filter.partnerId.empty() || filter.partnerId == partnerId) &&
               (filter.period.empty() || filter.period == period);
    };
    const auto add = [&](std::string audit, const std::string& partnerId, std::string period,
                         std::string rule, std::string subject, std::string why) {
        if (!wanted(partnerId, period)) return;
        out.push_back({std::move(audit), partnerId, nameOf(doc, partnerId), std::move(period),
                       std::move(rule), std::move(subject), std::move(why)});
    };

    // One grouping of the big tables, read once (they grow to a million rows).
    const std::string current = latestPeriod(doc).value_or("");
    const auto byPartner = groupByPartner(doc, current);
    for (const auto& partner : doc.partners) {
        const auto found = byPartner.find(partner.id);
        if (found == byPartner.end()) continue;
        for (const auto& [period, deals] : found->second.deals) {
            if (!wanted(partner.id, period)) continue;
            for (const auto& v : auditDeals(doc, deals).violations)
                add("pricing", partner.id, period, "price_point", v.dealId,
                    v.account + ": " + joined(v.reasons, "; "));
        }
    }
    for (const auto& partner : doc.partners) {
        const auto found = byPartner.find(partner.id);
        if (found == byPartner.end()) continue;
        for (const auto& [period, reports] : found->second.reports) {
            if (!wanted(partner.id, period)) continue;
            for (const auto& p : auditReports(reports).problems)
                add("reporting", partner.id, period, p.kind, p.reportId, p.reason);
        }
    }
    for (const auto& c : findChannelConflicts(doc)) {
        if (c.resolved) continue;
        std::string period;
        for (const auto& r : doc.dealRegistrations)
            if (!c.registrationIds.empty() && r.id == c.registrationIds.front())
                period = periodOfDate(r.registeredOn).value_or("");
        for (const auto& partnerId : c.partnerIds)
            add("conflicts", partnerId, period, c.kind, joined(c.registrationIds, ", "), c.reason);
    }
    for (const auto& v : buildFeedbackLoop(doc, today).intoTheVoid)
        add("feedback", v.partnerId, periodOfDate(v.receivedOn).value_or(""), "unanswered", v.id,
            "'" + v.name + "' has had no answer for " + std::to_string(v.days) +
                " days: partners who shout into a void stop sharing");
    for (const auto& r : reviewIncidents(doc))
        for (const auto& f : r.findings)
            add("incidents", r.partnerId, periodOfDate(r.occurredOn).value_or(""), f.rule, r.id,
                "'" + r.name + "': " + f.message);
    for (const auto& c : findOutdatedCitations(doc))
        add("materials", c.partnerId, periodOfDate(c.capturedOn).value_or(""), "outdated_material",
            c.sampleId, c.why);
    for (const auto& f : flagCopySamples(doc))
        add("copy", f.partnerId, periodOfDate(f.capturedOn).value_or(""),
            f.flag.category.empty() ? "forbidden_phrase" : f.flag.category, f.sampleId,
            copyFlagWhy(f.sampleName, f.flag));
    return out;
}

Json auditFindingsToJson(const std::vector<AuditFinding>& findings) {
    Json list = Json::array();
    for (const auto& f : findings)
        list.push_back({{"audit", f.audit},
                        {"partner", f.partnerId},
                        {"partner_name", f.partnerName},
                        {"period", f.period.empty() ? Json(nullptr) : Json(f.period)},
                        {"rule", f.rule},
                        {"subject", f.subject},
                        {"why", f.why}});
    return {{"count", findings.size()}, {"findings", list}};
}

std::string auditFindingsToText(const std::vector<AuditFinding>& findings) {
    std::ostringstream out;
    if (findings.empty()) {
        out << "No findings: every audit passed.\n";
        return out.str();
    }
    out << findings.size() << (findings.size() == 1 ? " finding" : " findings") << "\n";
    std::string audit;
    for (const auto& f : findings) {
        if (f.audit != audit) {
            audit = f.audit;
            out << "\n" << audit << "\n";
        }
        out << "  " << (f.period.empty() ? "undated" : f.period) << "  " << f.partnerName << "  [" << f.rule
            << "] " << f.subject << ": " << f.why << "\n";
    }
    return out.str();
}

}  // namespace sc::partners
