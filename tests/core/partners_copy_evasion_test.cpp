// Issue 12 defect 9: copy must not evade a forbidden phrase with characters that look the same
// or show nothing — each such spelling is flagged, and the flag points at the passage exactly
// as written in the original copy (offset, length, text, column) — while ordinary text near a
// phrase and other languages are not flagged.
#include <gtest/gtest.h>

#include "model/utf8.h"
#include "partners/message_audit.h"
#include "partners_fixtures.h"

using namespace sc::partners;

namespace {

const std::string kLead = "Soil moisture readings every 15 minutes. Our kit is ";

// `ascii` with its letters from another alphabet: capitals from `capitalA` on, small letters
// from `smallA` on (fullwidth, mathematical bold, circled).
std::string shifted(const std::string& ascii, std::uint32_t capitalA, std::uint32_t smallA) {
    std::string out;
    for (char c : ascii) {
        if (c >= 'A' && c <= 'Z') sc::appendUtf8(out, capitalA + static_cast<std::uint32_t>(c - 'A'));
        else if (c >= 'a' && c <= 'z') sc::appendUtf8(out, smallA + static_cast<std::uint32_t>(c - 'a'));
        else out += c;
    }
    return out;
}

struct Spelling {
    const char* what;
    std::string passage;
    const char* ruleId;
};

// The copy "<lead><passage> for sure." is flagged once, for the rule, at the passage as written.
void expectFlagged(const Spelling& s) {
    SCOPED_TRACE(s.what);
    const std::string copy = kLead + s.passage + " for sure.";
    const auto audit = auditCopy(fx::partnerProgramme(), copy);
    ASSERT_TRUE(audit.error.empty()) << audit.error;
    ASSERT_EQ(audit.flags.size(), 1u);
    const CopyFlag& f = audit.flags[0];
    EXPECT_EQ(f.ruleId, s.ruleId);
    EXPECT_EQ(f.offset, kLead.size()) << "the offset is in the original copy";
    EXPECT_EQ(f.length, s.passage.size());
    EXPECT_EQ(f.text, s.passage) << "the passage exactly as written";
    EXPECT_EQ(copy.substr(f.offset, f.length), s.passage);
    EXPECT_EQ(f.line, 1u);
    EXPECT_EQ(f.column, kLead.size() + 1) << "the lead is ASCII: one column per byte";
    EXPECT_EQ(f.sentence, 1u);
    EXPECT_EQ(audit.sentences[1].verdict, "violating");
    EXPECT_EQ(audit.scoreBp, 5000);
}

void expectClean(const std::string& copy) {
    SCOPED_TRACE(copy);
    const auto audit = auditCopy(fx::partnerProgramme(), copy);
    EXPECT_TRUE(audit.error.empty()) << audit.error;
    EXPECT_TRUE(audit.flags.empty()) << "flagged: " << (audit.flags.empty() ? "" : audit.flags[0].text);
    EXPECT_EQ(audit.scoreBp, 10000);
}

}  // namespace

TEST(partners_copy_evasion_test, invisible_characters_inside_a_phrase_are_skipped) {
    const Spelling spellings[] = {
        {"soft hyphen", "Guaran\u00ADteed", "fr_guarantee"},
        {"zero-width space", "G\u200Buaranteed", "fr_guarantee"},
        {"zero-width non-joiner", "Guar\u200Canteed", "fr_guarantee"},
        {"zero-width joiner", "Guar\u200Danteed", "fr_guarantee"},
        {"word joiner", "Guarante\u2060ed", "fr_guarantee"},
        {"zero-width no-break space (BOM)", "Gua\uFEFFranteed", "fr_guarantee"},
        {"NUL", std::string("Guaran\0teed", 11), "fr_guarantee"},
        {"other control characters", "Gua\x01ran\x7Fteed", "fr_guarantee"},
        {"left-to-right mark", "Guaran\u200Eteed", "fr_guarantee"},
        {"bidi embedding and pop", "Guaran\u202Atee\u202Cd", "fr_guarantee"},
        {"left-to-right isolate", "Guaran\u2066teed", "fr_guarantee"},
        {"variation selector", "Guarant\uFE0Feed", "fr_guarantee"},
        {"across words", "pays\u00AD for it\u200Bself", "fr_earnings"},
    };
    for (const auto& s : spellings) expectFlagged(s);
}

