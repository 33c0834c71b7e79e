// Fix decisions: both-side checklists, pure edits, refusals, trade-offs measured separately.
#include <gtest/gtest.h>

#include "workflow/decisions.h"

using namespace sc;

namespace {

Touchpoint touchpoint(const std::string& id, const std::string& kind, const std::string& name) {
    Touchpoint t;
    t.id = id;
    t.kind = kind;
    t.name = name;
    return t;
}

// A self-serve promise sold through a direct-sales channel (seed 002's first example).
Document fixture() {
    Document doc;
    Promise p;
    p.id = "p-self";
    p.name = "Try it now";
    p.touchpoints = {touchpoint("tp-landing", "landing_page", "Try-it-now page"),
                     touchpoint("tp-email", "email_sequence", "Welcome emails")};
    doc.promises.push_back(p);
    Channel c;
    c.id = "ch-sales";
    c.name = "Direct sales";
    c.touchpoints = {touchpoint("tp-script", "sales_script", "Demo call script")};
    doc.channels.push_back(c);
    ProductChannelPair pair;
    pair.id = "pair-1";
    pair.name = "App via sales";
    pair.channelId = "ch-sales";
    pair.promiseIds = {"p-self"};
    pair.visitors = 4000;
    pair.leads = 300;
    pair.customers = 40;
    pair.revenueMinor = 250000;
    pair.complaints = 7;
    doc.pairs.push_back(pair);
    ProductChannelPair other;
    other.id = "pair-2";
    other.channelId = "ch-web";
    other.leads = 700;
    other.revenueMinor = 750000;
    doc.pairs.push_back(other);
    Mismatch m;
    m.id = "mm-1";
    m.name = "Self-serve vs sales-led";
    m.promiseId = "p-self";
    m.channelId = "ch-sales";
    doc.mismatches.push_back(m);
    return doc;
}

std::string sides(const std::vector<ChecklistItem>& items) {
    std::string s;
    for (const auto& i : items) s += i.side.substr(0, 1) + ":" + i.touchpointId + " ";
    return s;
}

}  // namespace

TEST(workflow_decisions_test, checklist_covers_both_sides_for_every_kind) {
    const Document doc = fixture();
    for (const char* kind : {"change_message", "adjust_channel", "both", "stop_channel"}) {
        const auto items = generateChecklist(doc, doc.mismatches[0], kind);
        EXPECT_EQ(sides(items), "p:tp-landing p:tp-email c:tp-script ") << kind;
        EXPECT_EQ(items[0].id, "ci-1");
        EXPECT_EQ(items[2].id, "ci-3");
        for (const auto& i : items) EXPECT_FALSE(i.done);
    }
    EXPECT_TRUE(generateChecklist(doc, doc.mismatches[0], "accept_tradeoff").empty());
}

TEST(workflow_decisions_test, checklist_labels_name_the_touchpoint_and_the_action) {
    const Document doc = fixture();
    auto items = generateChecklist(doc, doc.mismatches[0], "change_message");
    EXPECT_EQ(items[1].label,
              "Rewrite email sequence 'Welcome emails' so the message matches channel 'Direct sales'");
    EXPECT_EQ(items[2].label, "Check sales script 'Demo call script' still matches the new message");
    items = generateChecklist(doc, doc.mismatches[0], "stop_channel");
    EXPECT_EQ(items[0].label,
              "Remove mentions of channel 'Direct sales' from landing page 'Try-it-now page'");
    EXPECT_EQ(items[2].label, "Retire sales script 'Demo call script' (channel 'Direct sales' is stopped)");
}

TEST(workflow_decisions_test, side_without_touchpoints_still_gets_an_item) {
    Document doc = fixture();
    doc.channels[0].touchpoints.clear();
    const auto items = generateChecklist(doc, doc.mismatches[0]);
    ASSERT_EQ(items.size(), 3u);
    EXPECT_EQ(items[2].side, "channel");
    EXPECT_EQ(items[2].touchpointId, "");
    EXPECT_NE(items[2].label.find("List the touchpoints of channel 'Direct sales'"), std::string::npos);
}

TEST(workflow_decisions_test, pair_mismatch_takes_promises_and_channel_from_the_pair) {
    Document doc = fixture();
    doc.mismatches[0].promiseId = "";
    doc.mismatches[0].channelId = "";
    doc.mismatches[0].pairId = "pair-1";
    EXPECT_EQ(sides(generateChecklist(doc, doc.mismatches[0])), "p:tp-landing p:tp-email c:tp-script ");
}

TEST(workflow_decisions_test, decide_fix_creates_decision_and_sets_fixing) {
    const Document doc = fixture();
    const auto e = decideFix(doc, "mm-1", "both", "", "Ana", "2026-11-24");
    ASSERT_TRUE(e.ok) << e.error;
    EXPECT_EQ(e.id, "dec-mm-1");
    ASSERT_EQ(e.document.decisions.size(), 1u);
    const Decision& d = e.document.decisions[0];
    EXPECT_EQ(d.kind, "both");
    EXPECT_EQ(d.owner, "Ana");
    EXPECT_EQ(d.decidedOn, "2026-11-24");
    EXPECT_EQ(d.checklist.size(), 3u);
    EXPECT_EQ(e.document.mismatches[0].status, "fixing");
    EXPECT_EQ(doc.mismatches[0].status, "open");  // the input is untouched
    EXPECT_TRUE(doc.decisions.empty());
}

