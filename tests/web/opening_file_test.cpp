// logic/opening_file.h: a file opened a slice a frame. A small file is read within one frame's
// budget; a large one takes several frames, its progress rising, and ends with loadDocument's
// result.
#include <gtest/gtest.h>

#include "format/document_io.h"
#include "generate/generate.h"
#include "logic/opening_file.h"
#include "test_util.h"

namespace {

TEST(OpeningFile, ASmallFileIsReadWithinOneFrame) {
    sc::web::OpeningFile file("base.scorecard.json", 0, sc::test::validationBase());
    EXPECT_TRUE(sc::web::stepOpening(file, std::chrono::milliseconds(10000)));
    const sc::LoadResult result = file.job.take();
    EXPECT_TRUE(result.ok) << result.error;
}

TEST(OpeningFile, ALargeFileTakesSeveralFramesWithRisingProgress) {
    auto sizes = *sc::generate::presetSizes("small");
    sizes.deals = 9000;  // five chunks of rows (LoadJob::kRowsPerChunk)
    const auto generated = sc::generate::generateDocument(sizes, 3, "Large");
    const std::string text = sc::saveDocument(generated.document);
    sc::web::OpeningFile file("large.scorecard.json", 7, text);
    int frames = 0;
    double last = 0.0;
    bool rose = false, readRows = false;
    // A budget of 0 ms: one step per frame, as on a machine too slow for more.
    while (!sc::web::stepOpening(file, std::chrono::milliseconds(0))) {
        ++frames;
        rose = rose || file.job.progress() > last;
        readRows = readRows || file.job.activity().rfind("Reading rows: ", 0) == 0;
        EXPECT_GE(file.job.progress(), last);
        last = file.job.progress();
        ASSERT_LT(frames, 100000);
    }
    EXPECT_GT(frames, 5);
    EXPECT_TRUE(rose);
    EXPECT_TRUE(readRows) << "the deals were read a chunk per frame";
    const sc::LoadResult result = file.job.take();
    ASSERT_TRUE(result.ok) << result.error;
    EXPECT_EQ(sc::saveDocument(result.document), text);
}

}  // namespace