TEST(partners_copy_evasion_test, latin_look_alikes_read_as_latin) {
    const Spelling spellings[] = {
        {"Cyrillic a", "Guar\u0430nteed", "fr_guarantee"},
        {"Cyrillic capitals A, E", "GU\u0410R\u0410NT\u0415\u0415D", "fr_guarantee"},
        {"Cyrillic capitals A, T", "GUAR\u0410N\u0422EED", "fr_guarantee"},
        {"Cyrillic e", "guarant\u0435\u0435d", "fr_guarantee"},
        {"Greek omicron", "pays f\u03BFr itself", "fr_earnings"},
        {"Greek capitals A, N, T, E", "GU\u0391R\u0391\u039D\u03A4\u0395\u0395D", "fr_guarantee"},
        {"Cyrillic p, a, dze, e", "\u0440\u0430ys for it\u0455\u0435lf", "fr_earnings"},
        {"Cyrillic o, p, i", "double y\u043Eur \u0440r\u043Ef\u0456t", "fr_earnings"},
        {"small capitals", "\u0262\u1D1C\u1D00\u0280\u1D00\u0274\u1D1B\u1D07\u1D07\u1D05", "fr_guarantee"},
    };
    for (const auto& s : spellings) expectFlagged(s);
}

TEST(partners_copy_evasion_test, compatibility_forms_read_as_their_letters) {
    const Spelling spellings[] = {
        {"fullwidth capitals", shifted("GUARANTEED", 0xFF21, 0xFF41), "fr_guarantee"},
        {"fullwidth mixed case", shifted("Guaranteed", 0xFF21, 0xFF41), "fr_guarantee"},
        {"fullwidth digits", "\uFF11\uFF10\uFF10% accurate", "fr_guarantee"},
        {"ligature fi", "double your pro\uFB01t", "fr_earnings"},
        {"mathematical bold", shifted("Guaranteed", 0x1D400, 0x1D41A), "fr_guarantee"},
        {"circled letters", shifted("GUARANTEED", 0x24B6, 0x24D0), "fr_guarantee"},
        {"narrow no-break and ideographic spaces", "pays\u202Ffor\u3000itself", "fr_earnings"},
        {"figure and ogham spaces", "pays\u2007for\u1680itself", "fr_earnings"},
        {"all at once", std::string("\uFF27u\u00AD\u0430ran") + '\0' + "teed", "fr_guarantee"},
    };
    for (const auto& s : spellings) expectFlagged(s);
}

TEST(partners_copy_evasion_test, emoji_and_symbols_end_a_word) {
    const std::string copy = "Results GUARANTEED\U0001F525\u2705 today.";
    const auto audit = auditCopy(fx::partnerProgramme(), copy);
    ASSERT_EQ(audit.flags.size(), 1u);
    EXPECT_EQ(audit.flags[0].text, "GUARANTEED");
    EXPECT_EQ(audit.flags[0].offset, copy.find("GUARANTEED"));
}

TEST(partners_copy_evasion_test, ordinary_text_near_a_phrase_is_not_flagged) {
    expectClean("We guarantee a reply within one business day.");
    expectClean("Guaran teed off at nine, a guarantor signed.");  // the letters across a real space
    expectClean("Guar\u00A0anteed.");                             // a no-break space is a space too
    expectClean("Our kit pays for its own setup.");
    expectClean("Double-check your profile.");
    expectClean("The \uFB01eld team is ready.");  // a ligature in an ordinary word
}

