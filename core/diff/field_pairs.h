// Two objects of one described type walked together, field by field: describe() hands out one
// object's members, so A's are recorded in order and paired with B's as the same describe()
// visits B. Each field arrives with both values and its description (model/describe.h) — the
// diff's one walk over the fields, the same descriptions the reader, writer and merge read.
#pragma once

#include <array>
#include <cassert>
#include <cstddef>
#include <type_traits>

#include "model/describe.h"

namespace sc::diff {
namespace detail {

constexpr std::size_t kMaxFields = 48;  // Document, the widest, has 29

struct MemberRecorder {
    std::array<const void*, kMaxFields> members{};
    std::size_t count = 0;
    template <class M>
    void field(const char*, M& member, const FieldInfo&) {
        assert(count < kMaxFields);
        if (count < kMaxFields) members[count] = &member;
        ++count;
    }
    template <class M>
    void table(const char*, M& rows, const FieldInfo&) {
        field(nullptr, rows, FieldInfo{});
    }
};

template <class F>
struct MemberPairer {
    const MemberRecorder& a;
    F& fn;
    std::size_t index = 0;
    template <class M>
    void field(const char* key, M& b, const FieldInfo& info) {
        const std::size_t i = index++;
        if (i < kMaxFields)
            fn(key, *static_cast<const M*>(a.members[i]), static_cast<const M&>(b), info, i, false);
    }
    template <class M>
    void table(const char* key, M& b, const FieldInfo& info) {
        const std::size_t i = index++;
        if (i < kMaxFields)
            fn(key, *static_cast<const M*>(a.members[i]), static_cast<const M&>(b), info, i, true);
    }
};

}  // namespace detail

// fn(key, memberOfA, memberOfB, info, position, isTable) for every described field of T, in
// describe order; `position` is the field's index (a table row's column), `isTable` marks a
// list written in the row layout.
template <class T, class F>
void forEachFieldPair(const T& a, const T& b, F&& fn) {
    detail::MemberRecorder recorder;
    describe(recorder, const_cast<T&>(a));
    detail::MemberPairer<std::remove_reference_t<F>> pairer{recorder, fn};
    describe(pairer, const_cast<T&>(b));
}

}  // namespace sc::diff
