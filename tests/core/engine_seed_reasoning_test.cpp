// Issue 13: the engine reasons as seed 002 does. Each test quotes the sentence it is written
// from and fails on the engine before the change (see the commit that adds it).
#include <gtest/gtest.h>

#include <algorithm>

#include "engine/alignment_index.h"
#include "engine/detection.h"
#include "engine/recompute.h"
#include "engine/score_report.h"
#include "engine_fixtures.h"
#include "validation/validate.h"
#include "workflow/decisions.h"
#include "workflow/money_text.h"

using namespace sc::engine;

namespace {

// "Try it now" against a sales team that insists on a demo, one pair with volumes and a
// 30-day sales cycle, a touchpoint on each side (so a fix has a two-item checklist).
sc::Document gated() {
    auto doc = fx::gatedDocument();
    doc.info.currency = "USD";
    doc.pairs[0].leads = 400;
    doc.pairs[0].revenueMinor = 12348000;
    doc.pairs[0].salesCycleDays = 30;
    sc::Touchpoint landing;
    landing.id = "tp_landing";
    landing.name = "Landing page";
    landing.kind = "landing_page";
    doc.promises[0].touchpoints.push_back(landing);
    sc::Touchpoint script;
    script.id = "tp_script";
    script.name = "Sales script";
    script.kind = "sales_script";
    doc.channels[0].touchpoints.push_back(script);
    return recomputeMismatches(doc, "2026-11-01T00:00:00Z");
}

std::string idOn(const sc::Document& doc, const std::string& dimension) {
    for (const auto& m : doc.mismatches)
        if (m.dimensionId == dimension) return m.id;
    ADD_FAILURE() << "no mismatch on " << dimension;
    return "";
}

const ReportMismatch& inReport(const ScoreReport& r, const std::string& id) {
    for (const auto& m : r.mismatches)
        if (m.mismatch.id == id) return m;
    throw std::runtime_error("not in report: " + id);
}

sc::Document decided(const sc::Document& doc, const std::string& mismatchId) {
    auto edit = sc::decideFix(doc, mismatchId, "both", "", "Ana", "2026-11-02");
    EXPECT_TRUE(edit.ok) << edit.error;
    return edit.document;
}

}  // namespace

// 13.2. Seed 002: "changing the landing page copy but not updating the email sequence or the
// sales script leaves the misalignment in place." A decision marked implemented (a hand edit,
// a merge, an import) while checklist items are open is a validation warning naming them, and
// the engine keeps the mismatch open — ranked and counted in the index — until all are ticked.
TEST(engine_seed_reasoning_test, a_fix_with_open_touchpoints_is_not_done) {
    auto doc = gated();
    const std::string id = idOn(doc, "buying_motion");
    // The access facet is dismissed, so the index rests on this mismatch alone (issue 13.6: the
    // comparison weighs its worst open facet, and access would keep it down by itself).
    for (auto& m : doc.mismatches)
        if (m.dimensionId == "access") m.status = "dismissed";
    const double before = buildScoreReport(doc, "2026-11-24").index.value;
    doc = decided(doc, id);
    // The hand edit: implemented and fixed, the sales script never updated.
    doc.decisions[0].implementedOn = "2026-11-03";
    doc.decisions[0].checklist[0].done = true;
    doc.decisions[0].checklist[0].doneOn = "2026-11-03";
    for (auto& m : doc.mismatches)
        if (m.id == id) m.status = "fixed";
    const std::string openLabel = doc.decisions[0].checklist[1].label;

    const auto findings = sc::validateDocument(doc);
    const auto w = std::find_if(findings.begin(), findings.end(),
                                [](const sc::Finding& f) { return f.pointer == "/decisions/0/checklist/1"; });
    ASSERT_NE(w, findings.end());
    EXPECT_EQ(w->severity, sc::Severity::Warning);
    EXPECT_NE(w->message.find("marked implemented"), std::string::npos) << w->message;
    EXPECT_NE(w->message.find("'" + openLabel + "'"), std::string::npos) << w->message;
    EXPECT_NE(w->message.find("1 checklist item is open"), std::string::npos) << w->message;

    const auto r = buildScoreReport(doc, "2026-11-24");
    const auto& m = inReport(r, id);
    EXPECT_EQ(m.mismatch.status, "fixed");  // what the file says
    EXPECT_EQ(m.state, "fixing");           // what the report goes by
    EXPECT_TRUE(m.active);
    EXPECT_GT(m.rank, 0);
    EXPECT_NE(m.stateReason.find(openLabel), std::string::npos) << m.stateReason;
    EXPECT_DOUBLE_EQ(r.index.value, before);  // still counted in the index
    const auto json = scoreReportToJson(r);
    bool found = false;
    for (const auto& jm : json["mismatches"])
        if (jm["id"] == id) {
            found = true;
            EXPECT_EQ(jm["state"], "fixing");
            EXPECT_EQ(jm["status"], "fixed");
            EXPECT_TRUE(jm["rank"].is_number_integer());
        }
    EXPECT_TRUE(found);
    EXPECT_NE(scoreReportToText(r).find("state: fixing"), std::string::npos);

    // Ticking the last item ends it: no warning, and the fix leaves the ranking.
    doc.decisions[0].checklist[1].done = true;
    doc.decisions[0].checklist[1].doneOn = "2026-11-04";
    for (const auto& f : sc::validateDocument(doc))
        EXPECT_NE(f.pointer.rfind("/decisions/0/checklist", 0), 0u) << f.message;
    EXPECT_NE(buildScoreReport(doc, "2026-11-24").index.value, before);
}

