// Fuzz target: the HTML report of any document that loads. The report has no script, so a
// "<script" in its output means a name was not escaped.
#include <algorithm>
#include <cctype>

#include "format/document_io.h"
#include "fuzz_support.h"
#include "report/html_report.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const sc::LoadResult loaded = sc::loadDocument(sc::fuzz::asText(data, size));
    if (!loaded.ok) return 0;
    std::string html = sc::report::htmlReport(loaded.document, "2026-01-15");
    std::transform(html.begin(), html.end(), html.begin(), [](unsigned char c) { return std::tolower(c); });
    if (html.find("<script") != std::string::npos) sc::fuzz::fuzzFail("the report contains a script tag");
    return 0;
}
