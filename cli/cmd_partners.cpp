// `scorecard partners FILE [--period YYYY-MM] [--today YYYY-MM-DD] [--format text|json]`: the
// per-partner KPI table (seed 000 "Measuring alignment") with red/amber/green, trend, pulse
// survey, tier advice, the "correct privately" / "acknowledge publicly" lists and channel
// conflicts, then the programme's feedback loop, incidents and post-mortems, the materials and
// the weekly check-in health (docs/PARTNERS.md). `--all-periods` prints each KPI of each
// partner over every period instead.
#include <ostream>

#include "commands.h"
#include "format/document_io.h"
#include "partners/cadence_health.h"
#include "partners/kpi_history.h"
#include "partners/material_status.h"
#include "partners/periods.h"
#include "partners/programme_report.h"
#include "partners/report_output.h"
#include "terminal_text.h"

namespace sc::cli {
namespace {

const char* kUsage =
    "usage: scorecard partners FILE [--period YYYY-MM] [--today YYYY-MM-DD] [--format text|json]\n"
    "                          [--all-periods]\n\n"
    "Prints one row per partner with the five alignment KPIs of the period - message\n"
    "consistency, pricing accuracy, reporting compliance, feedback participation, escalation\n"
    "frequency - each with red/amber/green against the metric dictionary's thresholds, whether it\n"
    "was computed from the deals and reports or entered by hand, and its trend; then the pulse\n"
    "survey averages, a tier recommendation with its reason, what to correct privately and what\n"
    "to acknowledge publicly, and channel conflicts from deal registrations. Then the programme:\n"
    "the feedback loop (closed-loop rate per partner, feedback nobody answered: 'shouting into a\n"
    "void'), incidents (diagnosis first, the response that fits it, the material versions the\n"
    "partner had), post-mortems' reasons, and the materials: current version, owner, status,\n"
    "who still must be told of it and for how many days they have been on an old version.\n"
    "Last, the weekly check-ins: per partner and overall, the share of the last 12 weeks with one.\n\n"
    "  --period YYYY-MM  the month to report (default: the latest month with partner data)\n"
    "  --all-periods     instead of one month: each KPI of each partner in every period with\n"
    "                    data, oldest first (value and red/amber/green per period)\n"
    "  --today DATE      the date unanswered feedback and old material versions are aged at, and\n"
    "                    the weekly check-ins' 12 weeks end on (default: today, UTC)\n"
    "  --format text     for people (default)\n"
    "  --format json     for pipelines; the shape is documented in docs/PARTNERS.md\n\n"
    "exit codes: 0 printed, 1 the file was refused (not a scorecard, newer version),\n"
    "            2 usage error or a file that cannot be read\n";

// `--all-periods`: the KPI history instead of one month's report.
int printAllPeriods(const Document& doc, const std::string& format, std::ostream& out) {
    const auto history = partners::buildKpiHistory(doc);
    if (format == "json")
        out << partners::kpiHistoryToJson(history).dump(2, ' ', false, Json::error_handler_t::replace)
            << "\n";
    else out << terminalSafe(partners::kpiHistoryToText(history));
    return kExitOk;
}

int runPartners(const std::vector<std::string>& allArgs, std::ostream& out, std::ostream& err) {
    std::vector<std::string> args;  // parseArgs knows only options with a value
    bool allPeriods = false;
    for (const auto& a : allArgs) {
        if (a == "--all-periods") allPeriods = true;
        else args.push_back(a);
    }
    const auto parsed = parseArgs("partners", args, {"--format", "--period", "--today"}, 1, err);
    if (!parsed) return kExitUsage;
    const std::string file = parsed->files.empty() ? std::string() : parsed->files[0];
    const std::string format = parsed->value("--format", "text");
    const std::string period = parsed->value("--period");
    if (file.empty()) {
        err << "scorecard partners: no file given\n" << kUsage;
        return kExitUsage;
    }
    if (format != "text" && format != "json") {
        err << "scorecard partners: --format must be text or json, not '" << format << "'\n";
        return kExitUsage;
    }
    if (!period.empty() && !partners::isPeriod(period)) {
        err << "scorecard partners: --period must be YYYY-MM, not '" << period << "'\n";
        return kExitUsage;
    }
    if (allPeriods && !period.empty()) {
        err << "scorecard partners: --all-periods reports every period; leave out --period\n";
        return kExitUsage;
    }
    const auto today = todayOption("partners", *parsed, err);
    if (!today) return kExitUsage;
    LoadResult loaded;
    if (const int code = loadScorecardFile("partners", file, loaded, err); code != kExitOk) return code;
    noteErrorFindings(file, loaded, "the KPIs use the values as read", err);
    if (allPeriods) return printAllPeriods(loaded.document, format, out);
    const auto cadence = partners::weeklyCadenceHealth(loaded.document, *today);
    const auto report = partners::buildPartnerKpiReport(loaded.document, period);
    const auto programme = partners::buildProgrammeReport(loaded.document, *today);
    const auto materials = partners::materialStatuses(loaded.document, *today);
    if (format == "json") {
        Json json = partners::partnerKpiReportToJson(report);
        partners::addProgrammeReportJson(json, programme);
        json["materials"] = partners::materialStatusesToJson(materials);
        json["cadence"] = partners::cadenceHealthToJson(cadence);
        out << json.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
    } else
        out << terminalSafe(
            partners::partnerKpiReportToText(report) + partners::programmeReportToText(programme) +
            partners::materialStatusesToText(materials, *today) + partners::cadenceHealthToText(cadence));
    return kExitOk;
}

}  // namespace

Command partnersCommand() {
    return {"partners",
            "per-partner KPI table (a month or --all-periods): RAG, trend, tier advice, check-ins", kUsage,
            runPartners};
}

}  // namespace sc::cli
