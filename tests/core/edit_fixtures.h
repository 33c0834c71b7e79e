// Shared by the edit tests: the SaaS sample, a fixed clock, and shorthands for addresses.
#pragma once

#include "edit/edits.h"
#include "edit/new_document.h"
#include "format/document_io.h"
#include "test_util.h"
#include "validation/validate.h"

namespace sc::test {

inline const std::string kNow = "2026-12-01T10:00:00Z";

inline Document saas() { return loadSample("saas-self-serve"); }

inline edit::Address at(std::initializer_list<edit::Step> steps) { return edit::Address(steps); }

// The edit must succeed; returns its document.
inline Document ok(const EditResult& r) {
    EXPECT_TRUE(r.ok) << r.error;
    return r.document;
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

inline std::size_t errorsIn(const Document& doc) {
    std::size_t n = 0;
    for (const auto& f : validateDocument(doc)) n += f.severity == Severity::Error;
    return n;
}

}  // namespace sc::test
