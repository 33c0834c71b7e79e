// Fuzz target: the message consistency audit of a partner's copy (the bytes of a copy file)
// against the partner-programme sample's rules of engagement. Every flag and sentence must lie
// inside the decoded text and quote it exactly; refused bytes are never scored.
#include "fuzz_support.h"
#include "partners/copy_encoding.h"
#include "partners/message_audit.h"

using namespace sc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Document& doc = fuzz::sampleDocument("assets/samples/partner-program.scorecard.json");
    const partners::DecodedCopy decoded = partners::decodeCopyBytes(std::string(fuzz::asText(data, size)));
    if (!decoded.error.empty()) {
        if (!decoded.text.empty()) fuzz::fuzzFail("refused copy bytes still give text");
        return 0;
    }
    const std::string& text = decoded.text;
    const partners::MessageAudit audit = partners::auditCopy(doc, text);
    if (!audit.error.empty()) {
        if (audit.scoreBp || !audit.flags.empty()) fuzz::fuzzFail("a refused copy was scored");
        return 0;
    }
    for (const auto& flag : audit.flags) {
        if (flag.offset > text.size() || flag.length > text.size() - flag.offset)
            fuzz::fuzzFail("a flag lies outside the copy");
        if (text.compare(flag.offset, flag.length, flag.text) != 0)
            fuzz::fuzzFail("a flag misquotes the copy");
        if (flag.sentence >= audit.sentences.size()) fuzz::fuzzFail("a flag names no sentence");
    }
    for (const auto& sentence : audit.sentences) {
        if (sentence.offset > text.size() || sentence.length > text.size() - sentence.offset)
            fuzz::fuzzFail("a sentence lies outside the copy");
    }
    if (audit.approved + audit.neutral + audit.violating != audit.sentences.size())
        fuzz::fuzzFail("sentence verdicts do not add up");
    if (audit.scoreBp && (*audit.scoreBp < 0 || *audit.scoreBp > 10000))
        fuzz::fuzzFail("score out of 0..100 %");
    return 0;
}
