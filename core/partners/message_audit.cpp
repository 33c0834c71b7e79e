#include "partners/message_audit.h"

#include <algorithm>
#include <tuple>

#include "engine/text_util.h"
#include "partners/copy_text.h"

namespace sc::partners {

namespace {

// A sentence carries an approved claim when it has at least 70% of the claim's content words:
// partners may shorten or reorder a claim, not change what it says.
constexpr std::size_t kClaimWordsPercent = 70;

const Claim* carriedClaim(const std::vector<Claim>& claims, const std::string& sentence) {
    const auto words = contentWords(sentence);
    for (const auto& claim : claims) {
        const auto wanted = contentWords(claim.text.empty() ? claim.name : claim.text);
        if (wanted.empty()) continue;
        std::size_t found = 0;
        for (const auto& w : wanted) found += words.count(w);
        if (found * 100 >= wanted.size() * kClaimWordsPercent) return &claim;
    }
    return nullptr;
}

}  // namespace

MessageAudit auditCopy(const Document& doc, const std::string& copy) {
    MessageAudit audit;
    for (const auto& span : splitSentences(copy)) {
        CopySentence s;
        s.offset = span.begin;
        s.length = span.end - span.begin;
        s.line = positionOf(copy, span.begin).line;
        s.text = copy.substr(span.begin, s.length);
        audit.sentences.push_back(std::move(s));
    }

    const NormalText normal = normaliseText(copy);
    for (const auto& rule : doc.rules.forbiddenRules) {
        for (const auto& phrase : rule.phrases) {
            for (const auto& span : findPhrase(normal, normalisePhrase(phrase))) {
                CopyFlag f;
                f.offset = span.begin;
                f.length = span.end - span.begin;
                const auto at = positionOf(copy, span.begin);
                f.line = at.line;
                f.column = at.column;
                f.text = copy.substr(span.begin, f.length);
                f.ruleId = rule.id;
                f.ruleName = rule.name;
                f.category = rule.category;
                f.phrase = phrase;
                // The sentence holding the passage's first byte (a phrase matched across a
                // sentence break still belongs to the sentence it starts in).
                for (std::size_t i = 0; i < audit.sentences.size(); ++i)
                    if (audit.sentences[i].offset <= span.begin) f.sentence = i;
                audit.flags.push_back(std::move(f));
            }
        }
    }
    // One flag per rule and passage, even when a rule lists the same phrase twice.
    std::sort(audit.flags.begin(), audit.flags.end(), [](const CopyFlag& a, const CopyFlag& b) {
        return std::tie(a.offset, a.length, a.ruleId) < std::tie(b.offset, b.length, b.ruleId);
    });
    audit.flags.erase(std::unique(audit.flags.begin(), audit.flags.end(),
                                  [](const CopyFlag& a, const CopyFlag& b) {
                                      return std::tie(a.offset, a.length, a.ruleId) == std::tie(b.offset, b.length, b.ruleId);
                                  }),
                      audit.flags.end());

    std::vector<bool> violating(audit.sentences.size(), false);
    for (const auto& f : audit.flags)
        if (!audit.sentences.empty()) violating[f.sentence] = true;
    for (std::size_t i = 0; i < audit.sentences.size(); ++i) {
        auto& s = audit.sentences[i];
        if (violating[i]) {
            s.verdict = "violating";
            ++audit.violating;
        } else if (const Claim* claim = carriedClaim(doc.rules.approvedClaims, s.text)) {
            s.verdict = "approved";
            s.claimId = claim->id;
            ++audit.approved;
        } else {
            s.verdict = "neutral";
            ++audit.neutral;
        }
    }
    if (!audit.sentences.empty())
        audit.scoreBp = engine::rateBp(static_cast<std::int64_t>(audit.approved + audit.neutral),
                                       static_cast<std::int64_t>(audit.sentences.size()));
    return audit;
}

}  // namespace sc::partners
