#include "partners/message_audit.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "engine/text_util.h"
#include "partners/copy_encoding.h"
#include "partners/copy_text.h"

namespace sc::partners {

namespace {

// A sentence carries an approved claim when it has at least 70% of the claim's content words:
// partners may shorten or reorder a claim, not change what it says.
constexpr std::size_t kClaimWordsPercent = 70;

struct ClaimWords {
    const Claim* claim;
    std::set<std::string> words;
};

const Claim* carriedClaim(const std::vector<ClaimWords>& claims, const std::string& sentence) {
    const auto words = contentWords(sentence);
    for (const auto& c : claims) {
        std::size_t found = 0;
        for (const auto& w : c.words) found += words.count(w);
        if (found * 100 >= c.words.size() * kClaimWordsPercent) return c.claim;
    }
    return nullptr;
}

}  // namespace

MessageAudit auditCopy(const Document& doc, const std::string& copy) {
    MessageAudit audit;
    // Issue 12 defect 9: bytes that are not UTF-8 once read as separators and scored 100 %.
    if (auto problem = utf8Problem(copy)) {
        audit.error = std::move(*problem);
        return audit;
    }
    PositionCursor sentencePositions(copy);
    for (const auto& span : splitSentences(copy)) {
        CopySentence s;
        s.offset = span.begin;
        s.length = span.end - span.begin;
        s.line = sentencePositions.at(span.begin).line;
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
                f.text = copy.substr(span.begin, f.length);
                f.ruleId = rule.id;
                f.ruleName = rule.name;
                f.category = rule.category;
                f.phrase = phrase;
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
                                      return std::tie(a.offset, a.length, a.ruleId) ==
                                             std::tie(b.offset, b.length, b.ruleId);
                                  }),
                      audit.flags.end());

    // Flags are in offset order now: positions in one pass, sentences by binary search (the
    // sentence holding the passage's first byte; a phrase matched across a sentence break
    // belongs to the sentence it starts in).
    std::vector<ClaimWords> claims;
    for (const auto& claim : doc.rules.approvedClaims) {
        auto words = contentWords(claim.text.empty() ? claim.name : claim.text);
        if (!words.empty()) claims.push_back({&claim, std::move(words)});
    }
    // The approved claim each sentence carries (computed once per sentence, when a flag asks).
    std::vector<const Claim*> carried(audit.sentences.size(), nullptr);
    std::vector<bool> carriedKnown(audit.sentences.size(), false);
    const auto claimOf = [&](std::size_t i) {
        if (!carriedKnown[i]) {
            carried[i] = carriedClaim(claims, audit.sentences[i].text);
            carriedKnown[i] = true;
        }
        return carried[i];
    };

    PositionCursor flagPositions(copy);
    std::vector<bool> violating(audit.sentences.size(), false);
    std::vector<CopyFlag> kept;
    kept.reserve(audit.flags.size());
    for (auto& f : audit.flags) {
        const auto at = flagPositions.at(f.offset);
        f.line = at.line;
        f.column = at.column;
        const auto after =
            std::upper_bound(audit.sentences.begin(), audit.sentences.end(), f.offset,
                             [](std::size_t offset, const CopySentence& s) { return offset < s.offset; });
        f.sentence = after == audit.sentences.begin()
                         ? 0
                         : static_cast<std::size_t>(after - audit.sentences.begin()) - 1;
        if (!audit.sentences.empty()) {
            // Issue 13.9: a sentence that is an approved claim is not flagged for a phrase the
            // claim itself contains (the rules contradict each other there; validation warns).
            const Claim* claim = claimOf(f.sentence);
            if (claim) {
                const NormalText claimText = normaliseText(claim->text.empty() ? claim->name : claim->text);
                if (!findPhrase(claimText, normalisePhrase(f.phrase)).empty()) continue;
            }
            violating[f.sentence] = true;
        }
        kept.push_back(std::move(f));
    }
    audit.flags = std::move(kept);

    for (std::size_t i = 0; i < audit.sentences.size(); ++i) {
        auto& s = audit.sentences[i];
        if (violating[i]) {
            s.verdict = "violating";
            ++audit.violating;
        } else if (const Claim* claim = claimOf(i)) {
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