// 13.3. Seed 002: "track the same metrics for at least two full sales cycles"; "measure
// results for at least two sales cycles before concluding". A fixed mismatch whose
// verification is too early is verifying, and the index says how much of it rests on
// unverified fixes; a regressed verification reopens the mismatch.
TEST(engine_seed_reasoning_test, fixed_is_not_aligned_until_verified) {
    auto doc = gated();
    const std::string motion = idOn(doc, "buying_motion");
    const std::string access = idOn(doc, "access");
    for (const auto& id : {motion, access}) {
        doc = decided(doc, id);
        const sc::Decision dec = doc.decisions.back();
        for (const auto& item : dec.checklist)
            doc = sc::checkItem(doc, dec.id, item.id, true, "2026-11-03").document;
        const auto done = sc::markImplemented(doc, doc.decisions.back().id, "2026-11-04");
        ASSERT_TRUE(done.ok) << done.error;
        doc = done.document;
    }
    // 20 days after the fix, two 30-day cycles are needed.
    auto r = buildScoreReport(doc, "2026-11-24");
    EXPECT_EQ(inReport(r, motion).state, "verifying");
    EXPECT_EQ(inReport(r, motion).rank, 0);
    EXPECT_NE(inReport(r, motion).stateReason.find("too early"), std::string::npos);
    EXPECT_DOUBLE_EQ(r.index.value, 100);
    EXPECT_EQ(r.index.verifyingMismatches, 2);
    EXPECT_GT(r.index.pointsAwaitingVerification, 0);
    EXPECT_EQ(r.index.verificationShare.rfind("index 100, of which ", 0), 0u) << r.index.verificationShare;
    EXPECT_NE(r.index.verificationShare.find("points await verification"), std::string::npos);
    const double unverified = r.index.pointsAwaitingVerification;
    // The points awaiting verification are the ones the index would lose if the fixes were not made.
    auto unfixed = doc;
    for (auto& m : unfixed.mismatches) m.status = "open";
    EXPECT_DOUBLE_EQ(100 - computeAlignmentIndex(unfixed).value, unverified);
    const auto json = scoreReportToJson(r);
    EXPECT_EQ(json["alignment_index"]["verifying_mismatches"], 2);
    EXPECT_EQ(json["alignment_index"]["points_awaiting_verification"].get<double>(), unverified);
    EXPECT_NE(scoreReportToText(r).find("of which"), std::string::npos);

    // Two cycles later, conversion fell significantly: the mismatch reopens.
    auto obs = [](const std::string& id, const std::string& start, std::int64_t visitors, std::int64_t conv) {
        sc::PairObservation o;
        o.id = id;
        o.pairId = "pr";
        o.periodStart = start;
        o.visitors = visitors;
        o.conversions = conv;
        return o;
    };
    doc.pairObservations = {obs("o1", "2026-10-01", 2000, 200), obs("o2", "2026-12-01", 2000, 80)};
    r = buildScoreReport(doc, "2027-01-10");
    EXPECT_EQ(inReport(r, motion).state, "open");
    EXPECT_GT(inReport(r, motion).rank, 0);
    EXPECT_NE(inReport(r, motion).stateReason.find("regressed"), std::string::npos);
    EXPECT_LT(r.index.value, 100);
}

