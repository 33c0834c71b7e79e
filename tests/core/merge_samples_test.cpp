// The merge over the shipped samples: merging a file with itself changes no byte, a change on
// one side comes through whole, two teams' edits of the partner programme meet cleanly, and a
// 20k-deal document merges in linear time.
#include <gtest/gtest.h>

#include <chrono>

#include "document_generator.h"
#include "format/document_io.h"
#include "merge_fixtures.h"
#include "test_util.h"

using namespace sc;
using mfx::listConflicts;

namespace {

// One edit of every kind a team makes: a map change, a new entity, a deleted one, a table row.
Document editedCopy(const Document& doc) {
    Document d = doc;
    if (!d.promises.empty()) d.promises[0].text = "Edited promise text";
    Segment s;
    s.id = "seg_merge_test";
    s.name = "Added by the merge test";
    d.segments.push_back(s);
    if (!d.metrics.empty()) d.metrics.pop_back();
    if (!d.deals.empty()) d.deals[0].discountBp += 1;
    d.extra["x_merge_test"] = true;
    return d;
}

}  // namespace

TEST(merge_samples_test, merging_a_sample_with_itself_changes_no_byte) {
    const auto samples = test::listedSamples();
    ASSERT_FALSE(samples.empty());
    for (const auto& file : samples) {
        const std::string bytes = test::readText(test::sourcePath("assets/samples/" + file));
        const Document x = loadDocument(bytes).document;
        const MergeResult three = mergeDocuments(x, x, x);
        EXPECT_TRUE(three.conflicts.empty()) << file << "\n" << listConflicts(three);
        EXPECT_EQ(saveDocument(three.document), bytes) << file;
        const MergeResult two = mergeTwoWay(x, x);
        EXPECT_TRUE(two.conflicts.empty()) << file;
        EXPECT_EQ(saveDocument(two.document), bytes) << file;
        for (const auto& f : three.findings) EXPECT_FALSE(f.introduced) << file << ": " << f.finding.message;
    }
}

TEST(merge_samples_test, a_change_on_one_side_comes_through_whole) {
    for (const auto& file : test::listedSamples()) {
        const Document base =
            loadDocument(test::readText(test::sourcePath("assets/samples/" + file))).document;
        const Document edited = editedCopy(base);
        const MergeResult oursChanged = mergeDocuments(base, edited, base);
        EXPECT_TRUE(oursChanged.conflicts.empty()) << file << "\n" << listConflicts(oursChanged);
        EXPECT_EQ(saveDocument(oursChanged.document), saveDocument(edited)) << file;
        const MergeResult theirsChanged = mergeDocuments(base, base, edited);
        EXPECT_EQ(saveDocument(theirsChanged.document), saveDocument(edited)) << file;
    }
}

TEST(merge_samples_test, marketing_and_partner_managers_edit_the_partner_programme_apart) {
    const Document base = test::loadSample("partner-program");
    ASSERT_GE(base.kpiRecords.size(), 2u);
    ASSERT_GE(base.deals.size(), 2u);
    Document marketing = base, partners = base;
    marketing.promises[0].text = "Moisture every 15 minutes, installed by your dealer";
    marketing.kpiRecords[0].value = 9100;
    partners.kpiRecords[1].value = 9900;
    partners.deals[1].outcome = "won";
    Deal imported = base.deals[0];
    imported.id = "d_import_1";
    imported.name = "Imported from the monthly sheet";
    partners.deals.push_back(imported);
    const MergeResult r = mergeDocuments(base, marketing, partners);
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    EXPECT_TRUE(r.clean());
    EXPECT_EQ(r.document.promises[0].text, marketing.promises[0].text);
    EXPECT_EQ(r.document.kpiRecords[0].value, 9100);
    EXPECT_EQ(r.document.kpiRecords[1].value, 9900);
    EXPECT_EQ(r.document.deals[1].outcome, "won");
    EXPECT_EQ(r.document.deals.back().id, "d_import_1");
    EXPECT_EQ(r.document.deals.size(), base.deals.size() + 1);
}

// 20k deals (the suite runs a debug build; docs/MERGE.md has the release timing of 100k); each
// side changes 200 rows and adds 500. A merge that compared every row with every other
// (O(n²): 4·10^8 row comparisons) would take minutes here; matching by a hash of ids takes
// about two seconds in this debug build.
TEST(merge_samples_test, twenty_thousand_deals_merge_in_linear_time) {
    bench::TableSizes sizes;
    sizes.deals = 20000;
    const Document base = bench::withTables(test::loadSample("partner-program"), sizes, 7);
    Document ours = base, theirs = base;
    for (std::size_t i = 0; i < 200; ++i) {
        ours.deals[i * 50].discountBp += 1;
        theirs.deals[i * 50 + 25].outcome = "lost";
    }
    for (std::size_t i = 0; i < 500; ++i) {
        Deal d = base.deals[i];
        d.id = "ours-new-" + std::to_string(i);
        ours.deals.push_back(d);
        d.id = "theirs-new-" + std::to_string(i);
        theirs.deals.push_back(d);
    }
    const auto start = std::chrono::steady_clock::now();
    const MergeResult r = mergeDocuments(base, ours, theirs);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << "merge of 20000 deals: " << seconds << " s\n";
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    ASSERT_EQ(r.document.deals.size(), 21000u);
    EXPECT_EQ(r.document.deals[50].discountBp, base.deals[50].discountBp + 1);
    EXPECT_EQ(r.document.deals[75].outcome, "lost");
    EXPECT_EQ(r.document.deals[20000].id, "ours-new-0");
    EXPECT_EQ(r.document.deals[20500].id, "theirs-new-0");
    EXPECT_LT(seconds, 20.0);
}
