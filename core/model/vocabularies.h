// Every vocabulary of the document in one place: the values a kind, status or category may
// take, with the words a person reads for each. The field descriptions (model/describe.h) name
// them; validation accepts exactly the values of a closed vocabulary, and the app offers them
// in its combos. An open vocabulary only suggests: any text is valid there.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sc::vocab {

struct Term {
    std::string_view id;         // the value the file stores: "sales_led"
    std::string_view label;      // what a person reads: "Sales-led"
    std::string_view help = {};  // one line on what it means (shown beside a choice); may be empty
};

class Vocabulary {
  public:
    template <std::size_t N>
    constexpr Vocabulary(std::string_view name, const Term (&terms)[N], bool open = false)
        : m_name(name), m_terms(terms), m_size(N), m_open(open) {}

    // A short name for messages and tests ("severity", "decision kind").
    constexpr std::string_view name() const { return m_name; }
    constexpr const Term* begin() const { return m_terms; }
    constexpr const Term* end() const { return m_terms + m_size; }
    constexpr std::size_t size() const { return m_size; }
    // Open: the terms are suggestions and any text is accepted (channel kinds, touchpoint kinds).
    constexpr bool open() const { return m_open; }

    bool contains(std::string_view id) const {
        for (const Term& t : *this)
            if (t.id == id) return true;
        return false;
    }
    // "low, medium, high, critical": the ids, for "use one of: …" messages.
    std::string idList() const {
        std::string out;
        for (const Term& t : *this) out += (out.empty() ? "" : ", ") + std::string(t.id);
        return out;
    }
    // The term's label, or `id` itself when the vocabulary does not know it.
    std::string_view labelOf(std::string_view id) const {
        for (const Term& t : *this)
            if (t.id == id) return t.label;
        return id;
    }

  private:
    std::string_view m_name;
    const Term* m_terms;
    std::size_t m_size;
    bool m_open;
};

// ---- 1. Maps ----
inline constexpr Term kDimensionKindTerms[] = {{"ordered", "Ordered levels"}, {"numeric", "Numeric"}};
inline constexpr Vocabulary kDimensionKind{"dimension kind", kDimensionKindTerms};

inline constexpr Term kComparisonTerms[] = {{"channel_at_least", "Channel must reach the promise"},
                                            {"channel_at_most", "Channel must stay under the promise"},
                                            {"equal", "Both must match"}};
inline constexpr Vocabulary kComparison{"comparison", kComparisonTerms};

// Which way a channel may differ from the promise on an ordered dimension without a mismatch
// (issue 13.5). The levels are listed first..last; built-in scales list what the customer
// prefers first (same day before two days, instant before guided setup).
inline constexpr Term kDirectionTerms[] = {
    {"match", "Must match",
     "Any level apart beyond the tolerance is a mismatch (price positioning, customer size)"},
    {"at_or_before", "Channel may be earlier in the list",
     "A channel level listed before the promise's over-delivers and is no mismatch (faster delivery, more "
     "service, less setup effort)"},
    {"at_or_after", "Channel may be later in the list",
     "A channel level listed after the promise's is no mismatch; one listed before it is"}};
inline constexpr Vocabulary kDirection{"direction", kDirectionTerms};

inline constexpr Term kStepActorTerms[] = {
    {"customer", "Customer"}, {"channel", "Channel"}, {"vendor", "Vendor"}};
inline constexpr Vocabulary kStepActor{"actor", kStepActorTerms};

inline constexpr Term kComplexityTerms[] = {
    {"simple", "Simple"}, {"moderate", "Moderate"}, {"complex", "Complex"}};
inline constexpr Vocabulary kComplexity{"complexity", kComplexityTerms};

inline constexpr Term kMetricUnitTerms[] = {{"bp", "Rate (basis points)"},
                                            {"count", "Count"},
                                            {"minor_units", "Money (minor units)"},
                                            {"days", "Days"},
                                            {"score", "Score"}};
inline constexpr Vocabulary kMetricUnit{"unit", kMetricUnitTerms};

inline constexpr Term kCadenceTerms[] = {
    {"weekly", "Weekly"}, {"monthly", "Monthly"}, {"quarterly", "Quarterly"}};
inline constexpr Vocabulary kCadence{"cadence", kCadenceTerms};

