// Seed 002 "When not to proceed": fewer than 50 customers, pre-revenue, crisis.
#include <gtest/gtest.h>

#include "workflow/readiness.h"

using namespace sc;

TEST(workflow_readiness_test, exactly_fifty_customers_is_ready) {
    Document doc;
    doc.readiness.customers = 50;
    const auto r = assessReadiness(doc);
    EXPECT_TRUE(r.ready);
    EXPECT_EQ(r.customers, 50);
    EXPECT_EQ(r.customersSource, "readiness");
    EXPECT_TRUE(r.warnings.empty());
}

TEST(workflow_readiness_test, forty_nine_customers_is_not_ready) {
    Document doc;
    doc.readiness.customers = 49;
    const auto r = assessReadiness(doc);
    EXPECT_FALSE(r.ready);
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0].code, "few_customers");
    EXPECT_NE(r.warnings[0].message.find("Only 49 customers"), std::string::npos);
    EXPECT_NE(r.warnings[0].advice.find("simplest marketing message"), std::string::npos);
}

TEST(workflow_readiness_test, customers_are_summed_over_segments_when_not_declared) {
    Document doc;
    doc.segments.resize(2);
    doc.segments[0].customers = 30;
    doc.segments[1].customers = 19;
    auto r = assessReadiness(doc);
    EXPECT_EQ(r.customers, 49);
    EXPECT_EQ(r.customersSource, "segments");
    EXPECT_FALSE(r.ready);
    doc.segments[1].customers = 20;
    r = assessReadiness(doc);
    EXPECT_EQ(r.customers, 50);
    EXPECT_TRUE(r.ready);
}

TEST(workflow_readiness_test, pre_revenue_and_crisis_each_warn) {
    Document doc;
    doc.readiness.customers = 500;
    doc.readiness.preRevenue = true;
    doc.readiness.crisis = true;
    doc.readiness.crisisNote = "reseller contract terminated";
    const auto r = assessReadiness(doc);
    EXPECT_FALSE(r.ready);
    ASSERT_EQ(r.warnings.size(), 2u);
    EXPECT_EQ(r.warnings[0].code, "crisis");
    EXPECT_EQ(r.warnings[0].message, "A crisis is declared: reseller contract terminated.");
    EXPECT_NE(r.warnings[0].advice.find("Address the immediate problem first"), std::string::npos);
    EXPECT_EQ(r.warnings[1].code, "pre_revenue");
}

TEST(workflow_readiness_test, empty_document_is_not_ready) {
    const auto r = assessReadiness(Document{});
    EXPECT_EQ(r.customers, 0);
    EXPECT_FALSE(r.ready);
}
