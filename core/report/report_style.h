// The report's inline stylesheet: light colours on screen and on paper, print rules (a page
// break before each section, table headers repeated, rows kept whole, no dark backgrounds).
#pragma once

#include <string>

namespace sc::report {

const std::string& reportCss();

}  // namespace sc::report