TEST(partners_copy_evasion_test, other_languages_are_not_flagged) {
    // Russian, Greek, Armenian and Chinese copy (Cyrillic о, р, а, е, с and Greek ο, α, ι are
    // among the letters) that spells no phrase — "guarantee" in each, as it happens.
    expectClean(
        "\u0413\u0430\u0440\u0430\u043D\u0442\u0438\u044F \u043A\u0430\u0447\u0435\u0441\u0442\u0432\u0430 "
        "\u043D\u0430 \u0432\u0435\u0441\u044C \u0441\u0440\u043E\u043A.");  // Гарантия качества на весь
                                                                             // срок.
    expectClean(
        "\u0395\u03B3\u03B3\u03C5\u03B7\u03BC\u03AD\u03BD\u03BF "
        "\u03B1\u03C0\u03BF\u03C4\u03AD\u03BB\u03B5\u03C3\u03BC\u03B1.");  // Εγγυημένο αποτέλεσμα.
    expectClean(
        "\u0535\u0580\u0561\u0577\u056D\u0561\u057E\u0578\u0580\u057E\u0561\u056E.");  // Երաշխավորված.
    expectClean("\u4FDD\u8BC1\u8D28\u91CF\u3002");                                     // 保证质量。
}

TEST(partners_copy_evasion_test, a_rule_written_with_look_alikes_still_matches) {
    // Both sides are read the same way: a phrase typed with a Cyrillic а matches Latin copy, and
    // a phrase in Russian matches Russian copy in capitals.
    auto doc = fx::partnerProgramme();
    doc.rules.forbiddenRules[1].phrases = {"gu\u0430ranteed",
                                           "\u0433\u0430\u0440\u0430\u043D\u0442\u0438\u044F"};
    const std::string russian = "\u0413\u0410\u0420\u0410\u041D\u0422\u0418\u042F";  // ГАРАНТИЯ
    const std::string copy = "Guaranteed. " + russian + "!";
    const auto audit = auditCopy(doc, copy);
    ASSERT_EQ(audit.flags.size(), 2u);
    EXPECT_EQ(audit.flags[0].text, "Guaranteed");
    EXPECT_EQ(audit.flags[1].text, russian);
    EXPECT_EQ(audit.flags[1].offset, copy.find(russian));
    EXPECT_EQ(audit.flags[1].column, 13u);
}

TEST(partners_copy_evasion_test, an_approved_claim_in_look_alikes_is_still_approved) {
    const auto audit = auditCopy(fx::partnerProgramme(),
                                 shifted("Soil moisture readings every 15 minutes.", 0xFF21, 0xFF41));
    ASSERT_EQ(audit.sentences.size(), 1u);
    EXPECT_EQ(audit.sentences[0].verdict, "approved");
}

TEST(partners_copy_evasion_test, copy_that_is_not_utf8_is_refused_not_scored) {
    const auto doc = fx::partnerProgramme();
    const std::string cases[] = {"Line one.\nIt is guaran\xFFteed.", "Line one.\nIt is \xC3 guaranteed.",
                                 "Line one.\nNo \xC0\xAF overlong.", "Line one.\nA \xED\xA0\x80 surrogate.",
                                 "Line one.\nCut short \xE2\x82",    "Line one.\nStray \x80 byte."};
    for (const auto& copy : cases) {
        SCOPED_TRACE(copy);
        const auto audit = auditCopy(doc, copy);
        EXPECT_FALSE(audit.scoreBp.has_value());
        EXPECT_TRUE(audit.flags.empty());
        EXPECT_TRUE(audit.sentences.empty());
        std::size_t bad = 10;  // after "Line one.\n": the first byte that is not ASCII
        while (static_cast<unsigned char>(copy[bad]) < 0x80) ++bad;
        const char* hex = "0123456789ABCDEF";
        const auto b = static_cast<unsigned char>(copy[bad]);
        const std::string expected = std::string("byte 0x") + hex[b >> 4] + hex[b & 0xF] +
                                     " at byte offset " + std::to_string(bad) + " (line 2, column " +
                                     std::to_string(bad - 10 + 1) + ") is not UTF-8";
        EXPECT_EQ(audit.error.rfind(expected, 0), 0u) << audit.error;
    }
    // Well-formed UTF-8 (NUL included) is audited.
    EXPECT_TRUE(auditCopy(doc, std::string("ok\0 caf\u00E9 \U0001F600.", 15)).error.empty());
}
