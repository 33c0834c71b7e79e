#include <gtest/gtest.h>

#include "format/document_io.h"

TEST(format_roundtrip_test, minimal_document_round_trips_byte_for_byte) {
    const char* text = R"({"schema_version": 1, "info": {"title": "T"}, "segments": [{"id": "s1", "name": "SMB"}]})";
    auto first = sc::loadDocument(text);
    ASSERT_TRUE(first.ok) << first.error;
    std::string saved = sc::saveDocument(first.document);
    auto second = sc::loadDocument(saved);
    ASSERT_TRUE(second.ok) << second.error;
    EXPECT_EQ(saved, sc::saveDocument(second.document));
}
