// `scorecard partners FILE [--period YYYY-MM] [--today YYYY-MM-DD] [--format text|json]`: the
// per-partner KPI table (seed 000 "Measuring alignment") with red/amber/green, trend, pulse
// survey, tier advice, the "correct privately" / "acknowledge publicly" lists and channel
// conflicts, then the programme's feedback loop, incidents and post-mortems (docs/PARTNERS.md).
#include <ostream>

#include "commands.h"
#include "format/document_io.h"
#include "partners/periods.h"
#include "partners/programme_report.h"
#include "partners/report_output.h"

namespace sc::cli {
namespace {

const char* kUsage =
    "usage: scorecard partners FILE [--period YYYY-MM] [--today YYYY-MM-DD] [--format text|json]\n\n"
    "Prints one row per partner with the five alignment KPIs of the period - message\n"
    "consistency, pricing accuracy, reporting compliance, feedback participation, escalation\n"
    "frequency - each with red/amber/green against the metric dictionary's thresholds, whether it\n"
    "was computed from the deals and reports or entered by hand, and its trend; then the pulse\n"
    "survey averages, a tier recommendation with its reason, what to correct privately and what\n"
    "to acknowledge publicly, and channel conflicts from deal registrations. Then the programme:\n"
    "the feedback loop (closed-loop rate per partner, feedback nobody answered: 'shouting into a\n"
    "void'), incidents (diagnosis first, the response that fits it) and post-mortems' reasons.\n\n"
    "  --period YYYY-MM  the month to report (default: the latest month with partner data)\n"
    "  --today DATE      the date unanswered feedback is aged at (default: today, UTC)\n"
    "  --format text     for people (default)\n"
    "  --format json     for pipelines; the shape is documented in docs/PARTNERS.md\n\n"
    "exit codes: 0 printed, 1 the file was refused (not a scorecard, newer version),\n"
    "            2 usage error or a file that cannot be read\n";

int runPartners(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
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
    const auto today = todayOption("partners", *parsed, err);
    if (!today) return kExitUsage;
    LoadResult loaded;
    if (const int code = loadScorecardFile("partners", file, loaded, err); code != kExitOk) return code;
    noteErrorFindings(file, loaded, "the KPIs use the values as read", err);
    const auto report = partners::buildPartnerKpiReport(loaded.document, period);
    const auto programme = partners::buildProgrammeReport(loaded.document, *today);
    if (format == "json") {
        Json json = partners::partnerKpiReportToJson(report);
        partners::addProgrammeReportJson(json, programme);
        out << json.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
    } else out << partners::partnerKpiReportToText(report) << partners::programmeReportToText(programme);
    return kExitOk;
}

}  // namespace

Command partnersCommand() {
    return {"partners", "per-partner KPI table: RAG, trend, pulse, tier advice, conflicts", kUsage,
            runPartners};
}

}  // namespace sc::cli