// 13.1 in the report. "The text report prints every experiment warning that the JSON carries."
TEST(engine_seed_reasoning_test, text_prints_every_experiment_warning) {
    auto doc = gated();
    doc = decided(doc, idOn(doc, "buying_motion"));
    sc::Experiment e;
    e.id = "exp-1";
    e.decisionId = doc.decisions[0].id;
    e.mismatchId = doc.decisions[0].mismatchId;
    e.startedOn = "2026-11-22";
    e.controlVisitors = 500;
    e.controlConversions = 15;
    e.variantVisitors = 500;
    e.variantConversions = 45;
    doc.experiments.push_back(e);
    const auto r = buildScoreReport(doc, "2026-11-24");
    ASSERT_EQ(r.experiments.size(), 1u);
    EXPECT_EQ(r.experiments[0].verdict, "interim_look");
    ASSERT_FALSE(r.experiments[0].warnings.empty());
    const std::string text = scoreReportToText(r);
    for (const auto& w : r.experiments[0].warnings) EXPECT_NE(text.find("! " + w), std::string::npos) << w;
    EXPECT_EQ(text.find("statistically real"), std::string::npos);
    const auto json = scoreReportToJson(r);
    EXPECT_EQ(json["experiments"][0]["warnings"].size(), r.experiments[0].warnings.size());
}

// Issue 14: the score text prints money in the document's currency (the priority breakdown).
TEST(engine_seed_reasoning_test, score_text_prints_money_in_the_documents_currency) {
    auto doc = gated();
    doc.info.currency = "EUR";
    const std::string text = scoreReportToText(buildScoreReport(doc, "2026-11-24"));
    EXPECT_NE(text.find("revenue at risk of 'pr': \u20ac123,480.00 of \u20ac123,480.00"), std::string::npos)
        << text;
    EXPECT_EQ(text.find("minor units"), std::string::npos);
}

// 13.13. Seed 002: "if you find that the misalignment is systemic—every channel seems to
// contradict the marketing—it may be time to revisit the core marketing strategy." The report
// says so at the top, with the share, and recommends a marketing review before channel fixes.
TEST(engine_seed_reasoning_test, systemic_misalignment_is_said_at_the_top) {
    auto doc = fx::document();
    doc.readiness.customers = 400;
    doc.promises.push_back(fx::promise("p", "Try it now", fx::levels({{"buying_motion", "self_serve"}})));
    for (const std::string c : {"c1", "c2", "c3", "c4"})
        doc.channels.push_back(fx::channel(c, "Channel " + c, fx::levels({{"buying_motion", "sales_led"}})));
    auto r = buildScoreReport(doc, "2026-11-24");
    ASSERT_EQ(r.systemic.size(), 1u);
    EXPECT_EQ(r.systemic[0].channelsContradicting, 4);
    EXPECT_EQ(r.systemic[0].message.rfind("every channel (4 of 4) contradicts promise 'Try it now'", 0), 0u)
        << r.systemic[0].message;
    EXPECT_NE(r.systemic[0].message.find("revisit the core marketing strategy"), std::string::npos);
    const std::string text = scoreReportToText(r);
    EXPECT_LT(text.find("SYSTEMIC: every channel"), text.find("Alignment index:")) << text;
    EXPECT_EQ(scoreReportToJson(r)["systemic"][0]["channels_compared"], 4);
    // Three of four: "nearly every", with the share.
    doc.channels[3].levels = fx::levels({{"buying_motion", "self_serve"}});
    r = buildScoreReport(doc, "2026-11-24");
    ASSERT_EQ(r.systemic.size(), 1u);
    EXPECT_EQ(r.systemic[0].message.rfind("nearly every channel (3 of 4, 75.0%)", 0), 0u)
        << r.systemic[0].message;
    // Two of four is not systemic.
    doc.channels[2].levels = fx::levels({{"buying_motion", "self_serve"}});
    EXPECT_TRUE(buildScoreReport(doc, "2026-11-24").systemic.empty());
}

