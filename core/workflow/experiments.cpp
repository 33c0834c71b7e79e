// The seed's stopping rule ("two weeks or 100 leads, whichever comes first") and the verdict
// of an A/B test. A lead is a conversion on either arm: the test page's conversion is the lead.
#include "workflow/experiments.h"

#include <algorithm>

#include "model/saturating.h"
#include "workflow/dates.h"
#include "workflow/number_text.h"

namespace sc {
namespace {

constexpr std::int64_t kDefaultMaxDays = 14;
constexpr std::int64_t kDefaultMaxLeads = 100;
constexpr std::int64_t kTinyArmVisitors = 100;

std::string plural(std::int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string testDescription(const ProportionTest& t) {
    std::string s = "Variant " + percentText(t.variantRate) + " vs control " + percentText(t.controlRate) +
                    " (" + pointsText(t.absoluteLift);
    if (t.relativeLiftDefined) s += ", " + fixedText(t.relativeLift * 100, 0) + "% relative";
    s += "; 95% CI " + pointsText(t.ciLow) + " to " + pointsText(t.ciHigh) + "); " + pStatementText(t.pValue);
    s += t.method == "fisher_exact" ? " (Fisher's exact test)"
         : t.method == "z_test"     ? " (z-test, z = " + fixedText(t.z, 2) + ")"
                                    : "";
    return s;
}

}  // namespace

std::string verdictLabel(const std::string& verdict) {
    if (verdict == "variant_better") return "variant better";
    if (verdict == "variant_worse") return "variant worse";
    if (verdict == "not_significant_yet") return "not significant yet";
    if (verdict == "interim_look") return "interim look, no verdict";
    return "no verdict";
}

ExperimentVerdict evaluateExperiment(const Experiment& e, const std::string& today) {
    ExperimentVerdict v;
    v.experimentId = e.id;
    v.test =
        compareProportions(e.controlVisitors, e.controlConversions, e.variantVisitors, e.variantConversions);

    const auto todayDay = parseDate(today);
    if (!todayDay) {
        v.status = "invalid";
        v.message = "today (\"" + today + "\") is not a YYYY-MM-DD date";
        v.summary = v.message;
        return v;
    }
    const bool impossibleCounts = e.controlVisitors < 0 || e.controlConversions < 0 ||
                                  e.variantVisitors < 0 || e.variantConversions < 0 ||
                                  e.controlConversions > e.controlVisitors ||
                                  e.variantConversions > e.variantVisitors;
    if (impossibleCounts) {
        v.status = "invalid";
        v.message = v.test.message;
        v.summary = "The counts cannot be right: " + v.test.message + ".";
        return v;
    }

    // [stopping rule]
    std::int64_t maxDays = e.maxDays, maxLeads = e.maxLeads;
    if (maxDays <= 0) {
        maxDays = kDefaultMaxDays;
        v.warnings.push_back("max_days is not positive; using " + std::to_string(kDefaultMaxDays));
    }
    if (maxLeads <= 0) {
        maxLeads = kDefaultMaxLeads;
        v.warnings.push_back("max_leads is not positive; using " + std::to_string(kDefaultMaxLeads));
    }
    v.leads = satAdd(e.controlConversions, e.variantConversions);
    v.leadsRemaining = std::max<std::int64_t>(0, satSub(maxLeads, v.leads));

    const auto start = parseDate(e.startedOn);
    const auto ended = parseDate(e.endedOn);
    if (!e.endedOn.empty() && !ended)
        v.warnings.push_back("ended_on (\"" + e.endedOn + "\") is not a date; counting to today");
    if (!start) {
        v.warnings.push_back(e.startedOn.empty()
                                 ? "no start date: the two-week clock cannot run, only the lead count applies"
                                 : "started_on (\"" + e.startedOn +
                                       "\") is not a date: only the lead count applies");
    } else {
        std::int64_t end = ended ? *ended : *todayDay;
        if (end < *start) {
            v.warnings.push_back(ended ? "ended_on is before started_on" : "the test starts after today");
            end = *start;
        }
        v.daysElapsed = end - *start;
        v.daysRemaining = std::max<std::int64_t>(0, satSub(maxDays, v.daysElapsed));
    }

    const bool daysMet = v.daysElapsed >= maxDays;
    const bool leadsMet = v.leads >= maxLeads;
    if (daysMet || leadsMet) {
        v.status = "ready";
        v.statusReason = leadsMet && daysMet ? "reached " + plural(v.leads, "lead", "leads") + " and " +
                                                   plural(v.daysElapsed, "day", "days")
                         : leadsMet ? "reached " + plural(v.leads, "lead", "leads") +
                                          " (rule: " + std::to_string(maxLeads) + ")"
                                    : plural(v.daysElapsed, "day has", "days have") +
                                          " passed (rule: " + std::to_string(maxDays) + ")";
    } else {
        std::string remaining = plural(v.leadsRemaining, "more lead", "more leads");
        if (v.daysRemaining >= 0)
            remaining = plural(v.daysRemaining, "more day", "more days") + " or " + remaining;
        if (ended) {
            v.status = "stopped_early";
            v.statusReason = "ended before the stopping rule was met (it needed " + remaining + ")";
            v.warnings.push_back("stopped early: the test ended before " + std::to_string(maxDays) +
                                 " days or " + std::to_string(maxLeads) +
                                 " leads, so its result is less reliable");
        } else {
            v.status = "keep_running";
            v.statusReason = "keep running: " + remaining + ", whichever comes first";
        }
    }

    // [verdict]
    if (!v.test.valid) {
        v.verdict = "no_verdict";
        v.message = v.test.message;
        v.summary = "No verdict: " + v.test.message + ".";
        return v;
    }
    // Seed 002: "Run the test for two weeks or 100 leads, whichever comes first" and "after
    // the test, document the results": before the rule is met there is no winner, however large
    // the interim difference — only an interim look with its numbers.
    if (v.status == "keep_running") v.verdict = "interim_look";
    else if (v.test.significant) v.verdict = v.test.absoluteLift > 0 ? "variant_better" : "variant_worse";
    else v.verdict = "not_significant_yet";

    if (std::min(e.controlVisitors, e.variantVisitors) < kTinyArmVisitors || v.test.method == "fisher_exact")
        v.warnings.push_back("tiny sample (" + std::to_string(e.controlVisitors) + " control and " +
                             std::to_string(e.variantVisitors) +
                             " variant visitors): only a large difference can show as real");
    if (v.status == "keep_running" && v.test.significant)
        v.warnings.push_back(
            "interim look: the stopping rule is not met yet, and a difference seen early "
            "often shrinks or vanishes; wait for the rule before rolling out");

    std::string conclusion;
    if (v.verdict == "interim_look")
        conclusion = std::string("Interim look, no verdict yet: the stopping rule is not met") +
                     (v.test.significant ? ", so the difference is not a result yet."
                                         : ". Not significant yet: the difference could still be chance.");
    else if (v.verdict == "variant_better")
        conclusion = "The variant converts better, and the difference is statistically real at the 5% level.";
    else if (v.verdict == "variant_worse")
        conclusion = "The variant converts worse, and the difference is statistically real at the 5% level.";
    else if (v.test.method == "none") conclusion = "No difference: " + v.test.methodReason + ".";
    else conclusion = "Not significant: with this sample the difference could be chance.";
    std::string reason = v.statusReason;
    if (!reason.empty() && reason[0] >= 'a' && reason[0] <= 'z') reason[0] = char(reason[0] - 'a' + 'A');
    v.summary = conclusion + " " + testDescription(v.test) + ". " + reason + ".";
    return v;
}

namespace {

WorkflowEdit refused(const Document& doc, const std::string& id, std::string error) {
    return refusedEdit(doc, std::move(error), id);
}

}  // namespace

WorkflowEdit startExperiment(const Document& doc, const std::string& decisionId,
                             const std::string& hypothesis, const std::string& today) {
    if (!isValidDate(today)) return refused(doc, "", "today (\"" + today + "\") is not a YYYY-MM-DD date");
    const Decision* d = findById(doc.decisions, decisionId);
    if (!d) return refused(doc, "", "no decision with id \"" + decisionId + "\"");
    if (d->kind == "accept_tradeoff")
        return refused(doc, "", "\"" + decisionId + "\" accepts a trade-off: there is no fix to test");
    WorkflowEdit out;
    out.document = doc;
    Experiment e;
    e.id = "exp-" + decisionId;
    for (int n = 2; findById(doc.experiments, e.id); ++n)
        e.id = "exp-" + decisionId + "-" + std::to_string(n);
    e.name = "Test: " + (d->name.empty() ? d->id : d->name);
    e.decisionId = decisionId;
    e.mismatchId = d->mismatchId;
    e.hypothesis = hypothesis;
    e.startedOn = today;
    out.document.experiments.push_back(e);
    out.ok = true;
    out.id = e.id;
    return out;
}

WorkflowEdit recordExperimentCounts(const Document& doc, const std::string& experimentId,
                                    std::int64_t controlVisitors, std::int64_t controlConversions,
                                    std::int64_t variantVisitors, std::int64_t variantConversions) {
    WorkflowEdit out;
    out.document = doc;
    out.id = experimentId;
    Experiment* e = findById(out.document.experiments, experimentId);
    if (!e) return refused(doc, experimentId, "no experiment with id \"" + experimentId + "\"");
    const auto check =
        compareProportions(controlVisitors, controlConversions, variantVisitors, variantConversions);
    const bool impossible = controlVisitors < 0 || controlConversions < 0 || variantVisitors < 0 ||
                            variantConversions < 0 || controlConversions > controlVisitors ||
                            variantConversions > variantVisitors;
    if (impossible) return refused(doc, experimentId, check.message);
    e->controlVisitors = controlVisitors;
    e->controlConversions = controlConversions;
    e->variantVisitors = variantVisitors;
    e->variantConversions = variantConversions;
    out.ok = true;
    return out;
}

WorkflowEdit endExperiment(const Document& doc, const std::string& experimentId, const std::string& today) {
    if (!isValidDate(today))
        return refused(doc, experimentId, "today (\"" + today + "\") is not a YYYY-MM-DD date");
    WorkflowEdit out;
    out.document = doc;
    out.id = experimentId;
    Experiment* e = findById(out.document.experiments, experimentId);
    if (!e) return refused(doc, experimentId, "no experiment with id \"" + experimentId + "\"");
    const auto days = daysBetween(e->startedOn, today);
    if (days && *days < 0)
        return refused(doc, experimentId, "cannot end before it started (" + e->startedOn + ")");
    e->endedOn = today;
    out.ok = true;
    return out;
}

}  // namespace sc
