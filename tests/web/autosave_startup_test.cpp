// The start-up restore a step at a time (Autosaver::beginStartup .. finishStartup): the app
// reads a large autosave a slice a frame (sc::LoadJob) instead of freezing before its first
// frame. Stepped, the restore decides exactly what checkAtStart decides, and nothing is written
// while it runs.
#include <gtest/gtest.h>

#include "autosave_fixtures.h"

using sc::web::test::slot;
#include "format/load_job.h"
#include "logic/autosave.h"

using sc::web::Autosaver;
using sc::web::AutosaveRecord;
using sc::web::StartupCheck;
using sc::web::test::canonical;
using sc::web::test::doc;
using sc::web::test::ListingStore;
using sc::web::test::record;
using sc::web::test::textOf;

namespace {

// Own slot "me": unreadable; closed tabs "a" (older) and "b" (newer) hold readable records.
ListingStore storeWithThreeRecords() {
    ListingStore store;
    store.values[slot("me")] =
        sc::web::encodeAutosaveRecord({"cut.scorecard.json", "{\"schema_version\": 1", 5, true});
    store.values[slot("a")] = record("Older", true, 2000);
    store.values[slot("b")] = record("Newer", true, 3000);
    return store;
}

// The restore with every record read by a LoadJob, a row a step.
StartupCheck stepped(Autosaver& saver, const std::string& startText, double nowMs) {
    saver.beginStartup(startText, nowMs);
    while (const AutosaveRecord* next = saver.startupRecord()) {
        sc::LoadJob job(next->text, 1);
        while (!job.step()) {
        }
        saver.startupLoaded(job.take());
    }
    return saver.finishStartup();
}

void expectSame(const StartupCheck& a, const StartupCheck& b) {
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.message, b.message);
    EXPECT_EQ(a.more, b.more);
    EXPECT_EQ(a.unreadable, b.unreadable);
    EXPECT_EQ(a.record.fileName, b.record.fileName);
    EXPECT_EQ(a.record.text, b.record.text);
    EXPECT_EQ(a.loaded.ok, b.loaded.ok);
    if (a.loaded.ok && b.loaded.ok)
        EXPECT_EQ(sc::saveDocument(a.loaded.document), sc::saveDocument(b.loaded.document));
}

}  // namespace

TEST(autosave_startup_test, stepped_decides_what_check_at_start_decides) {
    // Nothing stored; the start document itself; an unsaved record; an unreadable own record
    // with two closed tabs' records behind it.
    std::vector<ListingStore> stores(4);
    stores[1].values[slot("me")] = record("Start", false);
    stores[2].values[slot("me")] = record("Edited", true);
    stores[3] = storeWithThreeRecords();
    for (std::size_t i = 0; i < stores.size(); ++i) {
        SCOPED_TRACE(i);
        ListingStore whole = stores[i], steps = stores[i];
        Autosaver a(whole), b(steps);
        a.useSlot("me", {});
        b.useSlot("me", {});
        const StartupCheck expected = a.checkAtStart(canonical("Start"), 5000);
        const StartupCheck got = stepped(b, canonical("Start"), 5000);
        expectSame(got, expected);
        EXPECT_EQ(steps.values, whole.values) << "the store ends the same";
        EXPECT_EQ(b.others(), a.others());
    }
}

TEST(autosave_startup_test, a_record_that_does_not_load_is_set_aside_and_the_next_is_named) {
    ListingStore store = storeWithThreeRecords();
    Autosaver saver(store);
    saver.useSlot("me", {});
    saver.beginStartup(canonical("Start"), 7000);
    // The own record's envelope reads, its scorecard does not: it is named first.
    ASSERT_NE(saver.startupRecord(), nullptr);
    EXPECT_EQ(saver.startupRecord()->text, "{\"schema_version\": 1");
    saver.startupLoaded(sc::loadDocument(saver.startupRecord()->text));
    EXPECT_TRUE(store.values.count(std::string(sc::web::kUnreadableAutosavePrefix) + "7000")) << "set aside";
    // Then the newest closed tab's.
    ASSERT_NE(saver.startupRecord(), nullptr);
    EXPECT_EQ(saver.startupRecord()->text, canonical("Newer"));
    saver.startupLoaded(sc::loadDocument(saver.startupRecord()->text));
    EXPECT_EQ(saver.startupRecord(), nullptr) << "one restored: nothing more to load";
    const StartupCheck check = saver.finishStartup();
    ASSERT_EQ(check.kind, StartupCheck::Kind::Restore);
    EXPECT_EQ(check.loaded.document.info.title, "Newer");
    EXPECT_NE(check.message.find("could not be read"), std::string::npos) << check.message;
    EXPECT_EQ(check.more, 1u);
    EXPECT_EQ(store.values[slot("me")], record("Newer", true, 3000)) << "adopted into this tab's slot";
}

TEST(autosave_startup_test, nothing_is_written_while_the_restore_runs) {
    ListingStore store;
    store.values[slot("me")] = record("Edited", true);
    Autosaver saver(store);
    saver.useSlot("me", {});
    saver.beginStartup(canonical("Start"), 1000);
    EXPECT_TRUE(saver.startupRunning());
    // The page is hidden meanwhile (flush): the start document must not replace the record.
    const auto start = doc("Start");
    EXPECT_EQ(saver.update(start, "", false, textOf(start), 9000, /*flush=*/true), Autosaver::Result::Idle);
    EXPECT_EQ(store.values[slot("me")], record("Edited", true));
    saver.startupLoaded(sc::loadDocument(saver.startupRecord()->text));
    const StartupCheck check = saver.finishStartup();
    EXPECT_FALSE(saver.startupRunning());
    ASSERT_EQ(check.kind, StartupCheck::Kind::Restore);
    saver.accept(std::make_shared<const sc::Document>(check.loaded.document), check.record.fileName, true);
    // After it, writes go on as before.
    const auto later = doc("Later");
    EXPECT_EQ(saver.update(later, "x", true, textOf(later), 20000, /*flush=*/true),
              Autosaver::Result::Written);
}

TEST(autosave_startup_test, finish_without_begin_or_twice_says_nothing_happened) {
    ListingStore store;
    Autosaver saver(store);
    EXPECT_EQ(saver.finishStartup().kind, StartupCheck::Kind::Nothing);
    EXPECT_EQ(saver.startupRecord(), nullptr);
    saver.startupLoaded(sc::loadDocument(canonical("Ignored")));  // no restore running: ignored
    EXPECT_EQ(saver.finishStartup().kind, StartupCheck::Kind::Nothing);
}
