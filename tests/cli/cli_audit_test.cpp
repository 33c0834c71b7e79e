// `scorecard partners` programme sections and `scorecard audit` (issue 9) as the real binary on
// the partner-program sample: feedback loop, incidents, post-mortems; every finding of every
// audit with partner, period, rule and why; exit 1 when there is any.
#include <set>

#include "cli/cli_temp_dir.h"
#include "test_util.h"

using sc::test::quotedSample;

using sc::test::has;

using sc::test::runCli;
using sc::test::TempDir;

namespace {}  // namespace

TEST(cli_audit_test, partners_text_shows_the_programme_sections) {
    const auto run = runCli("partners " + quotedSample() + " --today 2026-11-30");
    ASSERT_EQ(run.exitCode, 0);
    // 6 items; closed: two led to a change, one declined with a reason.
    EXPECT_TRUE(has(run.out, "Feedback loop (6 items, 3 closed: 50.0% closed-loop rate)")) << run.out;
    EXPECT_TRUE(has(run.out, "Shouting into a void: unanswered for more than 30 days at 2026-11-30 (1)"));
    EXPECT_TRUE(has(run.out, "(Process friction, received 2026-10-20, 41 days)")) << run.out;
    EXPECT_TRUE(has(run.out, "Incidents: diagnose before you blame (7)")) << run.out;
    EXPECT_TRUE(has(run.out, "Not diagnosed yet: ask why before issuing a correction.")) << run.out;
    EXPECT_TRUE(has(run.out, "Post-mortems (2 won, 2 lost)")) << run.out;
}

TEST(cli_audit_test, partners_json_has_feedback_incidents_and_post_mortems) {
    const auto run = runCli("partners " + quotedSample() + " --today 2026-11-30 --format json");
    ASSERT_EQ(run.exitCode, 0);
    const sc::Json json = sc::Json::parse(run.out);
    EXPECT_EQ(json["feedback"]["overall"]["closed_loop_bp"], 5000);
    ASSERT_EQ(json["feedback"]["unanswered"].size(), 1u);
    EXPECT_EQ(json["feedback"]["unanswered"][0]["id"], "fb_coop_templates");
    // Coastal's October comparison came after the May training: enforcement fits, no finding.
    for (const auto& incident : json["incidents"]) {
        if (incident["id"] == "inc_coastal_competitor") {
            EXPECT_EQ(incident["suggested_response"], "enforcement");
            EXPECT_TRUE(incident["repeat"].get<bool>());
            EXPECT_TRUE(incident["findings"].empty());
        }
        if (incident["id"] == "inc_delta_old_price") EXPECT_EQ(incident["suggested_response"], "resend");
    }
    EXPECT_EQ(json["post_mortems"]["won"], 2);
    EXPECT_EQ(json["post_mortems"]["by_channel"][0]["name"], "Equipment dealer network")
        << json["post_mortems"].dump(1);
}

TEST(cli_audit_test, audit_lists_every_finding_with_partner_period_rule_and_why) {
    const auto run = runCli("audit " + quotedSample() + " --today 2026-11-30 --format json");
    EXPECT_EQ(run.exitCode, 1);
    const sc::Json json = sc::Json::parse(run.out);
    std::set<std::string> audits;
    bool unanswered = false, undiagnosed = false;
    for (const auto& f : json["findings"]) {
        audits.insert(f["audit"].get<std::string>());
        EXPECT_FALSE(f["why"].get<std::string>().empty());
        EXPECT_FALSE(f["partner"].get<std::string>().empty());
        if (f["rule"] == "unanswered" && f["subject"] == "fb_coop_templates") {
            unanswered = true;
            EXPECT_EQ(f["partner"], "p_riverbend");
            EXPECT_EQ(f["period"], "2026-10");
        }
        if (f["rule"] == "not_diagnosed" && f["subject"] == "inc_greenacre_carbon") undiagnosed = true;
    }
    EXPECT_TRUE(unanswered);
    EXPECT_TRUE(undiagnosed);
    EXPECT_EQ(audits, (std::set<std::string>{"pricing", "reporting", "conflicts", "feedback", "incidents",
                                             "materials", "copy"}));
    EXPECT_EQ(json["count"], json["findings"].size());
}