// 13.15. Seed 002 "When not to proceed": "If your product is in a very early stage
// (pre-revenue, fewer than 50 customers), you may not have enough data to diagnose alignment."
// The ranked list and the index carry the caveat where they are shown, not only in a separate line.
TEST(engine_seed_reasoning_test, readiness_caveat_travels_with_the_ranking_and_the_index) {
    auto doc = gated();
    doc.readiness.customers = 12;
    const auto r = buildScoreReport(doc, "2026-11-24");
    ASSERT_FALSE(r.readinessCaveat.empty());
    EXPECT_NE(r.readinessCaveat.find("Only 12 customers"), std::string::npos) << r.readinessCaveat;
    const std::string text = scoreReportToText(r);
    const auto index = text.find("Alignment index:");
    const auto ranked = text.find("highest priority first");
    ASSERT_NE(ranked, std::string::npos);
    EXPECT_NE(text.find("caveat: not ready", index), std::string::npos);
    EXPECT_LT(text.find("caveat: not ready", index), text.find("Readiness:")) << "beside the index";
    EXPECT_NE(text.find("caveat: not ready", ranked), std::string::npos) << "beside the ranked list";
    const auto json = scoreReportToJson(r);
    EXPECT_TRUE(json["alignment_index"]["caveat"].is_string());
    EXPECT_TRUE(json["summary"]["caveat"].is_string());
    doc.readiness.customers = 400;
    const auto ready = buildScoreReport(doc, "2026-11-24");
    EXPECT_TRUE(ready.readinessCaveat.empty());
    EXPECT_TRUE(scoreReportToJson(ready)["alignment_index"]["caveat"].is_null());
}

// 13.12. Seed 002: "Each of these symptoms points to a gap between what the marketing says and
// what the distribution delivers." A symptom on a pair enters its diagnosis; never "no visible
// problem" beside a visible symptom. "Longer than expected" uses the product's expected cycle,
// else its segment's typical cycle.
TEST(engine_seed_reasoning_test, symptoms_are_evidence_in_the_diagnosis) {
    auto doc = fx::withLeadToCustomer(gated());
    doc.readiness.customers = 400;
    auto& pair = doc.pairs[0];
    pair.productId = "prod";
    pair.segmentId = "seg";
    pair.targetAudienceShareBp = 8000;  // right audience
    pair.customers = 40;                // 10% of 400 leads: at the dictionary's benchmark
    ASSERT_EQ(buildScoreReport(doc, "2026-11-24").diagnoses[0].kind, "no_visible_problem");
    pair.complaints = 20;  // 0.5 per customer: confused customers
    auto r = buildScoreReport(doc, "2026-11-24");
    ASSERT_EQ(r.symptoms.size(), 1u);
    EXPECT_EQ(r.diagnoses[0].kind, "undetermined");
    const auto& evidence = r.diagnoses[0].evidence;
    EXPECT_TRUE(std::any_of(evidence.begin(), evidence.end(), [](const std::string& e) {
        return e.rfind("symptom: Confused customers", 0) == 0;
    }));
    EXPECT_EQ(r.mismatches[0].diagnosis.kind, "undetermined");  // the mismatch's copy too
    EXPECT_EQ(scoreReportToText(r).find("no problem visible"), std::string::npos);

    // Long cycle: the product records no expected cycle, the segment's typical one is 20 days.
    pair.complaints = 0;
    pair.salesCycleDays = 30;  // not above 1.5 × 20 = 30
    doc.segments[0].salesCycleDays = 20;
    EXPECT_TRUE(buildScoreReport(doc, "2026-11-24").symptoms.empty());
    pair.salesCycleDays = 45;
    r = buildScoreReport(doc, "2026-11-24");
    ASSERT_EQ(r.symptoms.size(), 1u);
    EXPECT_EQ(r.symptoms[0].kind, "long_sales_cycle");
    EXPECT_NE(r.symptoms[0].explanation.find("20 typical for segment 'Small teams'"), std::string::npos)
        << r.symptoms[0].explanation;
    EXPECT_EQ(r.diagnoses[0].kind, "undetermined");
}

