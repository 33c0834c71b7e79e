// The workshop's action list: open mismatches in priority order with decision, owner and due
// date (overdue marked), and its CSV (RFC 4180) and TSV texts.
#include "dashboard/action_list.h"

#include "dashboard_fixtures.h"

namespace {

sc::Document actionDocument() {
    auto doc = dfx::heatDocument();
    sc::Decision d;
    d.id = "dec_mid";
    d.name = "Say \"premium, with care\", ship from stock";
    d.mismatchId = "m_mid";
    d.kind = "both";
    d.owner = "Priya, Sales";
    d.due = "2026-10-20";
    doc.decisions.push_back(d);
    return doc;
}

TEST(DashboardActionList, open_mismatches_in_priority_order_with_decision_owner_due) {
    const auto items = dfx::dashboardOf(actionDocument()).actions;
    ASSERT_EQ(items.size(), 3u);  // dismissed and fixed ones have no action
    EXPECT_EQ(items[0].mismatchId, "m_high");
    EXPECT_EQ(items[0].rank, 1);
    EXPECT_TRUE(items[0].decisionId.empty());
    EXPECT_NE(items[0].action.find("(suggested)"), std::string::npos);
    EXPECT_EQ(items[1].mismatchId, "m_mid");
    EXPECT_EQ(items[1].decisionId, "dec_mid");
    EXPECT_EQ(items[1].action, "Say \"premium, with care\", ship from stock");
    EXPECT_EQ(items[1].owner, "Priya, Sales");
    EXPECT_EQ(items[1].due, "2026-10-20");
    EXPECT_TRUE(items[1].overdue);  // due 10-20, today 11-01, not implemented
    EXPECT_EQ(items[2].mismatchId, "m_low");
    EXPECT_FALSE(items[2].overdue);
}

TEST(DashboardActionList, implemented_or_not_yet_due_is_not_overdue) {
    auto doc = actionDocument();
    EXPECT_FALSE(dfx::dashboardOf(doc, "2026-10-20").actions[1].overdue);  // due today
    doc.decisions[0].implementedOn = "2026-10-25";
    doc.decisions[0].checklist.clear();
    const auto items = dfx::dashboardOf(doc).actions;
    for (const auto& a : items)
        if (a.decisionId == "dec_mid") EXPECT_FALSE(a.overdue);
}

TEST(DashboardActionList, csv_quotes_commas_and_quotes_and_ends_lines_with_crlf) {
    std::vector<sc::dashboard::ActionItem> items(1);
    items[0].rank = 2;
    items[0].title = "Try it now vs Sales";
    items[0].mismatchId = "m_mid";
    items[0].severity = "medium";
    items[0].score = 12.5;
    items[0].state = "fixing";
    items[0].action = "Say \"premium, with care\"";
    items[0].decisionKind = "both";
    items[0].owner = "Priya, Sales";
    items[0].due = "2026-10-20";
    items[0].overdue = true;
    EXPECT_EQ(sc::dashboard::actionListCsv(items),
              "Rank,Mismatch,Id,Severity,Priority,State,Action,Decision,Owner,Due,Overdue\r\n"
              "2,Try it now vs Sales,m_mid,medium,12.50,fixing,\"Say \"\"premium, with care\"\"\",both,"
              "\"Priya, Sales\",2026-10-20,yes\r\n");
    items[0].owner = "Priya\tSales\nteam";
    EXPECT_EQ(sc::dashboard::actionListTsv(items),
              "Rank\tMismatch\tId\tSeverity\tPriority\tState\tAction\tDecision\tOwner\tDue\tOverdue\n"
              "2\tTry it now vs Sales\tm_mid\tmedium\t12.50\tfixing\tSay \"premium, with care\"\tboth\t"
              "Priya Sales team\t2026-10-20\tyes\n");
    EXPECT_EQ(sc::dashboard::csvField("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(sc::dashboard::csvField("plain"), "plain");
}

}  // namespace
