// Google Benchmark suite for the core: load (parse + read + validate), validation alone,
// canonical save, three-way merge, the partner KPI report, mismatch detection and the score
// report, over generated documents of several sizes. BENCHMARKS.md has the commands and the numbers.
//
// Names are <operation>/<size>, e.g. load/100000_deals, detect/100_pairs, so a size or an
// operation is picked with --benchmark_filter (the 1M-deal runs take seconds each).
#include <benchmark/benchmark.h>

#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <string>

#include "document_generator.h"
#include "engine/detection.h"
#include "engine/score_report.h"
#include "format/document_io.h"
#include "merge/merge.h"
#include "partners/partner_kpis.h"
#include "validation/validate.h"

namespace {

using sc::Document;

constexpr std::uint64_t kSeed = 20261124;

const Document& templateDocument() {
    static const Document doc = [] {
        const std::string path = std::string(SCORECARD_SOURCE_DIR) + "/assets/samples/partner-program.scorecard.json";
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        sc::LoadResult loaded = sc::loadDocument(text.str());
        if (!loaded.ok) throw std::runtime_error("cannot load the template " + path + ": " + loaded.error);
        return std::move(loaded.document);
    }();
    return doc;
}

// One generated document with its canonical bytes. Benchmarks are registered size by size, so
// one cached document at a time keeps memory at one size's worth (1M deals is ~1 GB loaded).
struct Fixture {
    std::string label;
    Document doc;
    std::string text;
    std::size_t items = 0;
};

template <class Make> const Fixture& cached(const std::string& label, Make make) {
    static std::unique_ptr<Fixture> slot;
    if (!slot || slot->label != label) {
        slot.reset();  // free the previous size before building the next
        auto f = std::make_unique<Fixture>();
        f->label = label;
        make(*f);
        slot = std::move(f);
    }
    return *slot;
}

const Fixture& tablesFixture(const std::string& label, const sc::bench::TableSizes& sizes) {
    return cached("tables:" + label, [&](Fixture& f) {
        f.doc = sc::bench::withTables(templateDocument(), sizes, kSeed);
        f.text = sc::saveDocument(f.doc);
        f.items = sc::bench::tableRows(f.doc);
    });
}

const Fixture& mapsFixture(std::size_t promises, std::size_t channels) {
    return cached("maps:" + std::to_string(promises) + "x" + std::to_string(channels), [&](Fixture& f) {
        f.doc = sc::bench::withMaps(templateDocument(), promises, channels, kSeed);
        f.items = sc::engine::detectMismatches(f.doc).comparisons.size();
    });
}

void setRates(benchmark::State& state, const Fixture& f, std::size_t bytes) {
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * f.items));
    if (bytes) state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
    state.counters["items"] = static_cast<double>(f.items);
}

