// Merging fresh detection results into the document's mismatch list without ever losing what
// people decided in the workshop: statuses, dismissals with reasons, notes, confidence, effort.
#pragma once

#include <string>

#include "model/document.h"

namespace sc::engine {

// Prefix put on the explanation of a detected mismatch that no longer occurs but is kept
// because a user touched it (status, note, dismissal, estimate or decision).
inline constexpr const char* kNoLongerDetected = "[no longer detected] ";

// The deterministic id of a new detected mismatch: "mm-" + 8 hex digits of FNV-1a(key).
std::string mismatchIdForKey(const std::string& key);

// True when a user has put something into this mismatch that a recompute must keep.
bool touchedByUser(const Document& doc, const Mismatch& m);

// Returns `doc` with doc.mismatches merged with detectMismatches(doc):
//  - manual mismatches: untouched;
//  - detected, key still found: user fields kept (id, status, dismissed_reason, notes,
//    confidence, effort, leads_affected), severity/explanation refreshed, updated = now if changed;
//  - detected, key gone: removed when untouched, else kept with kNoLongerDetected prefixed;
//  - new keys: appended in detection order, created = updated = now.
Document recomputeMismatches(const Document& doc, const std::string& now);

}  // namespace sc::engine
