#include "partners/post_mortems.h"

#include <algorithm>
#include <map>

#include "engine/text_util.h"
#include "partners/periods.h"

namespace sc::partners {

std::string reasonKey(const std::string& reason) {
    std::string out;
    for (const char c : reason) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (space) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '.' || out.back() == ',' ||
                            out.back() == ';' || out.back() == '!'))
        out.pop_back();
    return out;
}

namespace {

// Reasons keyed by reasonKey, in first-written order until sorted.
struct ReasonCounter {
    std::vector<ReasonCount> counts;
    std::map<std::string, std::size_t> index;

    void add(const std::string& reason, bool won, const std::string& postMortemId) {
        const std::string key = reasonKey(reason);
        if (key.empty()) return;
        auto [it, fresh] = index.emplace(key, counts.size());
        if (fresh) counts.push_back({reason, 0, 0, {}});
        ReasonCount& c = counts[it->second];
        (won ? c.won : c.lost) += 1;
        if (c.postMortemIds.empty() || c.postMortemIds.back() != postMortemId)
            c.postMortemIds.push_back(postMortemId);
    }

    std::vector<ReasonCount> sorted() const {
        std::vector<ReasonCount> out = counts;
        std::stable_sort(out.begin(), out.end(),
                         [](const auto& a, const auto& b) { return a.total() > b.total(); });
        return out;
    }
};

struct Grouping {
    std::vector<std::string> order;
    std::map<std::string, std::pair<ReasonGroup, ReasonCounter>> groups;

    void add(const std::string& key, const std::string& name, const PostMortem& pm, bool won) {
        auto [it, fresh] = groups.try_emplace(key);
        if (fresh) {
            order.push_back(key);
            it->second.first.key = key;
            it->second.first.name = name;
        }
        (won ? it->second.first.won : it->second.first.lost) += 1;
        for (const auto& reason : pm.reasons) it->second.second.add(reason, won, pm.id);
    }

    std::vector<ReasonGroup> result(bool sortKeys) const {
        std::vector<std::string> keys = order;
        if (sortKeys) std::sort(keys.begin(), keys.end());
        std::vector<ReasonGroup> out;
        for (const auto& key : keys) {
            const auto& [group, counter] = groups.at(key);
            out.push_back(group);
            out.back().reasons = counter.sorted();
        }
        return out;
    }
};

}  // namespace

PostMortemSummary summarisePostMortems(const Document& doc) {
    PostMortemSummary summary;
    ReasonCounter overall;
    Grouping byPartner, byChannel, byPeriod;
    for (const PostMortem& pm : doc.postMortems) {
        const bool won = pm.outcome == "won";
        if (pm.outcome != "won" && pm.outcome != "lost") continue;  // validation names the bad outcome
        (won ? summary.won : summary.lost) += 1;
        for (const auto& reason : pm.reasons) overall.add(reason, won, pm.id);
        const Partner* partner = findById(doc.partners, pm.partnerId);
        byPartner.add(pm.partnerId, partner ? engine::labelOf(*partner) : pm.partnerId, pm, won);
        const std::string channelId = partner ? partner->channelId : std::string();
        const Channel* channel = findById(doc.channels, channelId);
        byChannel.add(channelId, channel ? engine::labelOf(*channel) : channelId, pm, won);
        const std::string month = periodOfDate(pm.heldOn).value_or("");
        byPeriod.add(month, month, pm, won);
    }
    summary.reasons = overall.sorted();
    summary.byPartner = byPartner.result(false);
    summary.byChannel = byChannel.result(false);
    summary.byPeriod = byPeriod.result(true);
    if (summary.won + summary.lost > 0 && summary.won == 0)
        summary.balanceNote = "Every post-mortem is on a loss: hold them on wins too, to learn what worked.";
    else if (summary.won + summary.lost > 0 && summary.lost == 0)
        summary.balanceNote = "Every post-mortem is on a win: significant losses teach what did not work.";
    return summary;
}

}  // namespace sc::partners
