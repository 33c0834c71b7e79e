// The message consistency audit: flagged passages carry where they are and the rule they
// break; the score is the share of sentences that break no rule (docs/PARTNERS.md).
#include <gtest/gtest.h>

#include "model/utf8.h"
#include "partners/message_audit.h"
#include "partners_fixtures.h"
#include "test_util.h"

using namespace sc::partners;

TEST(partners_message_audit_test, flags_passages_with_position_text_and_rule) {
    const auto doc = fx::partnerProgramme();
    const std::string copy =
        "Soil moisture readings every 15 minutes.\nOur kit Pays for itself - GUARANTEED!\nCall us.";
    const auto audit = auditCopy(doc, copy);
    ASSERT_EQ(audit.flags.size(), 2u);
    EXPECT_EQ(audit.flags[0].text, "Pays for itself");
    EXPECT_EQ(audit.flags[0].ruleId, "fr_earnings");
    EXPECT_EQ(audit.flags[0].category, "earnings");
    EXPECT_EQ(audit.flags[0].line, 2u);
    EXPECT_EQ(audit.flags[0].column, 9u);
    EXPECT_EQ(audit.flags[0].offset, copy.find("Pays"));
    EXPECT_EQ(audit.flags[1].text, "GUARANTEED");
    EXPECT_EQ(audit.flags[1].ruleId, "fr_guarantee");
    EXPECT_EQ(audit.flags[1].sentence, 1u);
    // Three sentences: the approved claim, the violating one, a neutral one -> 2 of 3 = 6667 bp.
    ASSERT_EQ(audit.sentences.size(), 3u);
    EXPECT_EQ(audit.sentences[0].verdict, "approved");
    EXPECT_EQ(audit.sentences[0].claimId, "cl_readings");
    EXPECT_EQ(audit.sentences[1].verdict, "violating");
    EXPECT_EQ(audit.sentences[2].verdict, "neutral");
    EXPECT_EQ(audit.scoreBp, 6667);
}

TEST(partners_message_audit_test, clean_copy_scores_10000_and_empty_copy_has_no_score) {
    const auto doc = fx::partnerProgramme();
    EXPECT_EQ(auditCopy(doc, "Moisture readings every 15 minutes, from every soil sensor.").scoreBp, 10000);
    for (const std::string empty : {"", "   \n\t", "... !!! ???"}) {
        const auto audit = auditCopy(doc, empty);
        EXPECT_FALSE(audit.scoreBp.has_value()) << "'" << empty << "'";
        EXPECT_TRUE(audit.flags.empty());
        EXPECT_TRUE(audit.sentences.empty());
    }
}

TEST(partners_message_audit_test, copy_with_only_forbidden_phrases_scores_zero) {
    const auto doc = fx::partnerProgramme();
    const auto audit = auditCopy(doc, "Guaranteed! Risk-free. Double your profit?");
    EXPECT_EQ(audit.scoreBp, 0);
    EXPECT_EQ(audit.violating, 3u);
    EXPECT_EQ(audit.flags.size(), 3u);
}

TEST(partners_message_audit_test, a_rule_listing_a_phrase_twice_flags_the_passage_once) {
    auto doc = fx::partnerProgramme();
    doc.rules.forbiddenRules[1].phrases.push_back("GUARANTEED");
    EXPECT_EQ(auditCopy(doc, "guaranteed").flags.size(), 1u);
}

TEST(partners_message_audit_test, hostile_copy_never_crashes) {
    const auto doc = fx::partnerProgramme();
    std::string hostile = std::string("\xFF\x00\xC3 guaranteed \xE2\x80", 17);
    for (int i = 0; i < 2000; ++i) hostile += static_cast<char>(i * 37);
    const auto audit = auditCopy(doc, hostile);
    EXPECT_NE(audit.error.find("byte 0xFF at byte offset 0"), std::string::npos) << audit.error;
    EXPECT_TRUE(audit.flags.empty()) << "copy that is not UTF-8 is refused, not scored";
    EXPECT_FALSE(audit.scoreBp.has_value());
    // Well-formed but hostile: NUL and other controls, every code point class, a long run.
    std::string odd = std::string("\0\x01 guaranteed \x7F", 15);
    for (std::uint32_t cp = 1; cp < 0x3000; cp += 7) sc::appendUtf8(odd, cp);
    const auto wellFormed = auditCopy(doc, odd);
    EXPECT_TRUE(wellFormed.error.empty()) << wellFormed.error;
    for (const auto& f : wellFormed.flags) EXPECT_LE(f.offset + f.length, odd.size());
    ASSERT_GE(wellFormed.flags.size(), 1u);
    EXPECT_EQ(wellFormed.flags[0].text, "guaranteed");
}

// The partner-program sample's rules: GreenAcre's boosted post (incident inc_greenacre_yield)
// breaks the earnings rule twice; Coastal's deck line breaks the competitor rule.
TEST(partners_message_audit_test, sample_rules_flag_the_incidents_copy) {
    const auto doc = sc::test::loadSample("partner-program");
    const auto post = auditCopy(doc,
                                "Our sensors increase yields by 12% and pay for themselves... no wait: it "
                                "pays for itself in one season!");
    ASSERT_EQ(post.flags.size(), 2u);
    EXPECT_EQ(post.flags[0].ruleId, "fr_earnings");
    EXPECT_EQ(post.flags[0].text, "increase yields by");
    EXPECT_EQ(post.flags[1].text, "pays for itself");
    const auto deck = auditCopy(
        doc,
        "Fieldwise is better than AcmeSense. Soil moisture readings every 15 minutes from every sensor.");
    ASSERT_EQ(deck.flags.size(), 1u);
    EXPECT_EQ(deck.flags[0].ruleId, "fr_competitor");
    EXPECT_EQ(deck.sentences[1].verdict, "approved");
    EXPECT_EQ(deck.scoreBp, 5000);
}

// Seeded random bytes (a third of them the UTF-8 lead and continuation bytes, the rest ASCII
// that includes the phrases' letters) through the sample's rules: every span stays in range.
TEST(partners_message_audit_test, random_bytes_stay_in_range) {
    const auto doc = sc::test::loadSample("partner-program");
    std::uint32_t state = 20261124;
    auto next = [&] { return state = state * 1664525u + 1013904223u; };
    const std::string alphabet =
        "guaranted risk-free pays for itself . ! ? \n\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80\xFF";
    for (int round = 0; round < 200; ++round) {
        std::string copy;
        const std::size_t length = next() % 600;
        for (std::size_t i = 0; i < length; ++i)
            copy +=
                next() % 3 == 0 ? static_cast<char>(next() >> 24) : alphabet[(next() >> 8) % alphabet.size()];
        const auto audit = auditCopy(doc, copy);
        for (const auto& f : audit.flags) {
            ASSERT_LE(f.offset + f.length, copy.size());
            ASSERT_LT(f.sentence, audit.sentences.size());
        }
        for (const auto& s : audit.sentences) ASSERT_LE(s.offset + s.length, copy.size());
        EXPECT_EQ(audit.approved + audit.neutral + audit.violating, audit.sentences.size());
    }
}