void registerTables(const std::string& label, const sc::bench::TableSizes& sizes) {
    auto fixture = [label, sizes] { return std::cref(tablesFixture(label, sizes)); };
    benchmark::RegisterBenchmark(("load/" + label).c_str(), [fixture](benchmark::State& state) {
        const Fixture& f = fixture();
        for (auto _ : state) {
            sc::LoadResult r = sc::loadDocument(f.text);
            if (!r.ok) state.SkipWithError(r.error.c_str());
            benchmark::DoNotOptimize(r);
        }
        setRates(state, f, f.text.size());
        state.counters["file_MB"] = static_cast<double>(f.text.size()) / 1e6;
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("json_parse/" + label).c_str(), [fixture](benchmark::State& state) {
        const Fixture& f = fixture();
        for (auto _ : state) benchmark::DoNotOptimize(sc::Json::parse(f.text));
        setRates(state, f, f.text.size());
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("validate/" + label).c_str(), [fixture](benchmark::State& state) {
        const Fixture& f = fixture();
        for (auto _ : state) benchmark::DoNotOptimize(sc::validateDocument(f.doc));
        setRates(state, f, 0);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("save/" + label).c_str(), [fixture](benchmark::State& state) {
        const Fixture& f = fixture();
        for (auto _ : state) benchmark::DoNotOptimize(sc::saveDocument(f.doc));
        setRates(state, f, f.text.size());
    })->Unit(benchmark::kMillisecond);
    // Three-way merge (docs/MERGE.md): each side changes one deal in a hundred and adds one in
    // two hundred, in different rows, so every row is matched and nothing conflicts.
    benchmark::RegisterBenchmark(("merge/" + label).c_str(), [fixture](benchmark::State& state) {
        const Fixture& f = fixture();
        sc::Document ours = f.doc, theirs = f.doc;
        for (std::size_t i = 0; i + 50 < f.doc.deals.size(); i += 100) {
            ours.deals[i].discountBp += 1;
            theirs.deals[i + 50].outcome = "lost";
        }
        for (std::size_t i = 0; i < f.doc.deals.size() / 200; ++i) {
            sc::Deal d = f.doc.deals[i];
            d.id = "ours-new-" + std::to_string(i);
            ours.deals.push_back(d);
            d.id = "theirs-new-" + std::to_string(i);
            theirs.deals.push_back(d);
        }
        for (auto _ : state) {
            sc::MergeResult r = sc::mergeDocuments(f.doc, ours, theirs);
            if (!r.conflicts.empty()) state.SkipWithError("the benchmark's edits should not conflict");
            benchmark::DoNotOptimize(r);
        }
        setRates(state, f, 0);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("partner_kpis/" + label).c_str(), [fixture](benchmark::State& state) {
        const Fixture& f = fixture();
        for (auto _ : state) benchmark::DoNotOptimize(sc::partners::buildPartnerKpiReport(f.doc));
        setRates(state, f, 0);
    })->Unit(benchmark::kMillisecond);
}

void registerMaps(std::size_t promises, std::size_t channels) {
    const std::string label = std::to_string(promises * channels) + "_pairs";
    benchmark::RegisterBenchmark(("detect/" + label).c_str(), [=](benchmark::State& state) {
        const Fixture& f = mapsFixture(promises, channels);
        for (auto _ : state) benchmark::DoNotOptimize(sc::engine::detectMismatches(f.doc));
        setRates(state, f, 0);
        state.counters["promises"] = static_cast<double>(promises);
        state.counters["channels"] = static_cast<double>(channels);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("score_report/" + label).c_str(), [=](benchmark::State& state) {
        const Fixture& f = mapsFixture(promises, channels);
        for (auto _ : state) benchmark::DoNotOptimize(sc::engine::buildScoreReport(f.doc, "2026-11-24"));
        setRates(state, f, 0);
    })->Unit(benchmark::kMillisecond);
}

}  // namespace

// --write-document=DEALS:PATH writes the generated N-deal file and exits, so the CLI's time and
// peak memory on it can be measured in a process of its own (BENCHMARKS.md).
int writeDocument(const std::string& spec) {
    const auto colon = spec.find(':');
    if (colon == std::string::npos) return 2;
    sc::bench::TableSizes sizes;
    sizes.deals = std::stoul(spec.substr(0, colon));
    std::ofstream(spec.substr(colon + 1), std::ios::binary) << sc::saveDocument(sc::bench::withTables(templateDocument(), sizes, kSeed));
    return 0;
}

int main(int argc, char** argv) {
    const std::string writeFlag = "--write-document=";
    if (argc == 2 && std::string(argv[1]).rfind(writeFlag, 0) == 0) return writeDocument(argv[1] + writeFlag.size());
    // Deals grow, the other tables keep the sample's rows (the "1M-deal file" case) ...
    for (std::size_t deals : {1000, 100000, 1000000}) {
        sc::bench::TableSizes sizes;
        sizes.deals = deals;
        registerTables(std::to_string(deals) + "_deals", sizes);
    }
    // ... and every large table at 100k rows at once.
    registerTables("100000_rows_each", {100000, 100000, 100000, 100000, 100000});
    // Promise × channel comparisons: 10, 100, 1000 (the template's pair adds one or two).
    registerMaps(2, 5);
    registerMaps(10, 10);
    registerMaps(25, 40);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
