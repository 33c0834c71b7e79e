// Level and list text for table cells (see level_text.h).
#include "logic/level_text.h"

#include <cmath>
#include <sstream>

namespace sc::web {

namespace {

std::string formatNumber(double value) {
    std::ostringstream out;
    if (std::floor(value) == value && std::fabs(value) < 1e15) out << static_cast<long long>(value);
    else out << value;
    return out.str();
}

std::string describeOne(const sc::Dimension* dimension, const sc::LevelValue& value) {
    if (value.number) {
        std::string text = formatNumber(*value.number);
        if (dimension && !dimension->unit.empty()) text += " " + dimension->unit;
        return text;
    }
    if (dimension)
        for (const auto& level : dimension->levels)
            if (level.id == value.level) return level.name.empty() ? level.id : level.name;
    return value.level;
}

}  // namespace

std::string describeLevels(const sc::Document& doc, const sc::LevelMap& levels) {
    std::vector<std::string> parts;
    for (const auto& [dimensionId, value] : levels) {
        const sc::Dimension* dimension = sc::findById(doc.dimensions, dimensionId);
        const std::string name = dimension && !dimension->name.empty() ? dimension->name : dimensionId;
        parts.push_back(name + ": " + describeOne(dimension, value));
    }
    return joinText(parts, "; ");
}

std::string joinText(const std::vector<std::string>& items, const std::string& separator) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) text += separator;
        text += items[i];
    }
    return text;
}

}  // namespace sc::web
