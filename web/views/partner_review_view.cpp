// Partner review screen (see partner_review_view.h).
#include "views/partner_review_view.h"

#include "imgui.h"
#include "widgets/cell_text.h"

namespace sc::web {

namespace {

// The partner page tab that holds the evidence of a note's topic.
const char* evidenceTab(const std::string& topic) {
    if (topic == "pricing_accuracy" || topic == "reporting_compliance" || topic == "channel_conflict" ||
        topic == "message_consistency")
        return "Audits";
    if (topic == "feedback" || topic == "feedback_participation") return "Feedback";
    if (topic == "escalation_frequency") return "Incidents";
    if (topic.rfind("pulse", 0) == 0) return "Pulse";
    return "KPIs";
}

void noteList(const char* id, const std::vector<partners::PartnerNote>& notes, const char* empty,
              ViewState& view) {
    ImGui::PushID(id);
    if (notes.empty()) HintTextWrapped(empty);
    for (std::size_t i = 0; i < notes.size(); ++i) {
        const partners::PartnerNote& n = notes[i];
        ImGui::PushID(static_cast<int>(i));
        if (WrappedSelectable(n.partnerName + ": " + n.text)) {
            view.current = ViewId::Partners;
            view.partners.pageId = n.partnerId;
            view.partners.pageTab = evidenceTab(n.topic);
        }
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Open %s's page at the evidence", n.partnerName.c_str());
        ImGui::PopID();
    }
    ImGui::PopID();
}

}  // namespace

void drawPartnerReviewView(const partners::PartnerKpiReport& report, ViewState& view) {
    Heading("Partner review");
    HintTextWrapped("Seed 000: correct privately, acknowledge publicly. Period " +
                    (report.period.empty() ? std::string("(no partner data)") : report.period) +
                    ". Click an item to see its evidence on the partner's page.");
    if (ImGui::BeginTable("review", 2, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableSetupColumn("Correct privately");
        ImGui::TableSetupColumn("Acknowledge publicly");
        TableHeaders();
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        noteList("correct", report.correctPrivately, "Nothing to correct in this period.", view);
        ImGui::TableNextColumn();
        noteList("acknowledge", report.acknowledgePublicly, "Nothing to acknowledge yet in this period.",
                 view);
        ImGui::EndTable();
    }
    if (!report.relationshipsAtRisk.empty()) {
        ImGui::Spacing();
        Heading("Relationships at risk");
        HintTextWrapped("Seed 004: a red pulse score calls for a conversation before any tier change.");
        noteList("risk", report.relationshipsAtRisk, "", view);
    }
}

}  // namespace sc::web