TEST(workflow_decisions_test, tradeoff_needs_a_rationale) {
    const Document doc = fixture();
    auto e = decideFix(doc, "mm-1", "accept_tradeoff", "  \n", "Ana", "2026-11-24");
    EXPECT_FALSE(e.ok);
    EXPECT_NE(e.error.find("needs a written rationale"), std::string::npos);
    EXPECT_TRUE(e.document.decisions.empty());
    e = decideFix(doc, "mm-1", "accept_tradeoff", "free channel, different audience", "Ana", "2026-11-24");
    ASSERT_TRUE(e.ok) << e.error;
    EXPECT_EQ(e.document.mismatches[0].status, "accepted");
    EXPECT_TRUE(e.document.decisions[0].checklist.empty());
    EXPECT_TRUE(isDecisionComplete(e.document.decisions[0]));
}

TEST(workflow_decisions_test, only_a_tradeoff_needs_a_rationale) {
    for (const auto& kind : decisionKinds()) {
        EXPECT_EQ(needsRationale(kind), kind == "accept_tradeoff") << kind;
        EXPECT_EQ(rationaleSuffices(kind, " \t\r\n"), kind != "accept_tradeoff") << kind;
        EXPECT_TRUE(rationaleSuffices(kind, "the enterprise segment expects the call")) << kind;
    }
}

TEST(workflow_decisions_test, decide_fix_refusals) {
    Document doc = fixture();
    EXPECT_EQ(decideFix(doc, "mm-9", "both", "", "", "2026-11-24").error, "no mismatch with id \"mm-9\"");
    EXPECT_NE(decideFix(doc, "mm-1", "rewrite", "", "", "2026-11-24").error.find("unknown fix kind"),
              std::string::npos);
    EXPECT_NE(decideFix(doc, "mm-1", "both", "", "", "yesterday").error.find("not a YYYY-MM-DD"),
              std::string::npos);
    const auto first = decideFix(doc, "mm-1", "both", "", "", "2026-11-24");
    const auto second = decideFix(first.document, "mm-1", "stop_channel", "", "", "2026-11-25");
    EXPECT_FALSE(second.ok);
    EXPECT_NE(second.error.find("already has fix \"dec-mm-1\" in progress"), std::string::npos);
    doc.mismatches[0].status = "dismissed";
    EXPECT_NE(decideFix(doc, "mm-1", "both", "", "", "2026-11-24").error.find("dismissed"),
              std::string::npos);
}

// The precondition the app asks before offering "Decide fix…" is decideFix's own rule.
TEST(workflow_decisions_test, why_cannot_decide_is_the_rule_decide_fix_applies) {
    Document doc = fixture();
    EXPECT_EQ(whyCannotDecide(doc, "mm-1"), "");
    EXPECT_EQ(whyCannotDecide(doc, "mm-9"), "no mismatch with id \"mm-9\"");
    // A fix under way blocks a second one; a trade-off on record does not (a fix may replace it).
    const auto first = decideFix(doc, "mm-1", "both", "", "", "2026-11-24");
    ASSERT_TRUE(first.ok) << first.error;
    const std::string why = whyCannotDecide(first.document, "mm-1");
    EXPECT_NE(why.find("already has fix \"dec-mm-1\" in progress"), std::string::npos) << why;
    EXPECT_EQ(decideFix(first.document, "mm-1", "stop_channel", "", "", "2026-11-25").error, why);
    const auto accepted =
        decideFix(doc, "mm-1", "accept_tradeoff", "enterprise wants the call", "", "2026-11-24");
    ASSERT_TRUE(accepted.ok) << accepted.error;
    EXPECT_EQ(whyCannotDecide(accepted.document, "mm-1"), "");
    // A fixed mismatch is not decided again until it is open again.
    Document fixedDoc = doc;
    fixedDoc.mismatches[0].status = "fixed";
    EXPECT_NE(whyCannotDecide(fixedDoc, "mm-1").find("is fixed; a new fix is decided once it is open again"),
              std::string::npos);
    EXPECT_FALSE(decideFix(fixedDoc, "mm-1", "both", "", "", "2026-11-25").ok);
}

