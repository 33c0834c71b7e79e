// Rule family: text that must be there. A missing name is a warning (the thing still works,
// but lists and messages can only show its id); a trade-off accepted without a written
// rationale is an error, because seed 002 makes the rationale the point of accepting one.
#include <cctype>

#include "validation/rule_context.h"

namespace sc::rules {
namespace {

template <class T>
void named(const std::vector<T>& items, const std::string& base, const std::string& kind, FindingSink& sink) {
    forEach(items, base, [&](const T& x, const std::string& p, std::size_t i) {
        if (x.name.empty())
            sink.warning(p + "/name",
                         nameOf(kind, x, i) + " has no name; give it one so people can recognise it");
    });
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

void checkText(const Document& doc, FindingSink& sink) {
    if (blank(doc.info.title))
        sink.warning("/info/title", "the scorecard has no title; give it one so people can tell files apart");
    const std::string& c = doc.info.currency;
    if (!(c.size() == 3 && std::isupper(static_cast<unsigned char>(c[0])) &&
          std::isupper(static_cast<unsigned char>(c[1])) && std::isupper(static_cast<unsigned char>(c[2]))))
        sink.warning("/info/currency", "the currency " + quote(c) +
                                           " is not a three-letter ISO 4217 code such as USD or EUR; "
                                           "money amounts cannot be shown without it");
    named(doc.dimensions, "/dimensions", "dimension", sink);
    named(doc.segments, "/segments", "segment", sink);
    named(doc.promises, "/promises", "promise", sink);
    named(doc.channels, "/channels", "channel", sink);
    named(doc.products, "/products", "product", sink);
    named(doc.pairs, "/pairs", "product-channel pair", sink);
    named(doc.metrics, "/metrics", "metric", sink);
    named(doc.partners, "/partners", "partner", sink);
    named(doc.materials, "/materials", "material", sink);
    forEach(doc.decisions, "/decisions", [&](const Decision& x, const std::string& p, std::size_t i) {
        if (x.kind == "accept_tradeoff" && blank(x.rationale))
            sink.error(p + "/rationale",
                       nameOf("decision", x, i) +
                           " accepts the mismatch as a trade-off but has no rationale; "
                           "document the rationale so the trade-off can be measured and revisited");
    });
    forEach(doc.mismatches, "/mismatches", [&](const Mismatch& x, const std::string& p, std::size_t i) {
        if (x.status == "dismissed" && blank(x.dismissedReason))
            sink.warning(p + "/dismissed_reason", nameOf("mismatch", x, i) +
                                                      " is dismissed without a reason; "
                                                      "say why, so the next review does not reopen it");
    });
}

}  // namespace sc::rules
