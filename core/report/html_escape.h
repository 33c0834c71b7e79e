// The one escaping function of the HTML report (issue 10): every string that comes from the
// document (names, explanations, owners, ids, partner copy) goes through it before it lands in
// the page, whatever the context — element text, a double- or single-quoted attribute value,
// <title>, or text inside inline SVG (parsed by the same HTML parser).
#pragma once

#include <string>
#include <string_view>

namespace sc::report {

// `&` `<` `>` `"` `'` become character references, so the result is inert in text and in a
// quoted attribute alike. Control characters other than tab, line feed and carriage return
// (C0, DEL and the C1 range U+0080–U+009F, which HTML treats as parse errors and some viewers
// mis-render) become U+FFFD. The input is UTF-8 (documents are validated on load); bytes are
// otherwise copied unchanged.
std::string escapeHtml(std::string_view text);

}  // namespace sc::report
