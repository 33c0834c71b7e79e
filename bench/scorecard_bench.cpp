// Google Benchmark suite for the core: load (parse + read + validate), validation alone,
// canonical save, three-way merge, diff, the partner KPI report, mismatch detection and the score
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

#include "diff/diff.h"
#include "edit/edits.h"
#include "document_generator.h"
#include "engine/detection.h"
#include "engine/score_report.h"
#include "format/document_io.h"
#include "generate/generate.h"
#include "merge/merge.h"
#include "partners/partner_kpis.h"
#include "validation/validate.h"

namespace {

using sc::Document;

constexpr std::uint64_t kSeed = 20261124;

const Document& templateDocument() {
    static const Document doc = [] {
        const std::string path =
            std::string(SCORECARD_SOURCE_DIR) + "/assets/samples/partner-program.scorecard.json";
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

template <class Make>
const Fixture& cached(const std::string& label, Make make) {
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
    // Diff (docs/DIFF.md): B changes one deal in a hundred, drops one in two hundred and adds as
    // many, so every row is matched by id.
    benchmark::RegisterBenchmark(("diff/" + label).c_str(), [fixture](benchmark::State& state) {
        const Fixture& f = fixture();
        sc::Document b = f.doc;
        for (std::size_t i = 0; i < b.deals.size(); i += 100) b.deals[i].discountBp += 1;
        for (std::size_t i = 0; i < f.doc.deals.size() / 200; ++i) {
            b.deals[i * 200 + 50] = f.doc.deals[i];
            b.deals[i * 200 + 50].id = "b-new-" + std::to_string(i);
        }
        for (auto _ : state) benchmark::DoNotOptimize(sc::diffDocuments(f.doc, b));
        setRates(state, f, 0);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("partner_kpis/" + label).c_str(), [fixture](benchmark::State& state) {
        const Fixture& f = fixture();
        for (auto _ : state) benchmark::DoNotOptimize(sc::partners::buildPartnerKpiReport(f.doc));
        setRates(state, f, 0);
    })->Unit(benchmark::kMillisecond);
}

// Structural sharing (issue 11): one field edit against copying the whole document, as every
// edit did before the big tables were shared. "copy_document_deep" makes every table the copy's
// own (the old cost of `Document out = doc;`), "copy_document_shared" is the copy an edit makes
// now; renaming a promise should cost the latter, changing a deal one table's copy.
void registerEdits(const std::string& label, const sc::bench::TableSizes& sizes) {
    auto fixture = [label, sizes] { return std::cref(tablesFixture(label, sizes)); };
    const std::string now = "2026-12-06T12:00:00Z";
    benchmark::RegisterBenchmark(("copy_document_deep/" + label).c_str(), [fixture](benchmark::State& state) {
        const Fixture& f = fixture();
        for (auto _ : state) {
            sc::Document copy = f.doc;
            copy.deals.mut(), copy.dealRegistrations.mut(), copy.reportSubmissions.mut();
            copy.kpiRecords.mut(), copy.pulseAnswers.mut(), copy.pairObservations.mut();
            benchmark::DoNotOptimize(copy);
        }
        setRates(state, f, 0);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("copy_document_shared/" + label).c_str(), [fixture](
                                                                                benchmark::State& state) {
        const Fixture& f = fixture();
        for (auto _ : state) {
            sc::Document copy = f.doc;
            benchmark::DoNotOptimize(copy);
        }
        setRates(state, f, 0);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("edit_promise_name/" + label).c_str(), [fixture,
                                                                          now](benchmark::State& state) {
        const Fixture& f = fixture();
        const sc::edit::Address promise = {{"promises", f.doc.promises.at(0).id}};
        bool shared = true;
        for (auto _ : state) {
            sc::EditResult r =
                sc::edit::setField(f.doc, promise, "name", sc::edit::FieldValue(std::string("Renamed")), now);
            if (!r.ok) state.SkipWithError(r.error.c_str());
            shared = shared && r.document.deals.sharesStorageWith(f.doc.deals);
            benchmark::DoNotOptimize(r);
        }
        setRates(state, f, 0);
        state.counters["deals_shared"] = shared ? 1 : 0;
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("edit_deal_field/" + label).c_str(), [fixture,
                                                                        now](benchmark::State& state) {
        const Fixture& f = fixture();
        const sc::edit::Address deal = {{"deals", f.doc.deals[f.doc.deals.size() / 2].id}};
        for (auto _ : state) {
            sc::EditResult r =
                sc::edit::setField(f.doc, deal, "account", sc::edit::FieldValue(std::string("Renamed")), now);
            if (!r.ok) state.SkipWithError(r.error.c_str());
            benchmark::DoNotOptimize(r);
        }
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

// Hostile and limit-sized shapes (docs/FORMAT.md, "Limits"; issue 12): loading must be linear
// in the file's size. An object with more keys, or a table with more columns, than the limit is
// refused by a scan before the tree is built; at the limit, many such objects or rows load.
std::string limitsHeader() { return R"({"schema_version": 1, "info": {"title": "Limits"}, )"; }

std::string keysObject(std::size_t keys, std::size_t first) {
    std::string o = "{";
    for (std::size_t k = 0; k < keys; ++k) o += (k ? ",\"k" : "\"k") + std::to_string(first + k) + "\":0";
    return o + "}";
}

// "x_objects": N/1000 objects of 1000 unknown keys each (at the limit), or one object of N keys.
std::string keysText(std::size_t keys, bool oneObject) {
    if (oneObject) return limitsHeader() + "\"x\": " + keysObject(keys, 0) + "}";
    std::string text = limitsHeader() + "\"x_objects\": [";
    for (std::size_t done = 0; done < keys; done += 1000)
        text += (done ? ",\n" : "") + keysObject(1000, done);
    return text + "]}";
}

// A deals table with `columns` columns (id, partner_id and unknown ones) and enough rows for
// `cells` cells.
std::string columnsText(std::size_t columns, std::size_t cells) {
    std::string text = limitsHeader() + "\"deals\": {\"columns\": [\"id\",\"partner_id\"";
    for (std::size_t c = 2; c < columns; ++c) text += ",\"c" + std::to_string(c) + "\"";
    text += "], \"rows\": [";
    for (std::size_t r = 0; r * columns < cells; ++r) {
        text += (r ? ",\n[\"d" : "[\"d") + std::to_string(r) + "\",\"p\"";
        for (std::size_t c = 2; c < columns; ++c) text += ",1";
        text += "]";
    }
    return text + "]}}";
}

void registerLimit(const std::string& name, std::size_t items, bool refused,
                   std::function<std::string()> make) {
    benchmark::RegisterBenchmark(name.c_str(), [=](benchmark::State& state) {
        static std::string label, text;
        if (label != name) label = name, text = make();
        for (auto _ : state) {
            sc::LoadResult r = sc::loadDocument(text);
            if (r.ok == refused) state.SkipWithError(refused ? "should be refused" : r.error.c_str());
            benchmark::DoNotOptimize(r);
        }
        state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * items));
        state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
        state.counters["file_MB"] = static_cast<double>(text.size()) / 1e6;
    })->Unit(benchmark::kMillisecond);
}

void registerLimits() {
    for (std::size_t n : {10000, 20000, 40000}) {
        registerLimit("limits_refuse/" + std::to_string(n) + "_keys_one_object", n, true,
                      [n] { return keysText(n, true); });
        registerLimit("limits_refuse/" + std::to_string(n) + "_columns", n, true,
                      [n] { return columnsText(n, n * 10); });
    }
    for (std::size_t n : {10000, 100000, 1000000}) {
        registerLimit("limits_load/" + std::to_string(n) + "_keys_1000_per_object", n, false,
                      [n] { return keysText(n, false); });
        registerLimit("limits_load/" + std::to_string(n) + "_cells_1000_columns", n, false,
                      [n] { return columnsText(1000, n); });
    }
}

}  // namespace

// --write-document=DEALS:PATH writes the generated N-deal file and exits, so the CLI's time and
// peak memory on it can be measured in a process of its own (BENCHMARKS.md). PRESET:PATH
// (small, enterprise) writes `scorecard generate --preset PRESET --seed 1` instead.
int writeDocument(const std::string& spec) {
    const auto colon = spec.find(':');
    if (colon == std::string::npos) return 2;
    if (const auto preset = sc::generate::presetSizes(spec.substr(0, colon))) {
        std::ofstream(spec.substr(colon + 1), std::ios::binary) << sc::saveDocument(
            sc::generate::generateDocument(*preset, 1, sc::generate::presetTitle(spec.substr(0, colon), 1))
                .document);
        return 0;
    }
    sc::bench::TableSizes sizes;
    sizes.deals = std::stoul(spec.substr(0, colon));
    std::ofstream(spec.substr(colon + 1), std::ios::binary)
        << sc::saveDocument(sc::bench::withTables(templateDocument(), sizes, kSeed));
    return 0;
}

int main(int argc, char** argv) {
    const std::string writeFlag = "--write-document=";
    if (argc == 2 && std::string(argv[1]).rfind(writeFlag, 0) == 0)
        return writeDocument(argv[1] + writeFlag.size());
    // Deals grow, the other tables keep the sample's rows (the "1M-deal file" case) ...
    for (std::size_t deals : {1000, 100000, 1000000}) {
        sc::bench::TableSizes sizes;
        sizes.deals = deals;
        registerTables(std::to_string(deals) + "_deals", sizes);
        registerEdits(std::to_string(deals) + "_deals", sizes);  // on the same cached document
    }
    // ... and every large table at 100k rows at once.
    registerTables("100000_rows_each", {100000, 100000, 100000, 100000, 100000});
    // Promise × channel comparisons: 10, 100, 1000 (the template's pair adds one or two).
    registerMaps(2, 5);
    registerMaps(10, 10);
    registerMaps(25, 40);
    registerLimits();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