namespace {

// One promise through two pairs: an aligned self-serve web shop and a sales team.
sc::Document twoChannels() {
    auto doc = fx::document();
    doc.readiness.customers = 400;
    doc.info.currency = "USD";
    doc.promises.push_back(fx::promise("p", "Try it now", fx::levels({{"buying_motion", "self_serve"}})));
    doc.channels.push_back(fx::channel("web", "Web shop", fx::levels({{"buying_motion", "self_serve"}})));
    doc.channels.push_back(fx::channel("sales", "Sales team", fx::levels({{"buying_motion", "sales_led"}})));
    auto web = fx::pair("pw", "web", {"p"}, 1000, 1500000);
    web.customers = 150;  // 15% of leads
    auto sales = fx::pair("ps", "sales", {"p"}, 500, 250000);
    sales.customers = 25;  // 5% of leads, 100.00 per customer
    sales.complaints = 7;
    doc.pairs = {web, sales};
    return recomputeMismatches(doc, "2026-11-01T00:00:00Z");
}

}  // namespace

// 13.11 and 13.14. Seed 002: "it's a calculated trade-off. Document the rationale and measure
// the impact separately"; "measure the cost of the misalignment (lost conversions, brand
// damage) and decide if it's worth the savings." Trade-offs are listed apart, after the open
// items, without a priority number; they show the conversions lost against the promise's
// aligned channels (else the benchmark) in customers and revenue, and their complaints.
TEST(engine_seed_reasoning_test, tradeoffs_are_apart_and_their_cost_is_measured) {
    auto doc = twoChannels();
    ASSERT_EQ(doc.mismatches.size(), 1u);
    const std::string id = doc.mismatches[0].id;
    auto edit =
        sc::decideFix(doc, id, "accept_tradeoff", "The sales team is paid for already.", "Ana", "2026-11-02");
    ASSERT_TRUE(edit.ok) << edit.error;
    auto r = buildScoreReport(edit.document, "2026-11-24");
    ASSERT_EQ(r.tradeoffCosts.size(), 1u);
    const auto& c = r.tradeoffCosts[0];
    EXPECT_EQ(c.basis, "aligned_channels");
    EXPECT_EQ(c.referencePairIds, std::vector<std::string>{"pw"});
    EXPECT_EQ(c.referenceConversionBp, 1500);
    EXPECT_EQ(c.conversionBp, 500);
    EXPECT_EQ(c.lostCustomers, 50);         // 15% of 500 = 75 expected, 25 won
    EXPECT_EQ(c.lostRevenueMinor, 500000);  // 50 × 100.00
    EXPECT_EQ(c.complaints, 7);
    EXPECT_NE(c.text.find("50 customers and $5,000.00 lost"), std::string::npos) << c.text;

    const std::string text = scoreReportToText(r);
    const auto ranked = text.find("highest priority first");
    const auto apart = text.find("Accepted trade-offs (measured separately, not ranked)");
    ASSERT_NE(apart, std::string::npos) << text;
    EXPECT_EQ(text.find("id " + id + ")", ranked), text.find("id " + id + ")", apart))
        << "listed only in the trade-off section:\n"
        << text;
    EXPECT_EQ(text.find("accepted, id"), std::string::npos) << "no priority line for the trade-off";
    EXPECT_NE(text.find("cost: converts 5.0% of 500 leads", apart), std::string::npos) << text;
    EXPECT_NE(text.find("$2,500.00 revenue", apart), std::string::npos) << text;
    const auto json = scoreReportToJson(r);
    EXPECT_EQ(json["tradeoffs"][0]["cost"]["lost_customers"], 50);
    EXPECT_EQ(json["tradeoffs"][0]["cost"]["lost_revenue_minor"], 500000);
    EXPECT_TRUE(json["mismatches"][0]["rank"].is_null());

    // Without an aligned channel: the lead-to-customer benchmark (10% by default).
    auto alone = edit.document;
    alone.pairs.erase(alone.pairs.begin());
    r = buildScoreReport(alone, "2026-11-24");
    ASSERT_EQ(r.tradeoffCosts.size(), 1u);
    EXPECT_EQ(r.tradeoffCosts[0].basis, "benchmark");
    EXPECT_EQ(r.tradeoffCosts[0].lostCustomers, 25);  // 10% of 500 = 50 expected
    EXPECT_EQ(r.tradeoffCosts[0].lostRevenueMinor, 250000);
}

