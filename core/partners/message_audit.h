// Message consistency audit (seed 000 "Measuring alignment", sample audits): a partner's copy
// against the document's rules of engagement — forbidden phrase rules flag passages, approved
// claims mark the sentences that carry approved messaging. The score rule is in
// docs/PARTNERS.md ("Message consistency").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/document.h"

namespace sc::partners {

// One forbidden phrase found in the copy.
struct CopyFlag {
    std::size_t offset = 0;  // byte offset in the copy
    std::size_t length = 0;  // bytes
    std::size_t line = 1;    // 1-based
    std::size_t column = 1;  // 1-based, in characters
    std::string text;        // the passage exactly as written in the copy
    std::string ruleId;
    std::string ruleName;
    std::string category;      // the rule's: "earnings" | "guarantee" | "competitor" | "custom" | ...
    std::string phrase;        // the rule's phrase that matched
    std::size_t sentence = 0;  // index into MessageAudit::sentences
};

// One sentence of the copy and how it was judged.
struct CopySentence {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::size_t line = 1;
    std::string text;
    std::string verdict;  // "violating" | "approved" | "neutral"
    std::string claimId;  // the approved claim it carries ("approved" only)
};

struct MessageAudit {
    // Why the copy was not audited ("byte 0xFF at byte offset 11 (line 2, column 5) is not
    // UTF-8; ..."): then there is no score, sentence or flag. "" when it was.
    std::string error;
    std::size_t approved = 0;
    std::size_t neutral = 0;
    std::size_t violating = 0;
    // Sentences that break no rule over all sentences, in bp; nullopt for copy without a
    // sentence (empty or only punctuation): nothing was audited.
    std::optional<BasisPoints> scoreBp;
    std::vector<CopySentence> sentences;
    std::vector<CopyFlag> flags;  // by offset, then length, then rule id
};

// `copy` is UTF-8 text (a file's bytes go through decodeCopyBytes, copy_encoding.h, first);
// anything else is refused with `error`, never scored.
MessageAudit auditCopy(const Document& doc, const std::string& copy);

}  // namespace sc::partners
