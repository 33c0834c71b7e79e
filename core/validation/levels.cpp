// Rule family: levels. Promises and channels are placed on the shared dimensions; a place
// must be one the dimension has (a level id of an ordered dimension, a number on a numeric
// one), or the mismatch detection would compare things that cannot be compared.
#include <cmath>

#include "validation/rule_context.h"

namespace sc::rules {
namespace {

std::string levelIds(const Dimension& d) {
    std::string out;
    for (const auto& l : d.levels) {
        if (!out.empty()) out += ", ";
        out += l.id;
    }
    return out.empty() ? "none defined" : out;
}

void checkLevelMap(const Document& doc, const LevelMap& levels, const std::string& base,
                   const std::string& owner, FindingSink& sink) {
    for (const auto& [dimensionId, value] : levels) {
        const std::string p = at(base, dimensionId);
        const Dimension* d = findById(doc.dimensions, dimensionId);
        if (!d) {
            sink.error(p, owner + " is placed on dimension " + quote(dimensionId) + ", which does not exist");
            continue;
        }
        const std::string dim = "dimension " + quote(d->name.empty() ? d->id : d->name);
        if (d->kind == "numeric") {
            if (!value.number)
                sink.error(p, owner + " has the text " + quote(value.level) + " on " + dim +
                                  ", which is numeric: give a number" +
                                  (d->unit.empty() ? "" : " in " + d->unit));
            continue;
        }
        if (d->kind != "ordered") continue;  // an unknown kind is reported by the enum rules
        if (value.number) {
            sink.error(p,
                       owner + " has a number on " + dim + ", which has named levels (" + levelIds(*d) + ")");
            continue;
        }
        bool found = false;
        for (const auto& l : d->levels) found = found || l.id == value.level;
        if (!found)
            sink.error(p, owner + " is at level " + quote(value.level) + " on " + dim +
                              ", which has no such level (levels: " + levelIds(*d) + ")");
    }
}

}  // namespace

void checkLevels(const Document& doc, FindingSink& sink) {
    forEach(doc.dimensions, "/dimensions", [&](const Dimension& d, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("dimension", d, i);
        if (d.kind == "ordered" && d.levels.empty())
            sink.warning(p + "/levels",
                         owner + " is ordered but has no levels, so nothing can be placed on it");
        if (d.kind == "numeric" && !d.levels.empty())
            sink.warning(p + "/levels", owner + " is numeric, so its named levels are ignored");
        if (d.tolerance < 0 || !std::isfinite(d.tolerance))
            sink.error(p + "/tolerance", owner + " has a negative tolerance; use 0 for an exact match");
        if (d.weight < 0)
            sink.error(p + "/weight", owner + " has a negative weight; use 0 to ignore the dimension");
    });
    forEach(doc.promises, "/promises", [&](const Promise& x, const std::string& p, std::size_t i) {
        checkLevelMap(doc, x.levels, p + "/levels", nameOf("promise", x, i), sink);
    });
    forEach(doc.channels, "/channels", [&](const Channel& x, const std::string& p, std::size_t i) {
        checkLevelMap(doc, x.levels, p + "/levels", nameOf("channel", x, i), sink);
        forEach(x.constraints, p + "/constraints",
                [&](const ChannelConstraint& c, const std::string& cp, std::size_t ci) {
                    if (c.dimensionId.empty()) return;
                    const Dimension* d = findById(doc.dimensions, c.dimensionId);
                    if (d && d->kind == "numeric" && !c.value)
                        sink.warning(cp + "/value", nameOf("constraint", c, ci) + " of " +
                                                        nameOf("channel", x, i) +
                                                        " is on numeric dimension " + quote(d->name) +
                                                        " but has no value, so it cannot be compared");
                });
    });
}

}  // namespace sc::rules
