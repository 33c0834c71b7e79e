// The single source of truth for materials (seed 000 §1): which version was current on a day,
// which one a partner had acknowledged by then (linked to incidents), who still must be told of
// the current version and for how long, and "outdated material in use": a copy sample citing a
// version that was no longer current, or an archived material — the system's fault, not the
// partner's.
#include <gtest/gtest.h>

#include "core/partners_fixtures.h"
#include "partners/audit_findings.h"
#include "partners/incidents.h"
#include "partners/material_citations.h"
#include "partners/material_status.h"
#include "partners/materials.h"
#include "test_util.h"

namespace {

sc::MaterialVersion version(const std::string& label, const std::string& updatedOn) {
    sc::MaterialVersion v;
    v.version = label;
    v.updatedOn = updatedOn;
    return v;
}

sc::Acknowledgement ack(const std::string& partnerId, const std::string& label, const std::string& on) {
    sc::Acknowledgement a;
    a.partnerId = partnerId;
    a.version = label;
    a.acknowledgedOn = on;
    return a;
}

// A price sheet: Q1 from January, Q3 from July; the gold partner acknowledged both, the idle
// partner only Q1. A second, archived deck.
sc::Document withMaterials() {
    sc::Document doc = fx::partnerProgramme();
    sc::Material sheet;
    sheet.id = "mat_sheet";
    sheet.name = "Price sheet";
    sheet.kind = "price_sheet";
    sheet.owner = "Channel ops";
    sheet.versions = {version("Q1", "2026-01-05"), version("Q3", "2026-07-01")};
    sheet.acknowledgements = {ack("p_gold", "Q1", "2026-01-10"), ack("p_idle", "Q1", "2026-01-12"),
                              ack("p_gold", "Q3", "2026-07-02")};
    sc::Material old;
    old.id = "mat_old_deck";
    old.name = "2025 deck";
    old.status = "archived";
    old.versions = {version("2025.4", "2025-10-01")};
    doc.materials = {sheet, old};
    return doc;
}

sc::CopySample citing(const std::string& id, const std::string& materialId, const std::string& label,
                      const std::string& capturedOn) {
    sc::CopySample c;
    c.id = id;
    c.name = "Flyer " + id;
    c.partnerId = "p_idle";
    c.capturedOn = capturedOn;
    c.materialId = materialId;
    c.materialVersion = label;
    c.text = "Sensors from 479.00 each.";
    return c;
}

}  // namespace

TEST(partners_materials_test, the_version_current_and_acknowledged_on_a_day) {
    const sc::Document doc = withMaterials();
    const sc::Material& sheet = doc.materials[0];
    EXPECT_EQ(sc::partners::versionCurrentOn(sheet, "2026-06-30")->version, "Q1");
    EXPECT_EQ(sc::partners::versionCurrentOn(sheet, "2026-07-01")->version, "Q3");
    EXPECT_EQ(sc::partners::versionCurrentOn(sheet, "2025-12-31"), nullptr) << "no version yet";
    EXPECT_EQ(sc::partners::versionCurrentOn(sheet, "not a date"), nullptr);
    EXPECT_EQ(sc::partners::acknowledgementOn(sheet, "p_gold", "2026-07-01")->version, "Q1");
    EXPECT_EQ(sc::partners::acknowledgementOn(sheet, "p_gold", "2026-07-02")->version, "Q3");
    EXPECT_EQ(sc::partners::acknowledgementOn(sheet, "p_idle", "2026-01-11"), nullptr);
}

// Seed 000 "They never received the updated material": the incident shows the idle partner
// still on Q1 when it happened, while the gold partner was on Q3.
TEST(partners_materials_test, an_incident_shows_the_versions_the_partner_had) {
    sc::Document doc = withMaterials();
    sc::Incident incident;
    incident.id = "inc_old_price";
    incident.name = "Quoted the Q1 price";
    incident.partnerId = "p_idle";
    incident.occurredOn = "2026-07-18";
    incident.diagnosis = "never_received";
    doc.incidents = {incident};
    const auto reviews = sc::partners::reviewIncidents(doc);
    ASSERT_EQ(reviews.size(), 1u);
    ASSERT_EQ(reviews[0].materials.size(), 1u) << "the archived deck is not the partner's";
    const auto& held = reviews[0].materials[0];
    EXPECT_EQ(held.materialId, "mat_sheet");
    EXPECT_EQ(held.version, "Q1");
    EXPECT_EQ(held.acknowledgedOn, "2026-01-12");
    EXPECT_EQ(held.currentVersion, "Q3");
    EXPECT_FALSE(held.upToDate);

    const auto gold = sc::partners::materialsHeldOn(doc, "p_gold", "2026-07-18");
    ASSERT_EQ(gold.size(), 1u);
    EXPECT_TRUE(gold[0].upToDate);
    EXPECT_TRUE(sc::partners::materialsHeldOn(doc, "p_gold", "2025-12-01").empty()) << "before any version";
    EXPECT_TRUE(sc::partners::materialsHeldOn(doc, "p_gold", "").empty()) << "an undated incident";
}

