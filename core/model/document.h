// The scorecard document: one value holding everything one `*.scorecard.json` file holds.
// Copyable, so the app's undo keeps whole snapshots and core edits are pure functions. The big
// tables are copy-on-write (model/shared_table.h): a copy shares their rows until it changes
// them, so an edit costs what it changes, not the size of the document.
#pragma once

#include <type_traits>

#include "model/maps.h"
#include "model/partners.h"
#include "model/shared_table.h"
#include "model/workflow.h"

namespace sc {

// The schema version this build writes. Older files are migrated on load; newer ones refused.
inline constexpr int kSchemaVersion = 1;

struct DocumentInfo {
    std::string title;
    std::string organisation;
    std::string currency = "USD";  // ISO 4217; money fields are minor units of it
    std::string created;
    std::string updated;
    std::string notes;
    Json extra = Json::object();
};

struct Document {
    DocumentInfo info;

    // 1. Maps
    std::vector<Dimension> dimensions;
    std::vector<Segment> segments;
    std::vector<Promise> promises;
    std::vector<Channel> channels;
    std::vector<Product> products;
    std::vector<ProductChannelPair> pairs;
    std::vector<MetricDefinition> metrics;

    // 2. Mismatch workflow
    std::vector<Mismatch> mismatches;
    std::vector<Decision> decisions;
    std::vector<Experiment> experiments;
    std::vector<Verification> verifications;
    PriorityModel priorityModel;
    Readiness readiness;
    std::vector<Review> reviews;  // dated review snapshots, oldest first

    // 3. Partners
    std::vector<Partner> partners;
    RulesOfEngagement rules;
    std::vector<Material> materials;
    std::vector<CadenceItem> cadence;
    std::vector<FeedbackItem> feedback;
    std::vector<Incident> incidents;
    std::vector<PostMortem> postMortems;
    std::vector<CopySample> copySamples;

    // Large tables (row layout in the file), shared between copies until one changes them.
    SharedTable<Deal> deals;
    SharedTable<DealRegistration> dealRegistrations;
    SharedTable<ReportSubmission> reportSubmissions;
    SharedTable<KpiRecord> kpiRecords;
    SharedTable<PulseAnswer> pulseAnswers;
    SharedTable<PairObservation> pairObservations;

    // Top-level keys this version does not know.
    Json extra = Json::object();
    // Per table name ("deals", ...): what the table held that is not a readable row.
    std::map<std::string, TableLeftovers> tableLeftovers;
};

static_assert(std::is_copy_constructible_v<Document>, "snapshot undo copies documents");

// Find an entity by id in one of the document's lists; nullptr when absent.
template <class T>
const T* findById(const std::vector<T>& items, const std::string& id) {
    for (const auto& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

// The same for a list the caller may change (pure edits work on their own copy).
template <class T>
T* findById(std::vector<T>& items, const std::string& id) {
    for (auto& item : items)
        if (item.id == id) return &item;
    return nullptr;
}
// A big table: looked up in its rows as they are, without copying shared ones.
template <class T>
const T* findById(const SharedTable<T>& items, const std::string& id) {
    return findById(items.get(), id);
}

}  // namespace sc
