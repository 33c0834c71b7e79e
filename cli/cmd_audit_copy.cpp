// `scorecard audit-copy FILE --partner ID COPYFILE [--format text|json]`: the message
// consistency audit of a partner's copy (a text file) against the scorecard's rules of
// engagement: score and flagged passages with the rule each breaks (docs/PARTNERS.md).
#include <cstdint>
#include <ostream>

#include "commands.h"
#include "engine/text_util.h"
#include "format/document_io.h"
#include "partners/copy_encoding.h"
#include "partners/message_audit.h"
#include "partners/report_output.h"
#include "terminal_text.h"

namespace sc::cli {
namespace {

const char* kUsage =
    "usage: scorecard audit-copy FILE --partner ID COPYFILE [--format text|json]\n\n"
    "Audits a partner's copy (ad, post, deck text, email: any text file) against the rules of\n"
    "engagement in FILE: every passage that uses a forbidden phrase (earnings claims, guarantees,\n"
    "competitor comparisons, your own rules) is flagged with its line, column and the rule it\n"
    "breaks, and the message consistency score is the share of sentences that break no rule.\n"
    "Matching ignores case, punctuation and spacing, reads look-alike letters (Cyrillic or Greek,\n"
    "fullwidth, ligatures) as the Latin ones and skips invisible characters (soft hyphens,\n"
    "zero-width spaces, NUL).\n\n"
    "COPYFILE is read as UTF-8, or as UTF-16 when it starts with a byte order mark; any other\n"
    "encoding (UTF-16 without a byte order mark, UTF-32, bytes that are not UTF-8) is refused\n"
    "with the reason, never scored.\n\n"
    "  --partner ID    the partner whose copy it is (must be in FILE)\n"
    "  --format text   for people (default)\n"
    "  --format json   for pipelines; the shape is documented in docs/PARTNERS.md\n\n"
    "exit codes: 0 no flagged passage, 1 flagged passages (or the file was refused),\n"
    "            2 usage error, unknown partner, a file that cannot be read, a refused COPYFILE\n";

int runAuditCopy(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    // Any number of operands: the check below says how many it wanted and got.
    const auto parsed = parseArgs("audit-copy", args, {"--format", "--partner"}, SIZE_MAX, err);
    if (!parsed) return kExitUsage;
    const std::vector<std::string>& files = parsed->files;
    const bool partnerGiven = parsed->values.count("--partner") > 0;
    const std::string partnerId = parsed->value("--partner");
    const std::string format = parsed->value("--format", "text");
    if (files.size() != 2) {
        err << "scorecard audit-copy: give the scorecard FILE and the COPYFILE (got " << files.size()
            << " files)\n"
            << kUsage;
        return kExitUsage;
    }
    if (!partnerGiven || partnerId.empty()) {
        err << "scorecard audit-copy: --partner ID is required\n";
        return kExitUsage;
    }
    if (format != "text" && format != "json") {
        err << "scorecard audit-copy: --format must be text or json, not '" << format << "'\n";
        return kExitUsage;
    }
    std::string text, copy, readError;
    if (!readFile(files[0], text, readError) || !readFile(files[1], copy, readError)) {
        err << "scorecard audit-copy: " << readError << "\n";
        return kExitUsage;
    }
    const partners::DecodedCopy decoded = partners::decodeCopyBytes(copy);
    if (!decoded.error.empty()) {
        err << "scorecard audit-copy: " << files[1] << ": " << decoded.error << "\n";
        return kExitUsage;
    }
    const LoadResult loaded = loadDocument(text);
    if (loaded.outOfMemory) return outOfMemoryReading("audit-copy", files[0], text.size(), err);
    if (!loaded.ok) {
        err << files[0] << ": error: " << loaded.error << "\n";
        return kExitFindings;
    }
    const Partner* partner = findById(loaded.document.partners, partnerId);
    if (!partner) {
        err << "scorecard audit-copy: " << files[0] << " has no partner with id '" << partnerId << "'\n";
        return kExitUsage;
    }
    // Offsets are those of the decoded text (the file's own for UTF-8 without a byte order mark).
    const auto audit = partners::auditCopy(loaded.document, decoded.text);
    if (format == "json")
        out << partners::messageAuditToJson(audit, partner->id)
                   .dump(2, ' ', false, Json::error_handler_t::replace)
            << "\n";
    else out << terminalSafe(partners::messageAuditToText(audit, engine::labelOf(*partner)));
    return audit.flags.empty() ? kExitOk : kExitFindings;
}

}  // namespace

Command auditCopyCommand() {
    return {"audit-copy", "message consistency of a partner's copy: score and flagged passages", kUsage,
            runAuditCopy};
}

}  // namespace sc::cli
