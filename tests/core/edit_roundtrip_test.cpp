// A sequence of edits and undos gives back the original bytes, and what Save writes after
// editing is canonical: exactly what `scorecard format` writes for the same document.
#include "edit_fixtures.h"

using namespace sc;
using namespace sc::test;
using sc::edit::FieldValue;

TEST(edit_roundtrip_test, edits_then_undos_give_the_original_bytes_and_every_save_is_canonical) {
    for (const std::string& name : listedSamples()) {
        const std::string stem = name.substr(0, name.size() - std::string(".scorecard.json").size());
        SCOPED_TRACE(stem);
        const std::string original = readText(sourcePath("assets/samples/" + name));
        const LoadResult loaded = loadDocument(original);
        ASSERT_TRUE(loaded.ok) << loaded.error;
        std::vector<Document> undo{loaded.document};
        const auto apply = [&](const EditResult& r) {
            ASSERT_TRUE(r.ok) << r.error;
            undo.push_back(r.document);
        };
        apply(edit::setField(undo.back(), {{"info", ""}}, "title", FieldValue(std::string("Renamed")), kNow));
        apply(edit::addItem(undo.back(), {}, "segments", {{"name", FieldValue(std::string("Agencies"))}},
                            kNow));
        const std::string seg = undo.back().segments.back().id;
        apply(edit::addItem(undo.back(), {}, "promises", {{"segment_id", FieldValue(seg)}}, kNow));
        apply(edit::addItem(undo.back(), {}, "channels", {}, kNow));
        const std::string ch = undo.back().channels.back().id;
        apply(edit::addItem(undo.back(), {{"channels", ch}}, "steps", {}, kNow));
        apply(edit::addItem(undo.back(), {{"channels", ch}}, "steps", {}, kNow));
        apply(edit::moveItem(undo.back(),
                             {{"channels", ch}, {"steps", undo.back().channels.back().steps[1].id}}, -1));
        apply(edit::duplicateItem(undo.back(), {{"channels", ch}}, kNow));
        apply(edit::removeItem(undo.back(), {{"segments", seg}}, true));
        // Canonical after editing: saving, reading and saving again changes nothing (what
        // `scorecard format` does to a file).
        const std::string saved = saveDocument(undo.back());
        const LoadResult again = loadDocument(saved);
        ASSERT_TRUE(again.ok) << again.error;
        EXPECT_EQ(saveDocument(again.document), saved);
        EXPECT_NE(saved, original);
        // Undo everything: the first snapshot's bytes are the file's canonical bytes.
        while (undo.size() > 1) undo.pop_back();
        EXPECT_EQ(saveDocument(undo.back()), original);
    }
}