// 13.10. Seed 002: "Where the two maps diverge is where the misalignment lives." The diagnosis
// and the journey section use one definition of the weakest stage (ratio to benchmark), so one
// report never names two different stages. Before: the journey took the largest shortfall in
// points (engage, 20 points short of 60%) and the diagnosis the lowest ratio (convert, 2% of 6%).
TEST(engine_seed_reasoning_test, one_notion_of_the_weakest_stage) {
    auto doc = gated();
    doc.pairs[0].targetAudienceShareBp = 8000;
    doc.pairs[0].funnel = {
        fx::stage("engage", "engage", 1000, 400, 6000),  // 40% vs 60%: 67%, 20 points short
        fx::stage("convert", "convert", 400, 8, 600)};   // 2% vs 6%: 33%, 4 points short
    const auto r = buildScoreReport(doc, "2026-11-24");
    ASSERT_EQ(r.journeys.size(), 1u);
    EXPECT_EQ(r.journeys[0].divergentStageId, "convert");
    ASSERT_FALSE(r.diagnoses[0].evidence.empty());
    EXPECT_EQ(r.diagnoses[0].evidence[0].rfind("weakest stage convert:", 0), 0u)
        << r.diagnoses[0].evidence[0];
}

// 13.8. Seed 002 step 4: "decide whether to change the marketing message, adjust the channel, or
// both. Sometimes the right fix is to stop using a channel that fundamentally contradicts the
// brand"; and a trade-off needs its rationale documented. Options follow the diagnosis, in order
// of fit, each with a reason, accept_tradeoff always last.
TEST(engine_seed_reasoning_test, fix_options_follow_the_diagnosis) {
    auto kinds = [](const std::vector<FixOption>& options) {
        std::vector<std::string> out;
        for (const auto& o : options) {
            EXPECT_FALSE(o.reason.empty()) << o.kind;
            out.push_back(o.kind);
        }
        return out;
    };
    sc::Mismatch m;
    m.severity = "high";
    Diagnosis d;
    d.kind = "message";
    EXPECT_EQ(kinds(fixOptions(m, d)), (std::vector<std::string>{"change_message", "both", "adjust_channel",
                                                                 "stop_channel", "accept_tradeoff"}));
    d.kind = "distribution";
    EXPECT_EQ(kinds(fixOptions(m, d)), (std::vector<std::string>{"adjust_channel", "stop_channel", "both",
                                                                 "change_message", "accept_tradeoff"}));
    m.severity = "critical";
    EXPECT_EQ(fixOptions(m, d).front().kind, "stop_channel");
    EXPECT_NE(fixOptions(m, d).front().reason.find("fundamentally contradicts"), std::string::npos);
    d.kind = "both";
    EXPECT_EQ(fixOptions(m, d).front().kind, "both");
    d.kind = "undetermined";
    EXPECT_EQ(fixOptions(m, d).front().kind, "both");
    EXPECT_NE(fixOptions(m, d).back().reason.find("rationale required"), std::string::npos);

    // In the report: open mismatches carry them (text and JSON), decided ones do not.
    auto doc = gated();
    doc.pairs[0].targetAudienceShareBp = 8000;
    doc.pairs[0].customers = 4;  // 1% of 400 leads against 10%: a message problem
    doc = fx::withLeadToCustomer(std::move(doc));
    const auto r = buildScoreReport(doc, "2026-11-24");
    ASSERT_EQ(r.mismatches[0].diagnosis.kind, "message");
    EXPECT_EQ(r.mismatches[0].options.front().kind, "change_message");
    EXPECT_NE(scoreReportToText(r).find("options: 1. change_message — change the message first"),
              std::string::npos);
    EXPECT_EQ(scoreReportToJson(r)["mismatches"][0]["options"][0]["kind"], "change_message");
    const auto decidedDoc = decided(doc, r.mismatches[0].mismatch.id);
    for (const auto& x : buildScoreReport(decidedDoc, "2026-11-24").mismatches)
        if (x.mismatch.id == r.mismatches[0].mismatch.id) EXPECT_TRUE(x.options.empty());
}