// Open vocabularies: the seeds' examples, offered as suggestions.
inline constexpr Term kChannelKindTerms[] = {{"direct_sales", "Direct sales"},
                                             {"reseller", "Reseller / VAR"},
                                             {"dealer", "Dealer"},
                                             {"retail", "Retail"},
                                             {"affiliate", "Affiliate"},
                                             {"marketplace", "Marketplace"},
                                             {"ecommerce", "E-commerce site"},
                                             {"distributor", "Distributor"}};
inline constexpr Vocabulary kChannelKind{"channel kind", kChannelKindTerms, true};

inline constexpr Term kTouchpointKindTerms[] = {{"landing_page", "Landing page"},
                                                {"email_sequence", "Email sequence"},
                                                {"ad", "Ad"},
                                                {"sales_script", "Sales script"},
                                                {"partner_deck", "Partner deck"},
                                                {"pricing_sheet", "Pricing sheet"},
                                                {"website", "Website"},
                                                {"social", "Social post"}};
inline constexpr Vocabulary kTouchpointKind{"touchpoint kind", kTouchpointKindTerms, true};

inline constexpr Term kConstraintKindTerms[] = {{"minimum_order", "Minimum order"},
                                                {"promotional_pricing", "Promotional pricing"},
                                                {"cookie_window", "Cookie window"},
                                                {"contract_length", "Contract length"}};
inline constexpr Vocabulary kConstraintKind{"constraint kind", kConstraintKindTerms, true};

inline constexpr Term kJourneyStageTerms[] = {{"awareness", "Awareness"},
                                              {"consideration", "Consideration"},
                                              {"decision", "Decision"},
                                              {"retention", "Retention"}};
inline constexpr Vocabulary kJourneyStage{"journey stage", kJourneyStageTerms, true};

inline constexpr Term kFunnelStageTerms[] = {
    {"reach", "Reach"}, {"engage", "Engage"}, {"convert", "Convert"}, {"retain", "Retain"}};
inline constexpr Vocabulary kFunnelStage{"funnel stage", kFunnelStageTerms, true};

// ---- 2. Mismatch workflow ----
inline constexpr Term kOriginTerms[] = {{"detected", "Detected"}, {"manual", "Added by hand"}};
inline constexpr Vocabulary kOrigin{"origin", kOriginTerms};

inline constexpr Term kSeverityTerms[] = {
    {"low", "Low"}, {"medium", "Medium"}, {"high", "High"}, {"critical", "Critical"}};
inline constexpr Vocabulary kSeverity{"severity", kSeverityTerms};

inline constexpr Term kMismatchStatusTerms[] = {{"open", "Open"},         {"dismissed", "Dismissed"},
                                                {"accepted", "Accepted"}, {"fixing", "Fixing"},
                                                {"fixed", "Fixed"},       {"verified", "Verified"}};
inline constexpr Vocabulary kMismatchStatus{"status", kMismatchStatusTerms};

// A value against its thresholds (metric dictionary): what a review snapshot stores per KPI.
inline constexpr Term kRagTerms[] = {
    {"green", "Green"}, {"amber", "Amber"}, {"red", "Red"}, {"none", "No value"}};
inline constexpr Vocabulary kRag{"red/amber/green", kRagTerms};

// Seed 002 step 4: the fix options, with what each means.
inline constexpr Term kDecisionKindTerms[] = {
    {"change_message", "Change the message", "rewrite the promise so it says what the channel delivers"},
    {"adjust_channel", "Adjust the channel", "change how the channel sells so it keeps the promise"},
    {"both", "Both sides", "meet in the middle: change the message and the channel"},
    {"stop_channel", "Stop using the channel", "the channel cannot carry this promise: retire it"},
    {"accept_tradeoff", "Accept as a trade-off",
     "keep the mismatch on purpose; write down why, its impact is measured separately"}};
inline constexpr Vocabulary kDecisionKind{"decision kind", kDecisionKindTerms};

inline constexpr Term kChecklistSideTerms[] = {{"promise", "Promise side"}, {"channel", "Channel side"}};
inline constexpr Vocabulary kChecklistSide{"side", kChecklistSideTerms};

// ---- 3. Partners ----
inline constexpr Term kPartnerStatusTerms[] = {
    {"active", "Active"}, {"paused", "Paused"}, {"ended", "Ended"}};
inline constexpr Vocabulary kPartnerStatus{"status", kPartnerStatusTerms};

inline constexpr Term kPhraseCategoryTerms[] = {{"earnings", "Earnings claims"},
                                                {"guarantee", "Guarantees"},
                                                {"competitor", "Competitor comparisons"},
                                                {"custom", "Custom"}};