TEST(partners_materials_test, who_still_must_be_told_and_for_how_long) {
    const auto statuses = sc::partners::materialStatuses(withMaterials(), "2026-07-31");
    ASSERT_EQ(statuses.size(), 2u);
    const auto& sheet = statuses[0];
    EXPECT_EQ(sheet.currentVersion, "Q3");
    EXPECT_EQ(sheet.updatedOn, "2026-07-01");
    EXPECT_EQ(sheet.audience, (std::vector<std::string>{"p_gold", "p_idle"}));
    ASSERT_EQ(sheet.partners.size(), 2u);
    EXPECT_TRUE(sheet.partners[0].current);
    EXPECT_EQ(sheet.partners[0].lastAcknowledged, "Q3");
    EXPECT_FALSE(sheet.partners[0].daysOnOldVersion.has_value());
    ASSERT_EQ(sheet.mustBeTold.size(), 1u);
    EXPECT_EQ(sheet.mustBeTold[0].partnerId, "p_idle");
    EXPECT_EQ(sheet.mustBeTold[0].lastAcknowledged, "Q1");
    EXPECT_EQ(sheet.mustBeTold[0].daysOnOldVersion, 30);
    // Archived: nobody is left to tell.
    EXPECT_EQ(statuses[1].status, "archived");
    EXPECT_TRUE(statuses[1].audience.empty());
    EXPECT_TRUE(statuses[1].mustBeTold.empty());

    const std::string text = sc::partners::materialStatusesToText(statuses, "2026-07-31");
    EXPECT_NE(text.find("Price sheet (price sheet, owner Channel ops): version Q3 since 2026-07-01; 1 of 2 "
                        "partners have acknowledged it"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("still to tell: Idle Partner (on Q1, 30 days)"), std::string::npos) << text;
    EXPECT_NE(text.find("2025 deck (material): archived (last version 2025.4 of 2025-10-01)"),
              std::string::npos)
        << text;
    const sc::Json json = sc::partners::materialStatusesToJson(statuses);
    EXPECT_EQ(json[0]["must_be_told"][0]["days_on_old_version"], 30);
    EXPECT_EQ(json[1]["current_version"], "2025.4");
}

TEST(partners_materials_test, copy_citing_an_older_version_is_outdated_material) {
    sc::Document doc = withMaterials();
    doc.copySamples = {citing("c_old", "mat_sheet", "Q1", "2026-07-15")};
    const auto found = sc::partners::findOutdatedCitations(doc);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].currentVersion, "Q3");
    EXPECT_EQ(
        found[0].why,
        "'Flyer c_old' cites Price sheet version Q1; version Q3 has been current since 2026-07-01 (copy "
        "captured 2026-07-15); seed 000: outdated material in use is the system's fault, not the "
        "partner's; resend the current version");
    const auto findings = sc::partners::collectAuditFindings(doc, "2026-07-31");
    ASSERT_EQ(findings.size(), 1u);
    EXPECT_EQ(findings[0].audit, "materials");
    EXPECT_EQ(findings[0].rule, "outdated_material");
    EXPECT_EQ(findings[0].subject, "c_old");
    EXPECT_EQ(findings[0].period, "2026-07");
    EXPECT_EQ(findings[0].partnerId, "p_idle");
}

TEST(partners_materials_test, copy_citing_an_archived_material_is_outdated_material) {
    sc::Document doc = withMaterials();
    doc.copySamples = {citing("c_arch", "mat_old_deck", "2025.4", "2026-05-08")};
    const auto found = sc::partners::findOutdatedCitations(doc);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(found[0].archived);
    EXPECT_NE(found[0].why.find("cites 2025 deck version 2025.4, an archived material"), std::string::npos)
        << found[0].why;
    EXPECT_NE(found[0].why.find("not the partner's"), std::string::npos);
}

TEST(partners_materials_test, copy_citing_the_version_current_when_captured_is_not_flagged) {
    sc::Document doc = withMaterials();
    doc.copySamples = {
        citing("c_now", "mat_sheet", "Q3", "2026-07-15"),      // the current version
        citing("c_then", "mat_sheet", "Q1", "2026-03-01"),     // current on the day it was captured
        citing("c_none", "", "", "2026-07-15"),                // cites no material
        citing("c_unknown", "mat_sheet", "Q9", "2026-07-15"),  // not a version: validation says so
        citing("c_gone", "mat_nowhere", "Q1", "2026-07-15"),   // unknown material: validation too
    };
    EXPECT_TRUE(sc::partners::findOutdatedCitations(doc).empty());
    // Without a readable capture date, the last version is the one to cite.
    doc.copySamples = {citing("c_undated", "mat_sheet", "Q1", ""),
                       citing("c_undated3", "mat_sheet", "Q3", "")};
    const auto found = sc::partners::findOutdatedCitations(doc);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].sampleId, "c_undated");
}

// The partner-program sample: Delta's July counter flyer quotes the Q1 price sheet, Riverbend's
// newsletter uses objection script 1.0, Coastal's handout the archived 2025 deck.
TEST(partners_materials_test, the_sample_has_outdated_material_in_use) {
    const auto doc = sc::test::loadSample("partner-program");
    std::vector<std::string> subjects;
    for (const auto& f : sc::partners::collectAuditFindings(doc, "2026-11-30"))
        if (f.audit == "materials") {
            EXPECT_EQ(f.rule, "outdated_material");
            subjects.push_back(f.subject);
        }
    EXPECT_EQ(subjects, (std::vector<std::string>{"copy_coastal_handout", "copy_delta_flyer",
                                                  "copy_riverbend_newsletter"}));
    // Delta's July incident: it still had the Q1 sheet when it quoted the old price.
    for (const auto& r : sc::partners::reviewIncidents(doc)) {
        if (r.id != "inc_delta_old_price") continue;
        bool sheet = false;
        for (const auto& m : r.materials)
            if (m.materialId == "mat_price_sheet") {
                sheet = true;
                EXPECT_EQ(m.version, "2026-Q1");
                EXPECT_EQ(m.currentVersion, "2026-Q3");
            }
        EXPECT_TRUE(sheet);
    }
}
