// Section 3 of the document: partners and the rules of engagement, the single source of
// truth for materials, cadence, feedback, incidents, post-mortems, partner copy samples (seeds
// 000, 001, 003, 004), and the large imported tables (deals, registrations, reports, KPI
// records, pulse answers) that the file writes compactly, one row per line.
#pragma once

#include "model/common.h"

namespace sc {

struct Contact {
    std::string name;
    std::string role;
    std::string email;
    Json extra = Json::object();
};

struct Partner : Entity {
    std::string tier;  // e.g. "gold" | "silver" | "bronze" (free text; discount bands key on it)
    std::string territoryId;
    std::string channelId;
    std::vector<std::string> approvedSegmentIds;
    std::vector<std::string> approvedChannelIds;
    std::vector<Contact> contacts;
    std::vector<std::string> goals;
    std::vector<std::string> roles;           // who does what
    std::vector<std::string> escalationPath;  // names, first to last
    std::string joinedOn;
    std::string status = "active";  // "active" | "paused" | "ended"
};

struct Claim : Entity {
    std::string text;
};

// A forbidden claim category expressed as phrases; any phrase found in a partner's copy
// flags the passage with this rule.
struct PhraseRule : Entity {
    std::string category;  // "earnings" | "guarantee" | "competitor" | "custom"
    std::vector<std::string> phrases;
};

// Prices and a band's limits may be not set (nullopt: absent from the file, an empty CSV cell),
// and a rule whose value is not set is not checked (partners/pricing_checks.h). 0 is a value: a
// free SKU's list price, a band that allows no discount, approval for every discount.
struct PriceBookEntry : Entity {
    std::string sku;
    std::optional<MinorUnits> listPriceMinor;
    std::optional<MinorUnits> floorPriceMinor;
};

struct DiscountBand : Entity {
    std::string tier;
    std::optional<BasisPoints> maxDiscountBp;    // never above this
    std::optional<BasisPoints> approvalAboveBp;  // above this needs approval
};

struct BundlingRule : Entity {
    std::vector<std::string> skus;
    bool allowed = true;
};

struct Territory : Entity {
    std::vector<std::string> regions;
};

struct RoutingRule : Entity {
    std::string territoryId;
    std::string segmentId;
    std::string partnerId;
    std::int64_t priority = 0;
};

struct RulesOfEngagement {
    std::vector<Claim> approvedClaims;
    std::vector<PhraseRule> forbiddenRules;
    std::vector<PriceBookEntry> priceBook;
    std::vector<DiscountBand> discountBands;
    std::vector<BundlingRule> bundlingRules;
    std::vector<Territory> territories;
    std::vector<RoutingRule> routingRules;
    Json extra = Json::object();
};

struct MaterialVersion {
    std::string version;
    std::string updatedOn;
    std::string summary;
    Json extra = Json::object();
};

struct Acknowledgement {
    std::string partnerId;
    std::string version;
    std::string acknowledgedOn;
    Json extra = Json::object();
};

struct Material : Entity {
    std::string kind;  // "pitch_deck" | "price_sheet" | "objection_script" | "compliance_guideline" | "other"
    std::string owner;
    std::string status = "current";         // "current" | "archived"
    std::vector<MaterialVersion> versions;  // oldest first; the last is current
    std::vector<Acknowledgement> acknowledgements;
    std::vector<std::string> audiencePartnerIds;  // who must be told of a change; empty = all
};

// The meetings held are the dates of `heldOn` (the history, the record) and `lastHeldOn` (its
// latest date, kept for files without a history and for older versions); validation warns when
// the two disagree, and the program then counts the dates of both (partners/cadence.h).
struct CadenceItem : Entity {
    std::string kind;       // "weekly" | "monthly" | "quarterly"
    std::string partnerId;  // empty = all partners
    std::string lastHeldOn;
    std::vector<std::string> heldOn;  // "YYYY-MM-DD" of each meeting held, oldest first; empty = no history
    std::string nextDueOn;
};

struct FeedbackItem : Entity {
    std::string partnerId;
    std::string kind;            // "objection" | "competitor_move" | "product_gap" | "process_friction"
    std::string status = "new";  // "new" | "acknowledged" | "in_progress" | "changed" | "declined"
    std::string receivedOn;
    std::string closedOn;
    std::string changeLedTo;
};

struct Incident : Entity {
    std::string partnerId;
    std::string occurredOn;
    std::string description;
    std::string diagnosis;  // "never_received" | "ambiguous_guideline" | "customer_pressure" |
                            // "misunderstood_compliance" | "undiagnosed"
    std::string response;   // "resend" | "training" | "clarify_guideline" | "enforcement" | ""
    std::string resolvedOn;
};

struct PostMortem : Entity {
    std::string dealId;
    std::string partnerId;
    std::string outcome;  // "won" | "lost"
    std::string heldOn;
    std::vector<std::string> reasons;
    std::string lessons;
};

// A partner's marketing copy as it was seen (a landing page, a post, a deck slide), kept for
// the message consistency audit (seed 000 "sample audits") and for telling which version of a
// material the copy was written from.
struct CopySample : Entity {
    std::string partnerId;
    std::string capturedOn;
    std::string source;           // where it was seen: "Partner landing page"
    std::string materialId;       // the material the copy cites or was written from; empty = none
    std::string materialVersion;  // the version of that material it cites
    std::string text;
};

// ---- Large tables: written as {"columns": [...], "rows": [[...], ...]} ----

struct Deal : Entity {
    std::string partnerId;
    std::string account;
    std::string sku;
    std::string territoryId;
    std::int64_t quantity = 1;
    MinorUnits listPriceMinor = 0;
    MinorUnits quotedPriceMinor = 0;  // per unit, after discount
    BasisPoints discountBp = 0;
    bool approved = false;
    std::string outcome = "open";  // "open" | "won" | "lost"
    std::string closedOn;
};

struct DealRegistration : Entity {
    std::string partnerId;
    std::string account;
    std::string territoryId;
    std::string registeredOn;
    std::string status = "pending";  // "pending" | "approved" | "rejected"
};

struct ReportSubmission : Entity {
    std::string partnerId;
    std::string period;  // "YYYY-MM"
    std::string dueOn;
    std::string submittedOn;  // empty = not submitted
    bool formatOk = true;
};

struct KpiRecord : Entity {
    std::string partnerId;
    std::string period;             // "YYYY-MM"
    std::string kpi;                // "message_consistency" | "pricing_accuracy" | "reporting_compliance" |
                                    // "feedback_participation" | "escalation_frequency"
    std::int64_t value = 0;         // bp for rates, a count for escalation_frequency
    std::string source = "manual";  // "manual" | "computed"
};

struct PulseAnswer : Entity {
    std::string partnerId;
    std::string period;
    std::string respondent;
    std::string question;    // "autonomy" | "mastery" | "purpose" | "satisfaction"
    std::int64_t score = 0;  // 1..5
};

// Per-period observations of a product–channel pair, used to verify a fix over two cycles.
struct PairObservation : Entity {
    std::string pairId;
    std::string periodStart;  // "YYYY-MM-DD"
    std::int64_t visitors = 0;
    std::int64_t leads = 0;
    std::int64_t conversions = 0;
    MinorUnits revenueMinor = 0;
    std::int64_t complaints = 0;
};

}  // namespace sc