inline constexpr Vocabulary kPhraseCategory{"category", kPhraseCategoryTerms};

inline constexpr Term kMaterialKindTerms[] = {{"pitch_deck", "Pitch deck"},
                                              {"price_sheet", "Price sheet"},
                                              {"objection_script", "Objection script"},
                                              {"compliance_guideline", "Compliance guideline"},
                                              {"other", "Other"}};
inline constexpr Vocabulary kMaterialKind{"kind", kMaterialKindTerms};

inline constexpr Term kMaterialStatusTerms[] = {{"current", "Current"}, {"archived", "Archived"}};
inline constexpr Vocabulary kMaterialStatus{"status", kMaterialStatusTerms};

inline constexpr Term kFeedbackKindTerms[] = {{"objection", "Objection"},
                                              {"competitor_move", "Competitor move"},
                                              {"product_gap", "Product gap"},
                                              {"process_friction", "Process friction"}};
inline constexpr Vocabulary kFeedbackKind{"kind", kFeedbackKindTerms};

inline constexpr Term kFeedbackStatusTerms[] = {{"new", "New"},
                                                {"acknowledged", "Acknowledged"},
                                                {"in_progress", "In progress"},
                                                {"changed", "Led to a change"},
                                                {"declined", "Declined"}};
inline constexpr Vocabulary kFeedbackStatus{"status", kFeedbackStatusTerms};

inline constexpr Term kDiagnosisTerms[] = {{"never_received", "Never received the material"},
                                           {"ambiguous_guideline", "Ambiguous guideline"},
                                           {"customer_pressure", "Customer pressure"},
                                           {"misunderstood_compliance", "Did not understand compliance"},
                                           {"undiagnosed", "Not diagnosed yet"}};
inline constexpr Vocabulary kDiagnosis{"diagnosis", kDiagnosisTerms};

inline constexpr Term kResponseTerms[] = {{"resend", "Resend the material"},
                                          {"training", "Training"},
                                          {"clarify_guideline", "Clarify the guideline"},
                                          {"enforcement", "Enforcement"}};
inline constexpr Vocabulary kResponse{"response", kResponseTerms};

inline constexpr Term kWinLossTerms[] = {{"won", "Won"}, {"lost", "Lost"}};
inline constexpr Vocabulary kWinLoss{"outcome", kWinLossTerms};

inline constexpr Term kDealOutcomeTerms[] = {{"open", "Open"}, {"won", "Won"}, {"lost", "Lost"}};
inline constexpr Vocabulary kDealOutcome{"outcome", kDealOutcomeTerms};

inline constexpr Term kRegistrationStatusTerms[] = {
    {"pending", "Pending"}, {"approved", "Approved"}, {"rejected", "Rejected"}};
inline constexpr Vocabulary kRegistrationStatus{"status", kRegistrationStatusTerms};

inline constexpr Term kKpiTerms[] = {{"message_consistency", "Message consistency"},
                                     {"pricing_accuracy", "Pricing accuracy"},
                                     {"reporting_compliance", "Reporting compliance"},
                                     {"feedback_participation", "Feedback participation"},
                                     {"escalation_frequency", "Escalation frequency"}};
inline constexpr Vocabulary kKpi{"KPI", kKpiTerms};

inline constexpr Term kKpiSourceTerms[] = {{"manual", "Entered by hand"}, {"computed", "Computed"}};
inline constexpr Vocabulary kKpiSource{"source", kKpiSourceTerms};

inline constexpr Term kPulseQuestionTerms[] = {{"autonomy", "Autonomy"},
                                               {"mastery", "Mastery"},
                                               {"purpose", "Purpose"},
                                               {"satisfaction", "Satisfaction"}};
inline constexpr Vocabulary kPulseQuestion{"question", kPulseQuestionTerms};

// Currencies offered for the document (any ISO 4217 code is accepted).
inline constexpr Term kCurrencyTerms[] = {
    {"USD", "US dollar"},         {"EUR", "Euro"},          {"GBP", "Pound sterling"},
    {"JPY", "Japanese yen"},      {"CHF", "Swiss franc"},   {"CAD", "Canadian dollar"},
    {"AUD", "Australian dollar"}, {"SEK", "Swedish krona"}, {"INR", "Indian rupee"}};
inline constexpr Vocabulary kCurrency{"currency", kCurrencyTerms, true};

}  // namespace sc::vocab
