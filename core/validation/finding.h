// A finding about a document: what is wrong, where (a JSON Pointer into the file), how bad.
#pragma once

#include <string>
#include <vector>

namespace sc {

enum class Severity { Error, Warning };

struct Finding {
    Severity severity = Severity::Error;
    std::string pointer;  // RFC 6901, e.g. "/promises/2/segment_id"
    std::string message;  // plain language, names the thing and what is expected
};

inline const char* severityName(Severity s) { return s == Severity::Error ? "error" : "warning"; }

inline bool hasErrors(const std::vector<Finding>& findings) {
    for (const auto& f : findings)
        if (f.severity == Severity::Error) return true;
    return false;
}

// Escapes one reference token for a JSON Pointer ("~" -> "~0", "/" -> "~1").
std::string pointerToken(const std::string& key);

}  // namespace sc