// 13.7. Seed 002: "An affiliate network may insist on cookie durations that don't match your
// sales cycle. Document these constraints early—they are often the root of misalignment." A
// mismatch that comes from a channel's constraint is evidence that the channel cannot carry the
// promise: the diagnosis says so and names the evidence, even when the pair's numbers look fine.
TEST(engine_seed_reasoning_test, a_constraint_mismatch_is_distribution_evidence) {
    auto doc = fx::document();
    doc.readiness.customers = 400;
    doc.promises.push_back(fx::promise("p", "Upgrade whenever you are ready", {}));
    doc.promises[0].levels["decision_window_days"] = sc::LevelValue{"", 45.0};
    doc.channels.push_back(fx::channel("aff", "Affiliate blog", {}));
    sc::ChannelConstraint cookie;
    cookie.id = "cookie";
    cookie.name = "Cookie window";
    cookie.kind = "cookie_window";
    cookie.dimensionId = "decision_window_days";
    cookie.value = 30;
    cookie.unit = "days";
    doc.channels[0].constraints.push_back(cookie);
    auto pair = fx::pair("pa", "aff", {"p"}, 400, 100000);
    pair.customers = 40;  // 10%: at the benchmark
    pair.targetAudienceShareBp = 8000;
    doc.pairs.push_back(pair);
    doc = fx::withLeadToCustomer(std::move(doc));
    const auto r = buildScoreReport(doc, "2026-11-24");
    ASSERT_EQ(r.mismatches.size(), 1u);
    EXPECT_EQ(r.diagnoses[0].kind, "no_visible_problem");  // the pair's numbers alone
    const auto& d = r.mismatches[0].diagnosis;
    EXPECT_EQ(d.kind, "distribution");
    EXPECT_TRUE(std::any_of(d.evidence.begin(), d.evidence.end(), [](const std::string& e) {
        return e.find("evidence used: channel 'Affiliate blog' constraint 'Cookie window' (30 days)") == 0;
    }));
    EXPECT_EQ(r.mismatches[0].options.front().kind, "adjust_channel");
}

// Issue 13.5 "A channel that over-delivers on an at-least dimension (same-day delivery against
// a two-day promise) is not a mismatch." Built-in dimensions get the right direction (delivery
// speed and service level: the channel must reach the promise; setup effort and time to access:
// it must stay under it; price positioning, customer size, purchase model: match); a user
// dimension chooses, and a file written before the field existed still gets the built-in's.
TEST(engine_seed_reasoning_test, direction_forgives_over_delivery_only) {
    auto doc = fx::document();
    doc.promises.push_back(fx::promise("p", "Two-day delivery, personal advice, instant setup, mid price",
                                       fx::levels({{"delivery_speed", "two_day"},
                                                   {"service_level", "guided"},
                                                   {"setup_effort", "guided"},
                                                   {"price_positioning", "mid"}})));
    // Faster, more service, less effort — but a lower price than promised.
    doc.channels.push_back(fx::channel("better", "Same-day courier",
                                       fx::levels({{"delivery_speed", "same_day"},
                                                   {"service_level", "personal_consultation"},
                                                   {"setup_effort", "instant"},
                                                   {"price_positioning", "discount"}})));
    // Slower, less service, more effort, a higher price.
    doc.channels.push_back(fx::channel("worse", "Marketplace",
                                       fx::levels({{"delivery_speed", "week"},
                                                   {"service_level", "none"},
                                                   {"setup_effort", "professional_services"},
                                                   {"price_positioning", "premium"}})));
    auto dims = [&](const std::string& channel) {
        std::vector<std::string> out;
        for (const auto& d : detectMismatches(doc).mismatches)
            if (d.channelId == channel) out.push_back(d.dimensionId);
        std::sort(out.begin(), out.end());
        return out;
    };
    EXPECT_EQ(dims("better"), std::vector<std::string>{"price_positioning"});  // match: either way counts
    EXPECT_EQ(dims("worse"), (std::vector<std::string>{"delivery_speed", "price_positioning", "service_level",
                                                       "setup_effort"}));

    // A file written before `direction` existed: the built-in's direction still applies.
    for (auto& d : doc.dimensions) d.direction.clear();
    EXPECT_EQ(dims("better"), std::vector<std::string>{"price_positioning"});

    // A user dimension chooses: later levels allowed, earlier ones not.
    sc::Dimension tier;
    tier.id = "support_tier";
    tier.name = "Support tier";
    tier.kind = "ordered";
    tier.direction = "at_or_after";
    for (const char* l : {"basic", "plus", "premier"}) tier.levels.push_back({l, l, sc::Json::object()});
    doc.dimensions.push_back(tier);
    doc.promises[0].levels["support_tier"].level = "plus";
    doc.channels[0].levels["support_tier"].level = "premier";  // later: allowed
    doc.channels[1].levels["support_tier"].level = "basic";    // earlier: a mismatch
    const auto allowed = dims("better");
    EXPECT_EQ(std::count(allowed.begin(), allowed.end(), "support_tier"), 0);
    const auto worse = dims("worse");
    EXPECT_EQ(std::count(worse.begin(), worse.end(), "support_tier"), 1);
    // Without a direction a user dimension must match.
    doc.dimensions.back().direction.clear();
    const auto better = dims("better");
    EXPECT_EQ(std::count(better.begin(), better.end(), "support_tier"), 1);
}