TEST(workflow_decisions_test, implemented_only_when_every_touchpoint_is_done) {
    auto e = decideFix(fixture(), "mm-1", "change_message", "", "Ana", "2026-11-24");
    ASSERT_TRUE(e.ok);
    e = checkItem(e.document, "dec-mm-1", "ci-1", true, "2026-11-25");
    ASSERT_TRUE(e.ok) << e.error;
    e = checkItem(e.document, "dec-mm-1", "ci-2", true, "2026-11-25");
    ASSERT_TRUE(e.ok);
    EXPECT_EQ(e.document.decisions[0].checklist[1].doneOn, "2026-11-25");
    EXPECT_EQ(openItemCount(e.document.decisions[0]), 1);

    // landing page and email done, sales script not: the seed's "fixing only one side"
    const auto refused = markImplemented(e.document, "dec-mm-1", "2026-11-26");
    EXPECT_FALSE(refused.ok);
    EXPECT_NE(refused.error.find("every touchpoint on both sides"), std::string::npos);
    EXPECT_NE(refused.error.find("1 checklist item still open (first: Check sales script"), std::string::npos)
        << refused.error;

    e = checkItem(e.document, "dec-mm-1", "ci-3", true, "2026-11-26");
    ASSERT_TRUE(isDecisionComplete(e.document.decisions[0]));
    const auto done = markImplemented(e.document, "dec-mm-1", "2026-11-26");
    ASSERT_TRUE(done.ok) << done.error;
    EXPECT_EQ(done.document.decisions[0].implementedOn, "2026-11-26");
    EXPECT_EQ(done.document.mismatches[0].status, "fixed");
    ASSERT_EQ(done.document.verifications.size(), 1u);
    EXPECT_EQ(done.document.verifications[0].id, "ver-dec-mm-1");
    EXPECT_EQ(done.document.verifications[0].pairId, "pair-1");
    EXPECT_EQ(done.document.verifications[0].startedOn, "2026-11-26");

    // closed afterwards
    EXPECT_FALSE(checkItem(done.document, "dec-mm-1", "ci-1", false, "2026-11-27").ok);
    EXPECT_FALSE(markImplemented(done.document, "dec-mm-1", "2026-11-27").ok);
}

TEST(workflow_decisions_test, unchecking_clears_the_date_and_unknown_item_is_refused) {
    auto e = decideFix(fixture(), "mm-1", "both", "", "", "2026-11-24");
    e = checkItem(e.document, "dec-mm-1", "ci-1", true, "2026-11-25");
    e = checkItem(e.document, "dec-mm-1", "ci-1", false, "");
    ASSERT_TRUE(e.ok) << e.error;
    EXPECT_FALSE(e.document.decisions[0].checklist[0].done);
    EXPECT_EQ(e.document.decisions[0].checklist[0].doneOn, "");
    EXPECT_EQ(checkItem(e.document, "dec-mm-1", "ci-9", true, "2026-11-25").error,
              "fix \"dec-mm-1\" has no checklist item \"ci-9\"");
}

TEST(workflow_decisions_test, tradeoff_cannot_be_implemented) {
    auto e = decideFix(fixture(), "mm-1", "accept_tradeoff", "loss leader", "", "2026-11-24");
    EXPECT_FALSE(markImplemented(e.document, "dec-mm-1", "2026-11-24").ok);
}

TEST(workflow_decisions_test, withdraw_reopens_and_next_decision_gets_a_fresh_id) {
    auto e = decideFix(fixture(), "mm-1", "both", "", "", "2026-11-24");
    e = withdrawDecision(e.document, "dec-mm-1");
    ASSERT_TRUE(e.ok);
    EXPECT_TRUE(e.document.decisions.empty());
    EXPECT_EQ(e.document.mismatches[0].status, "open");

    // a trade-off stays on record; a later fix decision takes a new id
    e = decideFix(e.document, "mm-1", "accept_tradeoff", "free channel", "", "2026-11-24");
    e = decideFix(e.document, "mm-1", "adjust_channel", "", "", "2026-12-01");
    ASSERT_TRUE(e.ok) << e.error;
    EXPECT_EQ(e.id, "dec-mm-1-2");
    EXPECT_EQ(e.document.mismatches[0].status, "fixing");
    e = withdrawDecision(e.document, "dec-mm-1-2");
    EXPECT_EQ(e.document.mismatches[0].status, "accepted");
}

TEST(workflow_decisions_test, tradeoff_impact_measures_the_pair_separately) {
    auto e =
        decideFix(fixture(), "mm-1", "accept_tradeoff", "free channel, different audience", "", "2026-11-24");
    const auto impacts = tradeoffImpact(e.document);
    ASSERT_EQ(impacts.size(), 1u);
    const auto& t = impacts[0];
    EXPECT_EQ(t.mismatchId, "mm-1");
    EXPECT_EQ(t.decisionId, "dec-mm-1");
    EXPECT_EQ(t.rationale, "free channel, different audience");
    ASSERT_EQ(t.pairIds.size(), 1u);
    EXPECT_EQ(t.pairIds[0], "pair-1");
    EXPECT_EQ(t.leads, 300);
    EXPECT_EQ(t.revenueMinor, 250000);
    EXPECT_EQ(t.complaints, 7);
    EXPECT_EQ(t.conversionBp, 100);       // 40 customers / 4000 visitors
    EXPECT_EQ(t.shareOfRevenueBp, 2500);  // 250,000 of 1,000,000
    EXPECT_EQ(t.shareOfLeadsBp, 3000);    // 300 of 1,000
    EXPECT_TRUE(tradeoffImpact(fixture()).empty());
}
