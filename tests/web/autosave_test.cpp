// Autosave (web/logic/autosave): when it writes, what it restores at start, and that a record it
// cannot read is set aside and announced, never deleted. Driven through an in-memory store
// that can be made to refuse writes like a full localStorage.
#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <map>
#include <vector>

#include "autosave_fixtures.h"

using sc::web::test::slot;
#include "logic/autosave.h"

using sc::web::Autosaver;
using sc::web::AutosaveRecord;
using sc::web::kAutosaveKey;
using sc::web::StartupCheck;

namespace {

using sc::web::test::canonical;
using sc::web::test::doc;
using sc::web::test::MapStore;
using sc::web::test::record;
using sc::web::test::textOf;

constexpr double kHour = 3600.0 * 1000.0;

}  // namespace

TEST(autosave_test, a_record_round_trips_through_its_stored_form) {
    AutosaveRecord r{"plan \"Q3\".scorecard.json", canonical("Plan\nwith lines"), 1764000000123.0, true};
    std::string problem;
    const auto back = sc::web::decodeAutosaveRecord(sc::web::encodeAutosaveRecord(r), problem);
    ASSERT_TRUE(back) << problem;
    EXPECT_EQ(back->fileName, r.fileName);
    EXPECT_EQ(back->text, r.text);
    EXPECT_EQ(back->savedAtMs, r.savedAtMs);
    EXPECT_TRUE(back->unsaved);
}

TEST(autosave_test, decoding_names_what_is_wrong) {
    std::string problem;
    EXPECT_FALSE(
        sc::web::decodeAutosaveRecord("{\"format\":\"alignment-scorecard-autosave\",\"ver", problem));
    EXPECT_EQ(problem, "it is not JSON");
    EXPECT_FALSE(sc::web::decodeAutosaveRecord("{\"schema_version\":1}", problem));
    EXPECT_EQ(problem, "it is not an Alignment Scorecard autosave record");
    EXPECT_FALSE(sc::web::decodeAutosaveRecord("{\"format\":\"alignment-scorecard-autosave\",\"version\":2}",
                                               problem));
    EXPECT_NE(problem.find("record version 2"), std::string::npos) << problem;
    EXPECT_FALSE(sc::web::decodeAutosaveRecord(
        "{\"format\":\"alignment-scorecard-autosave\",\"version\":1,\"file_name\":\"a\","
        "\"saved_at_ms\":1,\"unsaved\":false,\"text\":7}",
        problem));
    EXPECT_NE(problem.find("\"text\""), std::string::npos) << problem;
}

