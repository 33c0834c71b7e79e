// `scorecard generate --preset small|enterprise [--seed N] [--deals N] [-o OUT]`: a deterministic synthetic
// scorecard (core/generate) for benchmarks and tests, with planted mismatches and violations.
#include <ostream>

#include "commands.h"
#include "format/document_io.h"
#include "generate/generate.h"

namespace sc::cli {
namespace {

const char* kUsage =
    "usage: scorecard generate --preset small|enterprise [--seed N] [--deals N] [-o OUT]\n\n"
    "Writes a synthetic scorecard: segments, promises, channels, product-channel pairs,\n"
    "partners with rules of engagement, and months of deals, registrations, reports, KPI\n"
    "records and pulse answers. The same preset and seed give the same bytes on every\n"
    "machine (and from the WebAssembly CLI). Mismatches and partner violations are planted:\n"
    "every fourth promise contradicts its channel (score), and deals over the discount band,\n"
    "under the floor or unapproved, same-account and out-of-territory registrations, late and\n"
    "missing reports, unanswered feedback, misfit incident responses, outdated and\n"
    "forbidden-phrase copy (partners, audit). The file validates with no errors.\n\n"
    "  --preset small       a few of each, every audit exercised (for tests)\n"
    "  --preset enterprise  50 segments, 200 promises, 40 channels, 400 pairs, 1,000 partners,\n"
    "                       36 months of KPI records, 1,000,000 deals, 200,000 registrations\n"
    "                       (about 270 MB; read it back with --max-size 1G)\n"
    "  --seed N             vary the values (default 1)\n"
    "  --deals N            this many deals instead of the preset's (at most 10,000,000), e.g.\n"
    "                       --preset small --deals 100000 for a large file of a small programme\n"
    "  -o OUT               write to OUT (new OUT.tmp-* file, then renamed) and print a summary;\n"
    "                       without -o the scorecard goes to standard output\n\n"
    "exit codes: 0 written, 2 usage error or OUT not writable\n";

std::optional<std::uint64_t> parseWholeNumber(const std::string& text) {
    if (text.empty() || text.size() > 19) return std::nullopt;
    std::uint64_t seed = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        seed = seed * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return seed;
}

int runGenerate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const auto parsed =
        parseArgs("generate", args, {"--preset", "--seed", "--deals", "-o", "--output"}, 0, err);
    if (!parsed) return kExitUsage;
    const std::string preset = parsed->value("--preset");
    auto sizes = generate::presetSizes(preset);
    if (!sizes) {
        err << "scorecard generate: --preset must be small or enterprise"
            << (preset.empty() ? std::string() : ", not '" + preset + "'") << "\n";
        return kExitUsage;
    }
    const auto seed = parseWholeNumber(parsed->value("--seed", "1"));
    if (!seed) {
        err << "scorecard generate: --seed must be a whole number, not '" << parsed->value("--seed") << "'\n";
        return kExitUsage;
    }
    if (const std::string deals = parsed->value("--deals"); !deals.empty()) {
        constexpr std::uint64_t kMaxDeals = 10000000;
        const auto n = parseWholeNumber(deals);
        if (!n || *n > kMaxDeals) {
            err << "scorecard generate: --deals must be a whole number from 0 to 10,000,000, not '" << deals
                << "'\n";
            return kExitUsage;
        }
        sizes->deals = static_cast<std::size_t>(*n);
    }
    const std::string output = parsed->value("-o", parsed->value("--output"));
    const auto generated = generate::generateDocument(*sizes, *seed, generate::presetTitle(preset, *seed));
    const std::string bytes = saveDocument(generated.document);
    if (output.empty()) {
        out << bytes;
        return kExitOk;
    }
    std::string writeError;
    if (!writeAtomically(output, bytes, writeError)) {
        err << "scorecard generate: " << writeError << "\n";
        return kExitUsage;
    }
    const Document& doc = generated.document;
    const generate::Planted& p = generated.planted;
    out << output << ": " << describeBytes(bytes.size()) << "; " << doc.promises.size() << " promises, "
        << doc.channels.size() << " channels, " << doc.pairs.size() << " pairs, " << doc.partners.size()
        << " partners, " << doc.deals.size() << " deals, " << doc.dealRegistrations.size()
        << " registrations, " << doc.kpiRecords.size() << " KPI records\n"
        << "planted: " << p.mismatchedPromises.size() << " contradicted promises, "
        << p.dealsOverBand.size() + p.dealsUnderFloor.size() + p.dealsUnapproved.size()
        << " mispriced deals, " << p.conflictAccounts.size() + p.outsideTerritory.size()
        << " conflicting registrations, " << p.lateReports.size() + p.missingReports.size()
        << " late or missing reports\n";
    return kExitOk;
}

}  // namespace

Command generateCommand() {
    return {"generate", "a synthetic scorecard for tests and benchmarks (--preset small|enterprise)", kUsage,
            runGenerate};
}

}  // namespace sc::cli
