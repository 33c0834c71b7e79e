// Rule family: ranges of the non-table entities. Counts and money never go below zero, shares
// stay within 0–100%, a stage cannot convert more people than entered it, scores stay on
// their scales. Impossible numbers are errors; merely suspicious ones are warnings.
#include "validation/range_checks.h"

namespace sc::rules {
namespace {

void checkMaps(const Document& doc, FindingSink& sink) {
    forEach(doc.segments, "/segments", [&](const Segment& x, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("segment", x, i);
        nonNegative(sink, p + "/customers", owner, "number of customers", x.customers);
        nonNegative(sink, p + "/sales_cycle_days", owner, "sales cycle", x.salesCycleDays);
    });
    forEach(doc.products, "/products", [&](const Product& x, const std::string& p, std::size_t i) {
        nonNegative(sink, p + "/expected_cycle_days", nameOf("product", x, i), "expected sales cycle",
                    x.expectedCycleDays);
    });
    forEach(doc.pairs, "/pairs", [&](const ProductChannelPair& x, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("product-channel pair", x, i);
        nonNegative(sink, p + "/visitors", owner, "number of visitors", x.visitors);
        nonNegative(sink, p + "/leads", owner, "number of leads", x.leads);
        nonNegative(sink, p + "/customers", owner, "number of customers", x.customers);
        nonNegative(sink, p + "/revenue_minor", owner, "revenue", x.revenueMinor);
        nonNegative(sink, p + "/complaints", owner, "number of complaints", x.complaints);
        nonNegative(sink, p + "/support_tickets", owner, "number of support tickets", x.supportTickets);
        nonNegative(sink, p + "/sales_cycle_days", owner, "sales cycle", x.salesCycleDays);
        shareBp(sink, p + "/target_audience_share_bp", owner, "target audience share",
                x.targetAudienceShareBp);
        // Leads can arrive without a tracked visit, so more leads than visitors is suspicious, not
        // impossible.
        if (x.visitors > 0 && x.leads > x.visitors)
            sink.warning(p + "/leads", owner + " has more leads (" + std::to_string(x.leads) +
                                           ") than visitors (" + std::to_string(x.visitors) +
                                           "); check that both count the same period");
        forEach(x.funnel, p + "/funnel", [&](const FunnelStage& s, const std::string& sp, std::size_t si) {
            const std::string stage = nameOf("funnel stage", s, si) + " of " + owner;
            nonNegative(sink, sp + "/entered", stage, "number entered", s.entered);
            nonNegative(sink, sp + "/converted", stage, "number converted", s.converted);
            shareBp(sink, sp + "/benchmark_bp", stage, "benchmark conversion", s.benchmarkBp);
            // The converted are a subset of those who entered: more is impossible, so an error.
            if (s.converted > s.entered && s.entered >= 0 && s.converted >= 0)
                sink.error(sp + "/converted",
                           stage + " converted " + std::to_string(s.converted) + " of " +
                               std::to_string(s.entered) +
                               " who entered; a stage cannot convert more than entered it");
        });
    });
    forEach(doc.metrics, "/metrics", [&](const MetricDefinition& x, const std::string& p, std::size_t i) {
        if (x.unit != "bp") return;
        const std::string owner = nameOf("metric", x, i);
        shareBp(sink, p + "/benchmark", owner, "benchmark", x.benchmark);
        shareBp(sink, p + "/green", owner, "green threshold", x.green);
        shareBp(sink, p + "/amber", owner, "amber threshold", x.amber);
    });
}

void checkWorkflow(const Document& doc, FindingSink& sink) {
    forEach(doc.mismatches, "/mismatches", [&](const Mismatch& x, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("mismatch", x, i);
        shareBp(sink, p + "/confidence_bp", owner, "confidence", x.confidenceBp);
        if (x.leadsAffectedBp != -1)
            shareBp(sink, p + "/leads_affected_bp", owner, "share of leads affected", x.leadsAffectedBp);
        if (x.effort < 1 || x.effort > 5)
            sink.error(p + "/effort", owner + " has an effort of " + std::to_string(x.effort) +
                                          "; effort runs from 1 (trivial) to 5 (renegotiate a contract)");
    });
    forEach(doc.experiments, "/experiments", [&](const Experiment& x, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("experiment", x, i);
        nonNegative(sink, p + "/control_visitors", owner, "number of control visitors", x.controlVisitors);
        nonNegative(sink, p + "/control_conversions", owner, "number of control conversions",
                    x.controlConversions);
        nonNegative(sink, p + "/variant_visitors", owner, "number of variant visitors", x.variantVisitors);
        nonNegative(sink, p + "/variant_conversions", owner, "number of variant conversions",
                    x.variantConversions);
        nonNegative(sink, p + "/max_days", owner, "maximum duration", x.maxDays);
        nonNegative(sink, p + "/max_leads", owner, "maximum number of leads", x.maxLeads);
        // Conversions are counted among the same visitors, so more conversions is impossible: an error.
        if (x.controlConversions > x.controlVisitors && x.controlVisitors >= 0)
            sink.error(p + "/control_conversions",
                       owner + " has more control conversions (" + std::to_string(x.controlConversions) +
                           ") than control visitors (" + std::to_string(x.controlVisitors) +
                           "); conversions are counted among the visitors");
        if (x.variantConversions > x.variantVisitors && x.variantVisitors >= 0)
            sink.error(p + "/variant_conversions",
                       owner + " has more variant conversions (" + std::to_string(x.variantConversions) +
                           ") than variant visitors (" + std::to_string(x.variantVisitors) +
                           "); conversions are counted among the visitors");
    });
    forEach(doc.verifications, "/verifications",
            [&](const Verification& x, const std::string& p, std::size_t i) {
                const std::string owner = nameOf("verification", x, i);
                nonNegative(sink, p + "/cycle_days", owner, "cycle length", x.cycleDays);
                if (x.cyclesRequired < 1)
                    sink.error(p + "/cycles_required",
                               owner + " requires " + std::to_string(x.cyclesRequired) +
                                   " cycles; at least 1 full cycle is needed to verify a fix");
                shareBp(sink, p + "/baseline_conversion_bp", owner, "baseline conversion",
                        x.baselineConversionBp);
            });
    const PriorityModel& m = doc.priorityModel;
    const std::string owner = "the priority model";
    nonNegative(sink, "/priority_model/leads_weight", owner, "leads weight", m.leadsWeight);
    nonNegative(sink, "/priority_model/revenue_weight", owner, "revenue weight", m.revenueWeight);
    nonNegative(sink, "/priority_model/severity_weight", owner, "severity weight", m.severityWeight);
    nonNegative(sink, "/priority_model/complaints_weight", owner, "complaints weight", m.complaintsWeight);
    nonNegative(sink, "/priority_model/confidence_weight", owner, "confidence weight", m.confidenceWeight);
    nonNegative(sink, "/priority_model/effort_weight", owner, "effort weight", m.effortWeight);
    if (doc.readiness.customers < -1)
        sink.error("/readiness/customers",
                   "readiness has " + std::to_string(doc.readiness.customers) +
                       " customers; give a count, or -1 to add up the segments' customers");
}

// "3 price book entries have no list price (SKU-A, SKU-B, SKU-C)": one warning per kind of
// missing value with a count, not one per entry (a 300-SKU price book without floors is one
// finding). The pointer is the first such entry's field.
class MissingValues {
  public:
    MissingValues(std::string singular, std::string plural, std::string what, std::string consequence)
        : m_singular(std::move(singular)),
          m_plural(std::move(plural)),
          m_what(std::move(what)),
          m_consequence(std::move(consequence)) {}
    void add(const std::string& pointer, const std::string& name) {
        if (m_pointer.empty()) m_pointer = pointer;
        if (m_names.size() < kListed) m_names.push_back(name);
        ++m_count;
    }
    void report(FindingSink& sink) const {
        if (m_count == 0) return;
        std::string names;
        for (const auto& n : m_names) names += (names.empty() ? "" : ", ") + n;
        if (m_count > m_names.size()) names += " and " + std::to_string(m_count - m_names.size()) + " more";
        sink.warning(m_pointer, std::to_string(m_count) + " " +
                                    (m_count == 1 ? m_singular + " has" : m_plural + " have") + " no " +
                                    m_what + " (" + names + "): " + m_consequence);
    }

