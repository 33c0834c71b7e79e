// `scorecard audit FILE [--partner ID] [--period YYYY-MM] [--copy COPYFILE] [--today DATE]
// [--format text|json]`: every finding of every partner audit — pricing, reporting, channel
// conflicts, unanswered feedback, incidents, outdated material, the stored copy samples, and a
// partner's copy when one is given — with partner, period, rule and why; exit 1 when there is
// any (docs/PARTNERS.md).
#include <ostream>

#include "commands.h"
#include "engine/text_util.h"
#include "partners/audit_findings.h"
#include "partners/copy_encoding.h"
#include "partners/message_audit.h"
#include "partners/periods.h"
#include "terminal_text.h"

namespace sc::cli {
namespace {

const char* kUsage =
    "usage: scorecard audit FILE [--partner ID] [--period YYYY-MM] [--copy COPYFILE]\n"
    "                            [--today YYYY-MM-DD] [--format text|json]\n\n"
    "Lists every finding of every partner audit in FILE, each with its partner, period, rule and\n"
    "why: deals off the authorised price points, late, missing or malformed reports, unresolved\n"
    "channel conflicts, feedback nobody answered for 30 days, incidents answered before a\n"
    "diagnosis or with a response that does not fit it, copy samples citing an outdated or\n"
    "archived material, and the passages of the copy samples that break a forbidden-claim rule.\n"
    "Give more copy with --copy (and --partner) to audit it against the rules of engagement too.\n\n"
    "  --partner ID     only this partner's findings\n"
    "  --period P       only findings of this month\n"
    "  --copy FILE      a partner's copy (UTF-8 text, or UTF-16 with a byte order mark) to\n"
    "                   audit as well; needs --partner\n"
    "  --today DATE     the date unanswered feedback is aged at (default: today, UTC)\n"
    "  --format text    for people (default)\n"
    "  --format json    for pipelines; the shape is documented in docs/PARTNERS.md\n\n"
    "exit codes: 0 no finding, 1 findings (or the file was refused),\n"
    "            2 usage error, unknown partner, a file that cannot be read, a refused --copy\n"
    "              file (not UTF-8 text, see audit-copy --help)\n";

int runAudit(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const auto parsed =
        parseArgs("audit", args, {"--format", "--partner", "--period", "--copy", "--today"}, 1, err);
    if (!parsed) return kExitUsage;
    const std::string file = parsed->files.empty() ? std::string() : parsed->files[0];
    const std::string format = parsed->value("--format", "text");
    partners::AuditFilter filter{parsed->value("--partner"), parsed->value("--period")};
    const std::string copyFile = parsed->value("--copy");
    if (file.empty()) {
        err << "scorecard audit: no file given\n" << kUsage;
        return kExitUsage;
    }
    if (format != "text" && format != "json") {
        err << "scorecard audit: --format must be text or json, not '" << format << "'\n";
        return kExitUsage;
    }
    if (!filter.period.empty() && !partners::isPeriod(filter.period)) {
        err << "scorecard audit: --period must be YYYY-MM, not '" << filter.period << "'\n";
        return kExitUsage;
    }
    if (!copyFile.empty() && filter.partnerId.empty()) {
        err << "scorecard audit: --copy needs --partner ID (whose copy it is)\n";
        return kExitUsage;
    }
    const auto today = todayOption("audit", *parsed, err);
    if (!today) return kExitUsage;
    std::string copy, readError;
    if (!copyFile.empty() && !readFile(copyFile, copy, readError)) {
        err << "scorecard audit: " << readError << "\n";
        return kExitUsage;
    }
    partners::DecodedCopy decoded;
    if (!copyFile.empty()) {
        decoded = partners::decodeCopyBytes(copy);
        if (!decoded.error.empty()) {
            err << "scorecard audit: " << copyFile << ": " << decoded.error << "\n";
            return kExitUsage;
        }
    }
    LoadResult loaded;
    if (const int code = loadScorecardFile("audit", file, loaded, err); code != kExitOk) return code;
    noteErrorFindings(file, loaded, "the audits use the values as read", err);
    const Document& doc = loaded.document;
    const Partner* partner = filter.partnerId.empty() ? nullptr : findById(doc.partners, filter.partnerId);
    if (!filter.partnerId.empty() && !partner) {
        err << "scorecard audit: " << file << " has no partner with id '" << filter.partnerId << "'\n";
        return kExitUsage;
    }
    auto findings = partners::collectAuditFindings(doc, *today, filter);
    if (partner && !copyFile.empty()) {
        // The copy is today's: it belongs to no recorded period, so a --period filter keeps it.
        for (const auto& flag : partners::auditCopy(doc, decoded.text).flags)
            findings.push_back({"copy", partner->id, engine::labelOf(*partner), "",
                                flag.category.empty() ? "forbidden_phrase" : flag.category, copyFile,
                                partners::copyFlagWhy("", flag)});
    }
    if (format == "json")
        out << partners::auditFindingsToJson(findings).dump(2, ' ', false, Json::error_handler_t::replace)
            << "\n";
    else out << terminalSafe(partners::auditFindingsToText(findings));
    return findings.empty() ? kExitOk : kExitFindings;
}

}  // namespace

Command auditCommand() {
    return {"audit", "every finding of every partner audit, with partner, period, rule and why", kUsage,
            runAudit};
}

}  // namespace sc::cli