TEST(autosave_test, ages_read_like_a_person_would_say_them) {
    EXPECT_EQ(sc::web::describeAge(0, 59'000), "just now");
    EXPECT_EQ(sc::web::describeAge(0, 60'000), "1 minute ago");
    EXPECT_EQ(sc::web::describeAge(0, 5 * 60'000 + 30'000), "5 minutes ago");
    EXPECT_EQ(sc::web::describeAge(0, kHour), "1 hour ago");
    EXPECT_EQ(sc::web::describeAge(0, 49 * kHour), "2 days ago");
    EXPECT_EQ(sc::web::describeAge(10'000, 0), "just now") << "a clock that went backwards";
}

TEST(autosave_test, saved_at_shows_the_local_clock_and_the_age) {
    setenv("TZ", "UTC", 1);
    tzset();
    // 2026-11-24 14:32:00 UTC
    const double at = 1795530720.0 * 1000.0;
    EXPECT_EQ(sc::web::describeSavedAt(at, at + 3 * 60'000), "2026-11-24 14:32 (3 minutes ago)");
}

TEST(autosave_test, nothing_stored_means_nothing_to_restore) {
    MapStore store;
    Autosaver saver(store);
    EXPECT_EQ(saver.checkAtStart(canonical("Start"), 0).kind, StartupCheck::Kind::Nothing);
}

TEST(autosave_test, a_record_of_the_start_document_itself_is_not_restored) {
    MapStore store;
    store.values[kAutosaveKey] = record("Start", false);
    Autosaver saver(store);
    EXPECT_EQ(saver.checkAtStart(canonical("Start"), 2000).kind, StartupCheck::Kind::Nothing);
}

TEST(autosave_test, unsaved_changes_are_restored_even_when_equal_to_the_start) {
    // e.g. a file was opened, edited, and edited back: it still differs from its file.
    MapStore store;
    store.values[kAutosaveKey] = record("Start", true);
    Autosaver saver(store);
    EXPECT_EQ(saver.checkAtStart(canonical("Start"), 2000).kind, StartupCheck::Kind::Restore);
}

TEST(autosave_test, a_different_document_is_restored_with_a_message) {
    MapStore store;
    store.values[kAutosaveKey] = record("Mine", true, 1000.0);
    Autosaver saver(store);
    const StartupCheck check = saver.checkAtStart(canonical("Start"), 1000.0 + 2 * kHour);
    ASSERT_EQ(check.kind, StartupCheck::Kind::Restore);
    ASSERT_TRUE(check.loaded.ok);
    EXPECT_EQ(check.loaded.document.info.title, "Mine");
    EXPECT_EQ(check.record.fileName, "Mine.scorecard.json");
    EXPECT_NE(check.message.find("Restored your unsaved work from "), std::string::npos) << check.message;
    EXPECT_NE(check.message.find("(2 hours ago)"), std::string::npos) << check.message;
    EXPECT_NE(check.message.find("Mine.scorecard.json"), std::string::npos) << check.message;
    EXPECT_TRUE(store.values.count(kAutosaveKey)) << "a restored record stays until overwritten";

    store.values[kAutosaveKey] = record("Other", false);
    Autosaver again(store);
    const StartupCheck clean = again.checkAtStart(canonical("Start"), 2000);
    ASSERT_EQ(clean.kind, StartupCheck::Kind::Restore);
    EXPECT_NE(clean.message.find("Restored Other.scorecard.json from your last session"), std::string::npos)
        << clean.message;
}

TEST(autosave_test, an_unreadable_record_is_moved_to_a_backup_key_and_announced) {
    for (const std::string corrupt :
         {std::string("{\"format\":\"alignment-scorecard-autosave\",\"vers"),
          sc::web::encodeAutosaveRecord(
              {"cut.scorecard.json", "{\"schema_version\": 1, \"info\"", 5, true})}) {
        MapStore store;
        store.values[kAutosaveKey] = corrupt;
        Autosaver saver(store);
        const StartupCheck check = saver.checkAtStart(canonical("Start"), 1234);
        ASSERT_EQ(check.kind, StartupCheck::Kind::Unreadable);
        const std::string backup = std::string(sc::web::kUnreadableAutosavePrefix) + "1234";
        ASSERT_TRUE(store.values.count(backup));
        EXPECT_EQ(store.values[backup], corrupt);
        EXPECT_EQ(check.unreadable, corrupt);
        EXPECT_FALSE(store.values.count(kAutosaveKey));
        EXPECT_NE(check.message.find(backup), std::string::npos) << check.message;
        EXPECT_TRUE(saver.enabled());
    }
}

TEST(autosave_test, a_truncated_scorecard_names_the_core_error) {
    MapStore store;
    store.values[kAutosaveKey] =
        sc::web::encodeAutosaveRecord({"cut.scorecard.json", "{\"schema_version\": 1, \"info\"", 5, true});
    Autosaver saver(store);
    const StartupCheck check = saver.checkAtStart(canonical("Start"), 1);
    EXPECT_NE(check.message.find("could not be read: "), std::string::npos) << check.message;
    EXPECT_NE(check.message.find("line 1"), std::string::npos) << check.message;
}

TEST(autosave_test, when_the_backup_cannot_be_written_the_record_stays_and_autosave_stops) {
    MapStore store;
    store.values[kAutosaveKey] = "garbage";
    store.full = true;
    Autosaver saver(store);
    const StartupCheck check = saver.checkAtStart(canonical("Start"), 1);
    EXPECT_EQ(check.kind, StartupCheck::Kind::Unreadable);
    EXPECT_EQ(store.values[kAutosaveKey], "garbage");
    EXPECT_FALSE(saver.enabled());
    store.full = false;
    const auto other = doc("Edited");
    EXPECT_EQ(saver.update(other, "x", true, textOf(other), 10'000), Autosaver::Result::Idle);
    EXPECT_EQ(store.values[kAutosaveKey], "garbage") << "the unreadable record was overwritten";
}

TEST(autosave_test, writes_only_after_a_change_and_at_most_once_per_interval) {
    MapStore store;
    Autosaver saver(store, 2000);
    auto a = doc("A");
    saver.accept(a, "a.scorecard.json", false);
    EXPECT_EQ(saver.update(a, "a.scorecard.json", false, textOf(a), 0), Autosaver::Result::Idle);
    EXPECT_EQ(store.writes, 0);

    auto b = doc("B");
    EXPECT_EQ(saver.update(b, "a.scorecard.json", true, textOf(b), 100), Autosaver::Result::Written);
    std::string problem;
    auto stored = sc::web::decodeAutosaveRecord(store.values[kAutosaveKey], problem);
    ASSERT_TRUE(stored) << problem;
    EXPECT_EQ(stored->text, canonical("B"));
    EXPECT_EQ(stored->savedAtMs, 100);
    EXPECT_TRUE(stored->unsaved);

    auto c = doc("C");
    EXPECT_EQ(saver.update(c, "a.scorecard.json", true, textOf(c), 1500), Autosaver::Result::Idle);
    EXPECT_EQ(saver.update(c, "a.scorecard.json", true, textOf(c), 2099), Autosaver::Result::Idle);
    EXPECT_EQ(saver.update(c, "a.scorecard.json", true, textOf(c), 2100), Autosaver::Result::Written);
    EXPECT_EQ(store.writes, 2);
    EXPECT_EQ(saver.update(c, "a.scorecard.json", true, textOf(c), 9000), Autosaver::Result::Idle);
    EXPECT_EQ(store.writes, 2);
}

// A large document's text is written a slice a frame (App::autosaveText): until it is complete
// nothing is stored and the next frame asks again, without waiting another interval.
TEST(autosave_test, a_text_not_ready_yet_is_asked_for_again_next_frame) {
    MapStore store;
    Autosaver saver(store, 2000);
    auto a = doc("A");
    saver.accept(a, "a.scorecard.json", false);
    auto b = doc("B");
    int asked = 0;
    const auto slowly = [&]() -> std::optional<std::string> {
        if (++asked < 3) return std::nullopt;
        return sc::saveDocument(*b);
    };
    EXPECT_EQ(saver.update(b, "a.scorecard.json", true, slowly, 100), Autosaver::Result::Idle);
    EXPECT_EQ(saver.update(b, "a.scorecard.json", true, slowly, 116), Autosaver::Result::Idle);
    EXPECT_EQ(store.writes, 0);
    EXPECT_EQ(saver.update(b, "a.scorecard.json", true, slowly, 132), Autosaver::Result::Written);
    EXPECT_EQ(asked, 3);
    std::string problem;
    auto stored = sc::web::decodeAutosaveRecord(store.values[kAutosaveKey], problem);
    ASSERT_TRUE(stored) << problem;
    EXPECT_EQ(stored->text, canonical("B"));
    EXPECT_EQ(stored->savedAtMs, 132);
}

TEST(autosave_test, a_new_name_or_saved_state_is_a_change_too) {
    MapStore store;
    Autosaver saver(store, 2000);
    auto a = doc("A");
    saver.accept(a, "a.scorecard.json", true);
    EXPECT_EQ(saver.update(a, "a.scorecard.json", false, textOf(a), 0), Autosaver::Result::Written);
    EXPECT_EQ(saver.update(a, "renamed.scorecard.json", false, textOf(a), 5000), Autosaver::Result::Written);
}

TEST(autosave_test, flush_writes_a_pending_change_at_once) {
    MapStore store;
    Autosaver saver(store, 2000);
    auto a = doc("A"), b = doc("B");
    saver.accept(a, "", false);
    EXPECT_EQ(saver.update(b, "", true, textOf(b), 0), Autosaver::Result::Written);
    auto c = doc("C");
    EXPECT_EQ(saver.update(c, "", true, textOf(c), 10, /*flush=*/true), Autosaver::Result::Written);
    std::string problemSink;
    EXPECT_EQ(sc::web::decodeAutosaveRecord(store.values[kAutosaveKey], problemSink)->text, canonical("C"));
}

TEST(autosave_test, a_full_store_gives_a_warning_and_is_retried_after_the_interval) {
    MapStore store;
    Autosaver saver(store, 2000);
    auto a = doc("A"), b = doc("B");
    saver.accept(a, "", false);
    store.full = true;
    EXPECT_EQ(saver.update(b, "", true, textOf(b), 0), Autosaver::Result::Failed);
    EXPECT_NE(saver.warning().find("Autosave failed"), std::string::npos);
    store.full = false;
    EXPECT_EQ(saver.update(b, "", true, textOf(b), 3999), Autosaver::Result::Idle);
    EXPECT_EQ(saver.update(b, "", true, textOf(b), 4000), Autosaver::Result::Written);
    EXPECT_EQ(saver.warning(), "");
}

TEST(autosave_test, failed_writes_back_off_up_to_a_minute_and_reset_after_a_success) {
    MapStore store;
    Autosaver saver(store, 2000);
    auto a = doc("A"), b = doc("B");
    saver.accept(a, "", false);
    store.full = true;
    double t = 0;
    std::vector<double> attempts;
    for (; t <= 300'000; t += 100)
        if (saver.update(b, "", true, textOf(b), t) == Autosaver::Result::Failed) attempts.push_back(t);
    ASSERT_GE(attempts.size(), 7u);
    EXPECT_EQ(attempts[1] - attempts[0], 4000);
    EXPECT_EQ(attempts[2] - attempts[1], 8000);
    EXPECT_EQ(attempts[3] - attempts[2], 16000);
    EXPECT_EQ(attempts[5] - attempts[4], sc::web::kAutosaveMaxRetryMs);
    EXPECT_EQ(attempts[6] - attempts[5], sc::web::kAutosaveMaxRetryMs);

    store.full = false;
    const double last = attempts.back();
    EXPECT_EQ(saver.update(b, "", true, textOf(b), last + sc::web::kAutosaveMaxRetryMs),
              Autosaver::Result::Written);
    auto c = doc("C");
    const double now = last + sc::web::kAutosaveMaxRetryMs + 2000;
    EXPECT_EQ(saver.update(c, "", true, textOf(c), now), Autosaver::Result::Written)
        << "back to the 2 s interval";
}

TEST(autosave_test, the_text_is_only_computed_when_a_write_happens) {
    MapStore store;
    Autosaver saver(store, 2000);
    auto a = doc("A");
    saver.accept(a, "", false);
    int calls = 0;
    const auto counting = [&] {
        ++calls;
        return std::string("x");
    };
    saver.update(a, "", false, counting, 0);
    EXPECT_EQ(calls, 0);
    saver.update(doc("B"), "", false, counting, 0);
    EXPECT_EQ(calls, 1);
}

TEST(autosave_test, discard_sets_the_record_aside_before_removing_it) {
    MapStore store;
    store.values[kAutosaveKey] = record("Mine", true);
    Autosaver saver(store);
    store.full = true;
    EXPECT_FALSE(saver.discardStored());
    EXPECT_TRUE(store.values.count(kAutosaveKey));
    store.full = false;
    EXPECT_TRUE(saver.discardStored());
    EXPECT_FALSE(store.values.count(kAutosaveKey));
    EXPECT_EQ(store.values[sc::web::kDiscardedAutosaveKey], record("Mine", true));
}

// The browser's store accepts a write and fails it later (IndexedDB reports asynchronously):
// the warning shows and names the reason, and the same state is written again after the
// back-off, though nothing changed since; a success clears the warning.
TEST(autosave_test, a_write_that_fails_later_is_warned_about_and_written_again) {
    MapStore store;
    Autosaver saver(store, 1000);
    auto a = doc("A"), b = doc("B");
    saver.accept(a, "a.scorecard.json", false);
    ASSERT_EQ(saver.update(b, "a.scorecard.json", true, textOf(b), 0), Autosaver::Result::Written);
    saver.writeFailed("QuotaExceededError: quota");
    EXPECT_NE(saver.warning().find("Autosave failed"), std::string::npos);
    EXPECT_NE(saver.warning().find("QuotaExceededError"), std::string::npos);
    EXPECT_EQ(saver.update(b, "a.scorecard.json", true, textOf(b), 1500), Autosaver::Result::Idle)
        << "one failure: waits twice the interval";
    EXPECT_EQ(saver.update(b, "a.scorecard.json", true, textOf(b), 2000), Autosaver::Result::Written);
    EXPECT_EQ(store.writes, 2);
    EXPECT_TRUE(saver.warning().empty());
}

TEST(autosave_test, an_edit_is_stored_within_a_second) {
    EXPECT_LE(sc::web::kAutosaveIntervalMs, 1000.0);
    MapStore store;
    Autosaver saver(store);
    auto a = doc("A"), b = doc("B"), c = doc("C");
    saver.accept(a, "", false);
    ASSERT_EQ(saver.update(b, "", true, textOf(b), 10'000), Autosaver::Result::Written);
    EXPECT_EQ(saver.update(c, "", true, textOf(c), 10'100), Autosaver::Result::Idle);
    EXPECT_EQ(saver.update(c, "", true, textOf(c), 11'000), Autosaver::Result::Written);
}

// An asynchronous store (IndexedDB) that keeps failing: the warning stays between retries —
// set() queuing the next attempt does not clear it — until a write is confirmed on disk.
TEST(autosave_test, a_failing_asynchronous_store_keeps_its_warning_until_a_write_is_confirmed) {
    MapStore store;
    store.async = true;
    Autosaver saver(store, 1000);
    auto a = doc("A"), b = doc("B");
    saver.accept(a, "", false);
    ASSERT_EQ(saver.update(b, "", true, textOf(b), 0), Autosaver::Result::Written);
    EXPECT_TRUE(saver.warning().empty());
    saver.writeFailed("QuotaExceededError");
    ASSERT_EQ(saver.update(b, "", true, textOf(b), 5000), Autosaver::Result::Written);  // the retry is queued
    EXPECT_FALSE(saver.warning().empty()) << "not cleared before the retry is confirmed";
    saver.writeConfirmed();
    EXPECT_TRUE(saver.warning().empty());
}

// ---- One slot per tab (issue 10) ----

namespace {

using sc::web::test::ListingStore;

}  // namespace

TEST(autosave_test, each_tab_writes_its_own_slot) {
    ListingStore store;
    Autosaver one(store), two(store);
    one.useSlot("tab-1", {"tab-2"});
    two.useSlot("tab-2", {"tab-1"});
    ASSERT_EQ(one.checkAtStart(canonical("Start"), 0).kind, StartupCheck::Kind::Nothing);
    ASSERT_EQ(two.checkAtStart(canonical("Start"), 0).kind, StartupCheck::Kind::Nothing);
    auto a = doc("A"), b = doc("B");
    EXPECT_EQ(one.update(a, "a.json", true, textOf(a), 10), Autosaver::Result::Written);
    EXPECT_EQ(two.update(b, "b.json", true, textOf(b), 10), Autosaver::Result::Written);
    std::string problem;
    EXPECT_EQ(sc::web::decodeAutosaveRecord(store.values[slot("tab-1")], problem)->text, canonical("A"));
    EXPECT_EQ(sc::web::decodeAutosaveRecord(store.values[slot("tab-2")], problem)->text, canonical("B"));
    EXPECT_FALSE(store.values.count(kAutosaveKey));
}

TEST(autosave_test, a_slot_a_live_tab_holds_is_never_offered) {
    ListingStore store;
    store.values[slot("other")] = record("Theirs", true);
    Autosaver saver(store);
    saver.useSlot("mine", {"other"});
    EXPECT_EQ(saver.checkAtStart(canonical("Start"), 5000).kind, StartupCheck::Kind::Nothing);
    EXPECT_TRUE(store.values.count(slot("other")));
}

TEST(autosave_test, a_reload_restores_the_tabs_own_slot_before_any_closed_tab) {
    ListingStore store;
    store.values[slot("mine")] = record("Mine", true, 1000);
    store.values[slot("closed")] = record("Closed", true, 9000);  // newer, but another tab's
    Autosaver saver(store);
    saver.useSlot("mine", {});
    const StartupCheck check = saver.checkAtStart(canonical("Start"), 10000);
    ASSERT_EQ(check.kind, StartupCheck::Kind::Restore);
    EXPECT_EQ(check.loaded.document.info.title, "Mine");
    EXPECT_EQ(check.more, 1u);
    ASSERT_EQ(saver.others().size(), 1u);
    EXPECT_EQ(saver.others()[0], slot("closed"));
}

TEST(autosave_test, the_newest_closed_tab_is_restored_and_adopted_and_the_rest_counted) {
    ListingStore store;
    store.values[slot("old")] = record("Old", true, 1000);
    store.values[slot("newest")] = record("Newest", true, 3000);
    store.values[slot("middle")] = record("Middle", false, 2000);
    store.values[slot("live")] = record("Live", true, 9000);
    Autosaver saver(store);
    saver.useSlot("mine", {"live"});
    const StartupCheck check = saver.checkAtStart(canonical("Start"), 4000);
    ASSERT_EQ(check.kind, StartupCheck::Kind::Restore);
    EXPECT_EQ(check.loaded.document.info.title, "Newest");
    EXPECT_EQ(check.more, 2u);
    // Adopted: the record is now in this tab's slot and no longer in the closed tab's.
    EXPECT_EQ(store.values[slot("mine")], record("Newest", true, 3000));
    EXPECT_FALSE(store.values.count(slot("newest")));
    EXPECT_EQ(saver.others(), (std::vector<std::string>{slot("middle"), slot("old")}));

    // The next tab opened restores the next one (this tab now holds "mine").
    Autosaver next(store);
    next.useSlot("tab-3", {"live", "mine"});
    const StartupCheck second = next.checkAtStart(canonical("Start"), 4000);
    ASSERT_EQ(second.kind, StartupCheck::Kind::Restore);
    EXPECT_EQ(second.loaded.document.info.title, "Middle");
    EXPECT_EQ(second.more, 1u);
}

TEST(autosave_test, the_old_single_record_is_read_once_as_a_closed_tab) {
    ListingStore store;
    store.values[kAutosaveKey] = record("Legacy", true, 1000);
    Autosaver saver(store);
    saver.useSlot("mine", {});
    const StartupCheck check = saver.checkAtStart(canonical("Start"), 2000);
    ASSERT_EQ(check.kind, StartupCheck::Kind::Restore);
    EXPECT_EQ(check.loaded.document.info.title, "Legacy");
    EXPECT_FALSE(store.values.count(kAutosaveKey)) << "migrated into the tab's slot";
    EXPECT_TRUE(store.values.count(slot("mine")));
    Autosaver again(store);
    again.useSlot("tab-2", {"mine"});
    EXPECT_EQ(again.checkAtStart(canonical("Start"), 2000).kind, StartupCheck::Kind::Nothing);
}

TEST(autosave_test, adopting_into_a_full_store_keeps_the_closed_tabs_record) {
    ListingStore store;
    store.values[slot("closed")] = record("Closed", true, 1000);
    store.full = true;
    Autosaver saver(store);
    saver.useSlot("mine", {});
    ASSERT_EQ(saver.checkAtStart(canonical("Start"), 2000).kind, StartupCheck::Kind::Restore);
    EXPECT_TRUE(store.values.count(slot("closed"))) << "not removed before it was stored elsewhere";
}

TEST(autosave_test, clean_copies_of_the_start_document_from_closed_tabs_are_removed) {
    ListingStore store;
    store.values[slot("closed")] = record("Start", false);
    Autosaver saver(store);
    saver.useSlot("mine", {});
    EXPECT_EQ(saver.checkAtStart(canonical("Start"), 2000).kind, StartupCheck::Kind::Nothing);
    EXPECT_FALSE(store.values.count(slot("closed")));
}

TEST(autosave_test, an_unreadable_closed_tab_is_set_aside_and_the_next_restored) {
    ListingStore store;
    store.values[slot("broken")] = "{\"format\":\"alignment-scorecard-autosave\"";
    store.values[slot("fine")] = record("Fine", true, 1000);
    Autosaver saver(store);
    saver.useSlot("mine", {});
    const StartupCheck check = saver.checkAtStart(canonical("Start"), 7000);
    ASSERT_EQ(check.kind, StartupCheck::Kind::Restore);
    EXPECT_EQ(check.loaded.document.info.title, "Fine");
    const std::string backup = std::string(sc::web::kUnreadableAutosavePrefix) + "7000";
    EXPECT_TRUE(store.values.count(backup));
    EXPECT_FALSE(store.values.count(slot("broken")));
    EXPECT_NE(check.message.find(backup), std::string::npos) << check.message;
    EXPECT_TRUE(saver.enabled());
}

TEST(autosave_test, discarding_the_others_sets_each_aside) {
    ListingStore store;
    store.values[slot("a")] = record("A", true, 3000);
    store.values[slot("b")] = record("B", true, 2000);
    store.values[slot("c")] = record("C", true, 1000);
    Autosaver saver(store);
    saver.useSlot("mine", {});
    ASSERT_EQ(saver.checkAtStart(canonical("Start"), 4000).more, 2u);
    saver.forgetNextOther();  // "b" is being restored in a new tab
    EXPECT_EQ(saver.others(), (std::vector<std::string>{slot("c")}));
    EXPECT_EQ(saver.discardOthers(), 1u);
    EXPECT_TRUE(saver.others().empty());
    EXPECT_FALSE(store.values.count(slot("c")));
    EXPECT_EQ(store.values[std::string(sc::web::kDiscardedOthersPrefix) + "c"], record("C", true, 1000));
    EXPECT_TRUE(store.values.count(slot("b")));
}

TEST(autosave_test, discard_of_the_restored_work_sets_the_tabs_slot_aside) {
    ListingStore store;
    store.values[slot("closed")] = record("Closed", true, 1000);
    Autosaver saver(store);
    saver.useSlot("mine", {});
    ASSERT_EQ(saver.checkAtStart(canonical("Start"), 2000).kind, StartupCheck::Kind::Restore);
    EXPECT_TRUE(saver.discardStored());
    EXPECT_FALSE(store.values.count(slot("mine")));
    EXPECT_EQ(store.values[sc::web::kDiscardedAutosaveKey], record("Closed", true, 1000));
}

// ---- What the restore message says ----

TEST(autosave_test, sizes_read_in_bytes_kilobytes_and_megabytes) {
    EXPECT_EQ(sc::web::describeBytes(850), "850 bytes");
    EXPECT_EQ(sc::web::describeBytes(1024), "1 KB");
    EXPECT_EQ(sc::web::describeBytes(12 * 1024 + 1), "13 KB");
    EXPECT_EQ(sc::web::describeBytes(3 * 1024 * 1024 + 400 * 1024), "3.4 MB");
}

TEST(autosave_test, the_restore_message_names_title_file_time_size_and_counts) {
    setenv("TZ", "UTC", 1);
    tzset();
    sc::Document d;
    d.info.title = "Q3 plan";
    d.promises.resize(5);
    d.channels.resize(1);
    d.deals.resize(100000);
    AutosaveRecord r{"plan.scorecard.json", std::string(2 * 1024 * 1024, 'x'), 1795530720.0 * 1000.0, true};
    EXPECT_EQ(sc::web::describeRestore(r, d, r.savedAtMs + 5 * 60'000),
              "Restored your unsaved work from 2026-11-24 14:32 (5 minutes ago): plan.scorecard.json "
              "(\u201cQ3 plan\u201d, 2.0 MB: 5 promises, 1 channel, 100,000 deals).");
    r.unsaved = false;
    r.fileName = "";
    d.info.title = "";
    d.deals.resize(1);
    r.text = "{}";
    EXPECT_EQ(sc::web::describeRestore(r, d, r.savedAtMs),
              "Restored an untitled scorecard from your last session, 2026-11-24 14:32 (just now) "
              "(untitled, 2 bytes: 5 promises, 1 channel, 1 deal).");
}

TEST(autosave_test, the_waiting_records_of_closed_tabs_are_counted) {
    EXPECT_EQ(sc::web::describeWaiting(0), "");
    EXPECT_EQ(sc::web::describeWaiting(1),
              " 1 more autosaved scorecard from closed tabs is waiting: \u201cOpen next\u201d restores the "
              "newest in a new tab.");
    EXPECT_NE(sc::web::describeWaiting(3).find(" 3 more autosaved scorecards from closed tabs are waiting"),
              std::string::npos);
}

// ---- Large documents (issue 10): written when the edits pause, not every interval ----

TEST(autosave_test, a_large_document_is_written_when_the_edits_pause) {
    MapStore store;
    Autosaver saver(store, 1000);
    const auto large = [] { return std::string(sc::web::kLargeAutosaveBytes, 'x'); };
    auto a = doc("A");
    saver.accept(a, "", false);
    // The first write learns the size.
    ASSERT_EQ(saver.update(doc("B"), "", true, large, 0), Autosaver::Result::Written);
    // An edit every 200 ms for 5 s: nothing written while they go on ...
    double t = 1000;
    for (; t <= 6000; t += 200) {
        auto next = doc("C" + std::to_string(static_cast<int>(t)));
        EXPECT_EQ(saver.update(next, "", true, large, t), Autosaver::Result::Idle) << t;
        EXPECT_EQ(saver.update(next, "", true, large, t + 100), Autosaver::Result::Idle) << t;
    }
    // ... and once they pause for the interval, the last one is.
    auto last = doc("Last");
    EXPECT_EQ(saver.update(last, "", true, large, t), Autosaver::Result::Idle);
    EXPECT_EQ(saver.update(last, "", true, large, t + 999), Autosaver::Result::Idle);
    EXPECT_EQ(saver.update(last, "", true, large, t + 1000), Autosaver::Result::Written);
    EXPECT_EQ(store.writes, 2);
}

TEST(autosave_test, a_large_document_edited_without_pause_is_still_written_every_ten_seconds) {
    MapStore store;
    Autosaver saver(store, 1000);
    const auto large = [] { return std::string(sc::web::kLargeAutosaveBytes, 'x'); };
    saver.accept(doc("A"), "", false);
    ASSERT_EQ(saver.update(doc("B"), "", true, large, 0), Autosaver::Result::Written);
    std::vector<double> writes;
    for (double t = 100; t <= 30'000; t += 100)
        if (saver.update(doc("T" + std::to_string(static_cast<int>(t))), "", true, large, t) ==
            Autosaver::Result::Written)
            writes.push_back(t);
    ASSERT_EQ(writes.size(), 2u);
    EXPECT_EQ(writes[0], 100 + sc::web::kAutosaveLargeMaxWaitMs);
    EXPECT_EQ(writes[1], writes[0] + 100 + sc::web::kAutosaveLargeMaxWaitMs);
}

TEST(autosave_test, a_large_document_is_flushed_at_once_and_a_small_one_is_not_delayed) {
    MapStore store;
    Autosaver saver(store, 1000);
    const auto large = [] { return std::string(sc::web::kLargeAutosaveBytes, 'x'); };
    saver.accept(doc("A"), "", false);
    ASSERT_EQ(saver.update(doc("B"), "", true, large, 0), Autosaver::Result::Written);
    EXPECT_EQ(saver.update(doc("C"), "", true, large, 1500, /*flush=*/true), Autosaver::Result::Written);
    // Smaller again: back to once per interval while editing.
    const auto small = [] { return std::string("{}"); };
    EXPECT_EQ(saver.update(doc("D"), "", true, small, 1600, true), Autosaver::Result::Written);
    EXPECT_EQ(saver.update(doc("E"), "", true, small, 2600), Autosaver::Result::Written);
}
