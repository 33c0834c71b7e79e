#include "dashboard/action_list.h"

#include "dashboard/figures.h"
#include "engine/text_util.h"
#include "model/vocabularies.h"
#include "workflow/dates.h"

namespace sc::dashboard {

namespace {

std::string scoreText(double score) { return engine::formatFixed(score, 2); }

std::vector<std::string> header() {
    return {"Rank",   "Mismatch", "Id",    "Severity", "Priority", "State",
            "Action", "Decision", "Owner", "Due",      "Overdue"};
}

std::vector<std::string> row(const ActionItem& a) {
    return {std::to_string(a.rank),
            a.title,
            a.mismatchId,
            a.severity,
            scoreText(a.score),
            a.state,
            a.action,
            a.decisionKind,
            a.owner,
            a.due,
            a.overdue ? "yes" : "no"};
}

std::string tsvField(std::string text) {
    for (char& c : text)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return text;
}

template <class Field>
std::string table(const std::vector<ActionItem>& items, char sep, const char* eol, Field field) {
    std::string out;
    auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i)
            out += (i ? std::string(1, sep) : "") + field(cells[i]);
        out += eol;
    };
    line(header());
    for (const auto& a : items) line(row(a));
    return out;
}

}  // namespace

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::vector<ActionItem> actionList(const Document& doc, const engine::ScoreReport& report,
                                   const std::string& today) {
    std::vector<ActionItem> out;
    for (const auto& m : report.mismatches) {
        if (!m.active || m.rank <= 0) continue;
        ActionItem a;
        a.rank = m.rank;
        a.mismatchId = m.mismatch.id;
        a.title = mismatchTitle(m);
        a.severity = m.mismatch.severity;
        a.score = m.priority.score;
        a.state = m.state;
        if (const Decision* d = m.decisionId.empty() ? nullptr : findById(doc.decisions, m.decisionId)) {
            a.decisionId = d->id;
            a.decisionKind = d->kind;
            a.action = d->name.empty() ? std::string(vocab::kDecisionKind.labelOf(d->kind)) : d->name;
            a.owner = d->owner;
            a.due = d->due;
            const auto late = daysBetween(d->due, today);
            a.overdue = d->implementedOn.empty() && late && *late > 0;
        } else if (!m.options.empty()) {
            a.action = std::string(vocab::kDecisionKind.labelOf(m.options.front().kind)) + " (suggested)";
        }
        out.push_back(std::move(a));
    }
    return out;
}

std::string actionListCsv(const std::vector<ActionItem>& items) {
    return table(items, ',', "\r\n", csvField);
}

std::string actionListTsv(const std::vector<ActionItem>& items) { return table(items, '\t', "\n", tsvField); }

}  // namespace sc::dashboard