  private:
    static constexpr std::size_t kListed = 5;
    std::string m_singular, m_plural, m_what, m_consequence;
    std::string m_pointer;
    std::vector<std::string> m_names;
    std::size_t m_count = 0;
};

// A price or a band's limit that is not set (absent from the file) is not checked by the audit
// (partners/pricing_checks.h): these warnings say which ones. Ranges are checked on set values
// only, and two limits are compared only when both are set; 0 is a value like any other.
void checkRules(const Document& doc, FindingSink& sink) {
    const std::string r = "/rules_of_engagement";
    MissingValues noList("price book entry", "price book entries", "list price",
                         "the list price of deals for those SKUs is not checked");
    MissingValues noFloor("price book entry", "price book entries", "floor price",
                          "quotes for those SKUs are not checked against a floor");
    forEach(doc.rules.priceBook, r + "/price_book",
            [&](const PriceBookEntry& x, const std::string& p, std::size_t i) {
                const std::string owner = nameOf("price book entry", x, i);
                const std::string label = x.sku.empty() ? owner : x.sku;
                if (x.listPriceMinor)
                    nonNegative(sink, p + "/list_price_minor", owner, "list price", *x.listPriceMinor);
                else noList.add(p + "/list_price_minor", label);
                if (x.floorPriceMinor)
                    nonNegative(sink, p + "/floor_price_minor", owner, "floor price", *x.floorPriceMinor);
                else noFloor.add(p + "/floor_price_minor", label);
                if (x.listPriceMinor && x.floorPriceMinor && *x.floorPriceMinor > *x.listPriceMinor)
                    sink.warning(p + "/floor_price_minor",
                                 owner +
                                     " has a floor price above its list price, so every "
                                     "sale at list price would break the floor");
            });
    noList.report(sink);
    noFloor.report(sink);
    MissingValues noMax("discount band", "discount bands", "maximum discount",
                        "discounts in those tiers are not checked against a maximum");
    MissingValues noApproval("discount band", "discount bands", "approval level",
                             "whether discounts in those tiers need approval is not checked");
    forEach(doc.rules.discountBands, r + "/discount_bands",
            [&](const DiscountBand& x, const std::string& p, std::size_t i) {
                const std::string owner = nameOf("discount band", x, i);
                const std::string label = x.tier.empty() ? owner : x.tier;
                if (x.maxDiscountBp)
                    shareBp(sink, p + "/max_discount_bp", owner, "maximum discount", *x.maxDiscountBp);
                else noMax.add(p + "/max_discount_bp", label);
                if (x.approvalAboveBp)
                    shareBp(sink, p + "/approval_above_bp", owner, "approval threshold", *x.approvalAboveBp);
                else noApproval.add(p + "/approval_above_bp", label);
                if (x.maxDiscountBp && x.approvalAboveBp && *x.approvalAboveBp > *x.maxDiscountBp)
                    sink.warning(p + "/approval_above_bp",
                                 owner + " asks for approval only above " + percentText(*x.approvalAboveBp) +
                                     ", which is beyond its maximum discount of " +
                                     percentText(*x.maxDiscountBp) + ", so approval never applies");
            });
    noMax.report(sink);
    noApproval.report(sink);
}

}  // namespace

void checkRanges(const Document& doc, FindingSink& sink) {
    checkMaps(doc, sink);
    checkWorkflow(doc, sink);
    checkRules(doc, sink);
}

}  // namespace sc::rules