TEST(cli_audit_test, filters_and_a_partner_copy) {
    TempDir dir;
    const auto one =
        runCli("audit " + quotedSample() + " --today 2026-11-30 --partner p_greenacre --format json");
    // Parsed into a variable: a range-for over a member of a temporary reads freed memory (ASan).
    const auto oneJson = sc::Json::parse(one.out);
    for (const auto& f : oneJson["findings"]) EXPECT_EQ(f["partner"], "p_greenacre");
    const auto august =
        runCli("audit " + quotedSample() + " --today 2026-11-30 --period 2026-08 --format json");
    const auto augustJson = sc::Json::parse(august.out);
    for (const auto& f : augustJson["findings"]) EXPECT_EQ(f["period"], "2026-08");

    const std::string copy =
        dir.write("post.txt", "Our sensors are guaranteed to pay for itself in a season.\n");
    const auto withCopy =
        runCli("audit " + quotedSample() + " --today 2026-11-30 --partner p_greenacre --copy '" + copy + "'");
    EXPECT_EQ(withCopy.exitCode, 1);
    EXPECT_TRUE(has(withCopy.out, "\ncopy\n")) << withCopy.out;
    EXPECT_TRUE(has(withCopy.out, "line 1, column")) << withCopy.out;
}

TEST(cli_audit_test, no_finding_exits_0_and_usage_errors_exit_2) {
    const auto clean = runCli("audit " + quotedSample("saas-self-serve") + " --today 2026-11-30");
    EXPECT_EQ(clean.exitCode, 0);
    EXPECT_TRUE(has(clean.out, "No findings")) << clean.out;
    EXPECT_EQ(runCli("audit " + quotedSample() + " --period 2026-8").exitCode, 2);
    EXPECT_EQ(runCli("audit " + quotedSample() + " --partner nobody").exitCode, 2);
    EXPECT_EQ(runCli("audit " + quotedSample() + " --copy x.txt").exitCode, 2);  // --copy needs --partner
    EXPECT_EQ(runCli("audit " + quotedSample() + " --today 2026-02-30").exitCode, 2);
    EXPECT_EQ(runCli("partners " + quotedSample() + " --today tomorrow").exitCode, 2);
}

// Issue 9: the sample's copy samples — passages breaking a forbidden rule are "copy" findings,
// copy citing an outdated or archived material is a "materials" finding (the system's fault).
TEST(cli_audit_test, audit_lists_copy_samples_and_outdated_material) {
    const auto run = runCli("audit " + quotedSample() + " --today 2026-11-30 --format json");
    EXPECT_EQ(run.exitCode, 1);
    bool delta = false, coastal = false, carbon = false, prairie = false;
    const sc::Json json = sc::Json::parse(run.out);
    for (const auto& f : json["findings"]) {
        const std::string why = f["why"];
        if (f["audit"] == "materials") {
            EXPECT_EQ(f["rule"], "outdated_material");
            EXPECT_TRUE(has(why, "not the partner's; resend the current version")) << why;
            if (f["subject"] == "copy_delta_flyer") {
                delta = true;
                EXPECT_EQ(f["partner"], "p_delta");
                EXPECT_EQ(f["period"], "2026-07");
                EXPECT_TRUE(has(why,
                                "cites Dealer price sheet version 2026-Q1; version 2026-Q3 has been current "
                                "since 2026-07-01"))
                    << why;
            }
            coastal |= f["subject"] == "copy_coastal_handout" && has(why, "an archived material");
        }
        if (f["audit"] == "copy") {
            carbon |= f["subject"] == "copy_greenacre_webinar" && f["rule"] == "custom" &&
                      has(why, "\"carbon credits\" breaks 'Carbon and certification claims'");
            prairie |= f["subject"] == "copy_prairie_landing";
        }
    }
    EXPECT_TRUE(delta);
    EXPECT_TRUE(coastal);
    EXPECT_TRUE(carbon);
    EXPECT_FALSE(prairie) << "the clean landing page carries approved claims only";

    const auto text = runCli("audit " + quotedSample() + " --today 2026-11-30");
    EXPECT_TRUE(has(text.out,
                    "\nmaterials\n  2026-05  Coastal Agronomy Partners  [outdated_material] "
                    "copy_coastal_handout: "))
        << text.out;
    EXPECT_TRUE(has(text.out, "\ncopy\n")) << text.out;
}

