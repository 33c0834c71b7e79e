#include "logic/compare_model.h"

#include "logic/level_text.h"

namespace sc::web {

namespace {

std::string levelOf(const sc::Document& doc, const sc::Dimension& dim, const sc::LevelMap& levels) {
    const auto it = levels.find(dim.id);
    if (it == levels.end()) return "—";
    sc::LevelMap one;
    one[dim.id] = it->second;
    // describeLevels gives "Name: value"; keep the value.
    const std::string text = describeLevels(doc, one);
    const auto colon = text.find(": ");
    return colon == std::string::npos ? text : text.substr(colon + 2);
}

}  // namespace

CompareModel compare(const sc::Document& doc, const std::string& promiseId, const std::string& channelId) {
    CompareModel out;
    const sc::Promise* promise = sc::findById(doc.promises, promiseId);
    const sc::Channel* channel = sc::findById(doc.channels, channelId);
    if (!promise || !channel) return out;
    const engine::DetectionResult detected = engine::detectMismatches(doc);
    for (const auto& d : detected.mismatches)
        if (d.promiseId == promiseId && d.channelId == channelId) out.mismatches.push_back(d);
    for (const auto& dim : doc.dimensions) {
        CompareRow row;
        row.dimension = dim.name.empty() ? dim.id : dim.name;
        row.promiseLevel = levelOf(doc, dim, promise->levels);
        row.channelLevel = levelOf(doc, dim, channel->levels);
        for (const auto& d : out.mismatches)
            if (d.dimensionId == dim.id) {
                row.apart = true;
                row.verdict = d.severity + ": " + d.explanation;
                break;  // the same gap through several pairs reads the same
            }
        if (!row.apart) {
            if (row.promiseLevel == "—" || row.channelLevel == "—")
                row.verdict =
                    "not compared: " + std::string(row.promiseLevel == "—" ? "the promise" : "the channel") +
                    " has no level here";
            else row.verdict = "aligned";
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

}  // namespace sc::web
