#include "partners/report_output.h"

#include <algorithm>
#include <sstream>

#include "engine/text_util.h"
#include "partners/money_text.h"

namespace sc::partners {

namespace {

// UTF-8 characters, so names with accents line up.
std::size_t textWidth(const std::string& text) {
    std::size_t chars = 0;
    for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
    return chars;
}

std::string pad(const std::string& text, std::size_t width) {
    const std::size_t chars = textWidth(text);
    return chars >= width ? text + " " : text + std::string(width - chars, ' ');
}

char ragLetter(const std::string& rag) {
    return rag == "green" ? 'G' : rag == "amber" ? 'A' : rag == "red" ? 'R' : '-';
}

const char* trendMark(const std::string& trend) {
    if (trend == "improving") return "+";
    if (trend == "worsening") return "-";
    if (trend == "steady") return "=";
    if (trend == "new") return "*";
    return " ";
}

std::string kpiCellText(const KpiThreshold& t, const KpiCell& c) {
    if (!c.value) return "no data";
    return kpiValueText(t, *c.value) + " " + ragLetter(c.rag) + " " + (c.source == "computed" ? "c" : "m") +
           trendMark(c.trend);
}

void notes(std::ostringstream& out, const std::string& title, const std::vector<PartnerNote>& list) {
    out << "\n" << title << " (" << list.size() << ")\n";
    if (list.empty()) out << "  (none)\n";
    for (const auto& n : list) out << "  " << n.partnerName << ": " << n.text << "\n";
}

}  // namespace

std::string partnerKpiReportToText(const PartnerKpiReport& report) {
    std::ostringstream out;
    if (report.period.empty()) {
        out << "No partner data (deals, reports, KPI records, pulse answers) in the document.\n";
        return out.str();
    }
    out << "Partner KPIs for " << report.period << "\n";
    out << "cells: value, G/A/R against the benchmark, c computed from the audits or m entered by hand,\n"
           "trend against the previous period with data (+ improving, - worsening, = steady, * first "
           "value)\n\n";
    const std::size_t kpis = kpiIds().size();
    std::size_t nameWidth = 8;
    for (const auto& row : report.partners) nameWidth = std::max(nameWidth, textWidth(row.name) + 2);
    out << pad("PARTNER", nameWidth) << pad("TIER", 8);
    const char* headers[] = {"MESSAGE", "PRICING", "REPORTING", "FEEDBACK", "ESCALATIONS"};
    for (const char* h : headers) out << pad(h, 15);
    out << "TIER ADVICE\n";
    for (const auto& row : report.partners) {
        out << pad(row.name, nameWidth) << pad(row.tier, 8);
        for (std::size_t k = 0; k < kpis; ++k) out << pad(kpiCellText(report.thresholds[k], row.kpis[k]), 15);
        const auto& a = row.tierAdvice;
        out << a.action << (a.recommended != a.current ? " -> " + a.recommended : "") << "\n";
    }

    out << "\nBenchmarks: ";
    for (std::size_t k = 0; k < kpis; ++k) {
        const auto& t = report.thresholds[k];
        out << (k ? "; " : "") << engine::inSentence(t.name) << " green "
            << (t.higherIsBetter ? ">= " : "<= ") << kpiValueText(t, t.green) << ", amber "
            << (t.higherIsBetter ? ">= " : "<= ") << kpiValueText(t, t.amber)
            << (t.fromDictionary ? "" : " (default)");
    }
    out << "\n\nPulse survey (average 1-5 answer, G/A/R, trend)\n";
    out << pad("PARTNER", nameWidth);
    for (const auto& q : pulseQuestions()) out << pad(q, 14);
    out << "\n";
    for (const auto& row : report.partners) {
        out << pad(row.name, nameWidth);
        for (const auto& c : row.pulse)
            out << pad(c.averageCenti
                           ? pulseText(*c.averageCenti) + " " + ragLetter(c.rag) + trendMark(c.trend)
                           : "no data",
                       14);
        out << "\n";
    }

    out << "\nTier recommendations\n";
    for (const auto& row : report.partners) {
        const auto& a = row.tierAdvice;
        out << "  " << row.name << " (" << (a.current.empty() ? "no tier" : a.current) << "): " << a.action;
        if (a.recommended != a.current) out << " to " << a.recommended;
        out << " - " << a.reason << "\n";
    }
    notes(out, "Correct privately", report.correctPrivately);
    notes(out, "Acknowledge publicly", report.acknowledgePublicly);
    notes(out, "Relationships to attend to (red pulse)", report.relationshipsAtRisk);
    out << "\nChannel conflicts (" << report.conflicts.size() << ")\n";
    if (report.conflicts.empty()) out << "  (none)\n";
    for (const auto& c : report.conflicts)
        out << "  " << (c.resolved ? "[resolved] " : "")
            << (c.kind == "same_account" ? "same account: " : "outside territory: ") << c.reason << "\n";
    // A missing price or limit leaves a rule unchecked, never violated (pricing_checks.h).
    std::size_t unchecked = 0;
    for (const auto& row : report.partners) unchecked += row.pricing.notChecked.size();
    if (unchecked > 0) {
        out << "\nPricing rules not checked in " << report.period
            << " (a value is missing; not violations)\n";
        for (const auto& row : report.partners)
            for (const auto& n : row.pricing.notChecked) out << "  " << row.name << ": " << n.text << "\n";
    }
    return out.str();
}

std::string messageAuditToText(const MessageAudit& audit, const std::string& partnerLabel) {
    std::ostringstream out;
    out << "Message consistency of " << partnerLabel << "'s copy: ";
    if (!audit.error.empty()) {
        out << "not audited: " << audit.error << "\n";
        return out.str();
    }
    if (!audit.scoreBp) {
        out << "no sentence to audit (the copy is empty)\n";
        return out.str();
    }
    out << bpPercentText(*audit.scoreBp) << " (" << audit.approved + audit.neutral << " of "
        << audit.sentences.size() << " sentences break no rule: " << audit.approved
        << (audit.approved == 1 ? " carries" : " carry") << " an approved claim, " << audit.neutral
        << " neutral; " << audit.violating << " violating)\n";
    out << "\nFlagged passages (" << audit.flags.size() << ")\n";
    if (audit.flags.empty()) out << "  (none)\n";
    for (const auto& f : audit.flags)
        out << "  line " << f.line << ", column " << f.column << ": \"" << f.text << "\" breaks " << f.ruleId
            << (f.ruleName.empty() ? "" : " (" + f.ruleName + ")") << " [" << f.category << "]\n";
    return out.str();
}

}  // namespace sc::partners
