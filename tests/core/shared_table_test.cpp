// SharedTable (model/shared_table.h): copies share rows until one of them writes, reads never
// copy, and the other copy never sees a write.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "model/shared_table.h"

using sc::SharedTable;

namespace {

SharedTable<std::string> abc() { return SharedTable<std::string>(std::vector<std::string>{"a", "b", "c"}); }

}  // namespace

TEST(shared_table_test, a_copy_shares_the_rows_until_it_writes) {
    const SharedTable<std::string> original = abc();
    SharedTable<std::string> copy = original;
    EXPECT_TRUE(copy.sharesStorageWith(original));
    EXPECT_EQ(&std::as_const(copy)[0], &original[0]) << "a const read of the copy reads the same rows";

    copy.push_back("d");
    EXPECT_FALSE(copy.sharesStorageWith(original));
    EXPECT_EQ(original.size(), 3u) << "the original never sees the copy's write";
    EXPECT_EQ(copy.size(), 4u);
    EXPECT_EQ(copy.back(), "d");
}

TEST(shared_table_test, const_reads_never_copy) {
    const SharedTable<std::string> original = abc();
    SharedTable<std::string> copy = original;
    const SharedTable<std::string>& reader = copy;
    std::string joined;
    for (const auto& s : reader) joined += s;
    EXPECT_EQ(joined, "abc");
    EXPECT_EQ(reader.front(), "a");
    EXPECT_EQ(reader.at(2), "c");
    EXPECT_EQ(reader.data(), original.data());
    const std::vector<std::string>& rows = reader;  // the implicit view as a vector
    EXPECT_EQ(rows.size(), 3u);
    EXPECT_TRUE(copy.sharesStorageWith(original));
}

TEST(shared_table_test, every_mutable_access_gives_the_writer_its_own_rows) {
    const SharedTable<std::string> original = abc();
    const auto writes = std::vector<void (*)(SharedTable<std::string>&)>{
        [](SharedTable<std::string>& t) { t[1] = "x"; },
        [](SharedTable<std::string>& t) { *t.begin() = "x"; },
        [](SharedTable<std::string>& t) { t.front() = "x"; },
        [](SharedTable<std::string>& t) { t.back() = "x"; },
        [](SharedTable<std::string>& t) { t.at(0) = "x"; },
        [](SharedTable<std::string>& t) { t.data()[0] = "x"; },
        [](SharedTable<std::string>& t) { t.emplace_back("x"); },
        [](SharedTable<std::string>& t) { t.insert(t.cbegin() + 1, std::string("x")); },
        [](SharedTable<std::string>& t) { t.erase(t.cbegin()); },
        [](SharedTable<std::string>& t) { t.erase(t.cbegin(), t.cbegin() + 2); },
        [](SharedTable<std::string>& t) { t.resize(1); },
        [](SharedTable<std::string>& t) { t.pop_back(); },
        [](SharedTable<std::string>& t) { t.clear(); },
        [](SharedTable<std::string>& t) { t = std::vector<std::string>{"x"}; },
    };
    for (std::size_t i = 0; i < writes.size(); ++i) {
        SharedTable<std::string> copy = original;
        writes[i](copy);
        EXPECT_FALSE(copy.sharesStorageWith(original)) << "write " << i;
        EXPECT_EQ(original, (std::vector<std::string>{"a", "b", "c"})) << "write " << i;
        EXPECT_NE(copy, original) << "write " << i;
    }
}

TEST(shared_table_test, insert_and_erase_land_at_the_same_place_after_the_copy) {
    const SharedTable<std::string> original = abc();
    SharedTable<std::string> copy = original;
    copy.insert(copy.cbegin() + 1, std::string("x"));  // an iterator into the shared rows
    EXPECT_EQ(copy, (std::vector<std::string>{"a", "x", "b", "c"}));
    SharedTable<std::string> other = original;
    other.erase(other.cbegin() + 2);
    EXPECT_EQ(other, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(original, (std::vector<std::string>{"a", "b", "c"}));
}

TEST(shared_table_test, a_table_of_its_own_is_written_in_place) {
    SharedTable<std::string> only = abc();
    const std::string* before = only.data();
    only[0] = "z";
    EXPECT_EQ(only.data(), before) << "no copy when nothing else reads the rows";
    EXPECT_EQ(only[0], "z");
}

TEST(shared_table_test, equality_compares_rows_and_empty_tables_are_equal) {
    EXPECT_EQ(abc(), abc()) << "equal rows, different storage";
    EXPECT_FALSE(abc().sharesStorageWith(abc()));
    SharedTable<std::string> none;
    EXPECT_TRUE(none.empty());
    EXPECT_EQ(none, SharedTable<std::string>());
    EXPECT_TRUE(none.sharesStorageWith(SharedTable<std::string>())) << "nothing stored, nothing copied";
    EXPECT_FALSE(none.sharesStorageWith(abc()));
    SharedTable<std::string> moved = abc();
    SharedTable<std::string> to = std::move(moved);
    EXPECT_EQ(to.size(), 3u);
}