// Issue 13.4, seed 002: "An affiliate network may insist on cookie durations that don't match
// your sales cycle. Document these constraints early—they are often the root of misalignment."
// The cookie is compared with the sales cycle the document already records (the pair's, else
// the segment's), not only with a level the user repeated on the promise; with no cycle
// recorded it is listed as not checked.
TEST(engine_seed_reasoning_test, a_constraint_is_checked_against_the_recorded_sales_cycle) {
    auto doc = fx::document();
    doc.promises.push_back(
        fx::promise("p", "Upgrade in one click", fx::levels({{"buying_motion", "self_serve"}})));
    auto affiliate = fx::channel("aff", "Affiliate blog", fx::levels({{"buying_motion", "self_serve"}}));
    sc::ChannelConstraint cookie;
    cookie.id = "cookie";
    cookie.name = "Cookie window";
    cookie.kind = "cookie_window";
    cookie.dimensionId = sc::kDecisionWindowDimension;
    cookie.value = 30;
    cookie.unit = "days";
    affiliate.constraints.push_back(cookie);
    doc.channels.push_back(affiliate);
    doc.pairs.push_back(fx::pair("pr", "aff", {"p"}, 100));

    const auto onWindow = [](const DetectionResult& r) -> const Detection* {
        for (const auto& d : r.mismatches)
            if (d.dimensionId == sc::kDecisionWindowDimension) return &d;
        return nullptr;
    };
    const auto noted = [](const DetectionResult& r, const std::string& text) {
        return std::any_of(r.notes.begin(), r.notes.end(),
                           [&](const std::string& n) { return n.find(text) != std::string::npos; });
    };
    // Nothing recorded: not checked, and said so.
    auto r = detectMismatches(doc);
    EXPECT_EQ(onWindow(r), nullptr);
    EXPECT_TRUE(noted(r,
                      "not checked: no sales cycle recorded for pair pr or segment 'Small teams' to compare "
                      "channel constraint 'Cookie window' (30 days) with"));

    // The segment's typical cycle: 45 days against a 30-day cookie.
    doc.segments[0].salesCycleDays = 45;
    r = detectMismatches(doc);
    ASSERT_NE(onWindow(r), nullptr);
    EXPECT_EQ(onWindow(r)->explanation,
              "Promise 'Upgrade in one click' (45 days, the sales cycle of segment 'Small teams') vs channel "
              "'Affiliate "
              "blog' (30 days): channel is 15 days short on decision window (needs at least 45 days)");
    EXPECT_FALSE(noted(r, "not checked"));

    // The pair's measured cycle wins over the segment's: 25 days fit in the cookie.
    doc.pairs[0].salesCycleDays = 25;
    EXPECT_EQ(onWindow(detectMismatches(doc)), nullptr);
    doc.pairs[0].salesCycleDays = 60;
    ASSERT_NE(onWindow(detectMismatches(doc)), nullptr);
    EXPECT_NE(onWindow(detectMismatches(doc))->explanation.find("(60 days, the pair's sales cycle)"),
              std::string::npos);
}