TEST(cli_audit_test, a_given_copy_joins_the_stored_copy_findings) {
    TempDir dir;
    const std::string copy = dir.write("post.txt", "Guaranteed results.\n");
    const auto run =
        runCli("audit " + quotedSample() + " --today 2026-11-30 --partner p_greenacre --copy '" + copy + "'");
    EXPECT_EQ(run.exitCode, 1);
    const auto first = run.out.find("\ncopy\n");
    ASSERT_NE(first, std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("\ncopy\n", first + 1), std::string::npos) << "one copy section: " << run.out;
    EXPECT_TRUE(has(run.out, "copy_greenacre_webinar: ")) << run.out;
    EXPECT_TRUE(has(run.out, "line 1, column 1: \"Guaranteed\" breaks 'Guarantees' (guaranteed)")) << run.out;
}

TEST(cli_audit_test, partners_shows_materials_and_the_versions_each_incident_partner_had) {
    const auto text = runCli("partners " + quotedSample() + " --today 2026-11-30");
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(has(text.out, "Materials: one source of truth at 2026-11-30 (5)")) << text.out;
    EXPECT_TRUE(has(text.out,
                    "Dealer price sheet (price sheet, owner Omar Haddad (Channel ops)): version "
                    "2026-Q3 since 2026-07-01; 4 of 6 partners have acknowledged it"))
        << text.out;
    EXPECT_TRUE(has(text.out, "still to tell: Delta Growers Supply (on 2026-Q1, 152 days)")) << text.out;
    EXPECT_TRUE(
        has(text.out, "2025 pitch deck (pitch deck, owner Nora Lindgren (Partner marketing)): archived"));
    EXPECT_TRUE(has(text.out, "Dealer price sheet: 2026-Q1, current 2026-Q3")) << text.out;

    const auto run = runCli("partners " + quotedSample() + " --today 2026-11-30 --format json");
    const sc::Json json = sc::Json::parse(run.out);
    ASSERT_EQ(json["materials"].size(), 5u);
    const auto& sheet = json["materials"][1];
    EXPECT_EQ(sheet["id"], "mat_price_sheet");
    EXPECT_EQ(sheet["current_version"], "2026-Q3");
    EXPECT_EQ(sheet["owner"], "Omar Haddad (Channel ops)");
    ASSERT_EQ(sheet["must_be_told"].size(), 2u);
    EXPECT_EQ(sheet["must_be_told"][0]["partner"], "p_delta");
    EXPECT_EQ(sheet["must_be_told"][0]["days_on_old_version"], 152);
    EXPECT_EQ(json["materials"][4]["status"], "archived");
    EXPECT_TRUE(json["materials"][4]["must_be_told"].empty());
    bool linked = false;
    for (const auto& incident : json["incidents"]) {
        if (incident["id"] != "inc_delta_old_price") continue;
        for (const auto& m : incident["materials"])
            if (m["material"] == "mat_price_sheet") {
                linked = true;
                EXPECT_EQ(m["version"], "2026-Q1");
                EXPECT_EQ(m["current_version"], "2026-Q3");
                EXPECT_FALSE(m["up_to_date"].get<bool>());
            }
    }
    EXPECT_TRUE(linked);
}

TEST(cli_audit_test, partners_computes_message_consistency_from_the_copy_samples) {
    const auto run =
        runCli("partners " + quotedSample() + " --period 2026-10 --today 2026-11-30 --format json");
    const sc::Json json = sc::Json::parse(run.out);
    for (const auto& partner : json["partners"]) {
        const auto& cell = partner["kpis"]["message_consistency"];
        if (partner["id"] == "p_greenacre") {
            EXPECT_EQ(cell["source"], "computed");
            EXPECT_EQ(cell["value"], 8000);
            EXPECT_EQ(cell["recorded"], 8200);
            EXPECT_EQ(cell["detail"], "4 of 5 sentences break no rule in 1 copy sample");
        }
        if (partner["id"] == "p_summit") EXPECT_EQ(cell["source"], "manual") << "no copy sample in October";
    }
}
