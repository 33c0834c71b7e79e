// The built-in dimensions are the shared vocabulary every sample and every new document uses:
// their ids must be unique and stable, ordered ones need a scale (at least two levels), and
// each sample must carry all of them with the same levels in the same order, or comparisons
// between files from different teams would silently disagree.
#include <algorithm>
#include <set>

#include "model/builtin_dimensions.h"
#include "test_util.h"
#include "validation/validate.h"

namespace {

using sc::test::listedSamples;

std::vector<std::string> levelIds(const sc::Dimension& d) {
    std::vector<std::string> out;
    for (const auto& l : d.levels) out.push_back(l.id);
    return out;
}

}  // namespace

TEST(builtin_dimensions_test, ids_are_unique_and_not_empty) {
    const auto dims = sc::builtInDimensions();
    std::set<std::string> ids;
    for (const auto& d : dims) {
        EXPECT_FALSE(d.id.empty());
        EXPECT_FALSE(d.name.empty()) << d.id;
        EXPECT_TRUE(ids.insert(d.id).second) << "duplicate id " << d.id;
    }
    EXPECT_EQ(ids.size(), dims.size());
}

TEST(builtin_dimensions_test, covers_every_dimension_the_spec_names) {
    std::set<std::string> ids;
    for (const auto& d : sc::builtInDimensions()) ids.insert(d.id);
    for (const char* id : {"buying_motion", "access", "customer_size", "price_positioning", "service_level",
                           "curation", "delivery_speed", "purchase_model", "ad_experience",
                           "packaging_sustainability", "setup_effort", "decision_window_days"})
        EXPECT_TRUE(ids.count(id)) << "missing built-in " << id;
}

TEST(builtin_dimensions_test, ordered_dimensions_have_a_scale_of_unique_levels) {
    for (const auto& d : sc::builtInDimensions()) {
        EXPECT_TRUE(d.builtIn) << d.id;
        EXPECT_GE(d.weight, 0) << d.id;
        EXPECT_GE(d.tolerance, 0) << d.id;
        if (d.kind == "ordered") {
            EXPECT_GE(d.levels.size(), 2u) << d.id;
            std::set<std::string> levels;
            for (const auto& l : d.levels) {
                EXPECT_FALSE(l.name.empty()) << d.id << "/" << l.id;
                EXPECT_TRUE(levels.insert(l.id).second) << d.id << " repeats level " << l.id;
            }
        } else {
            EXPECT_EQ(d.kind, "numeric") << d.id;
            EXPECT_TRUE(d.levels.empty()) << d.id;
            EXPECT_FALSE(d.unit.empty()) << d.id;
        }
    }
}

TEST(builtin_dimensions_test, scales_run_in_the_order_detection_counts_steps_on) {
    const auto dims = sc::builtInDimensions();
    auto find = [&](const std::string& id) { return *sc::findById(dims, id); };
    EXPECT_EQ(levelIds(find("buying_motion")),
              (std::vector<std::string>{"self_serve", "assisted", "sales_led"}));
    EXPECT_EQ(levelIds(find("access")), (std::vector<std::string>{"instant", "trial", "demo_gated"}));
    EXPECT_EQ(levelIds(find("customer_size")),
              (std::vector<std::string>{"consumer", "smb", "mid_market", "enterprise"}));
    EXPECT_EQ(levelIds(find("price_positioning")), (std::vector<std::string>{"premium", "mid", "discount"}));
    EXPECT_EQ(levelIds(find("purchase_model")), (std::vector<std::string>{"subscription", "one_time"}));
}

TEST(builtin_dimensions_test, decision_window_needs_the_channel_to_cover_the_cycle) {
    const auto dims = sc::builtInDimensions();
    const auto* d = sc::findById(dims, sc::kDecisionWindowDimension);
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->kind, "numeric");
    EXPECT_EQ(d->unit, "days");
    EXPECT_EQ(d->comparison, "channel_at_least");
}

TEST(builtin_dimensions_test, a_document_of_only_built_ins_has_no_findings) {
    sc::Document doc;
    doc.info.title = "Built-ins only";
    doc.dimensions = sc::builtInDimensions();
    const auto findings = sc::validateDocument(doc);
    for (const auto& f : findings) ADD_FAILURE() << f.pointer << ": " << f.message;
}

TEST(builtin_dimensions_test, every_sample_carries_every_built_in_unchanged) {
    const auto samples = listedSamples();
    ASSERT_GE(samples.size(), 5u);
    const auto builtIns = sc::builtInDimensions();
    for (const auto& name : samples) {
        SCOPED_TRACE(name);
        const auto loaded =
            sc::loadDocument(sc::test::readText(sc::test::sourcePath("assets/samples/" + name)));
        ASSERT_TRUE(loaded.ok) << loaded.error;
        for (const auto& b : builtIns) {
            const auto* d = sc::findById(loaded.document.dimensions, b.id);
            ASSERT_NE(d, nullptr) << "sample lacks built-in dimension " << b.id;
            EXPECT_TRUE(d->builtIn) << b.id;
            EXPECT_EQ(d->kind, b.kind) << b.id;
            EXPECT_EQ(levelIds(*d), levelIds(b)) << b.id;
            EXPECT_EQ(d->unit, b.unit) << b.id;
            if (b.kind == "numeric") EXPECT_EQ(d->comparison, b.comparison) << b.id;
            if (b.kind == "ordered") EXPECT_EQ(d->direction, b.direction) << b.id;
        }
    }
}
