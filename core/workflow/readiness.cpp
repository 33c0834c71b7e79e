// Seed 002 "When not to proceed with this workflow", as warnings with the seed's advice.
#include "workflow/readiness.h"

namespace sc {

ReadinessReport assessReadiness(const Document& doc) {
    ReadinessReport r;
    const Readiness& facts = doc.readiness;
    if (facts.customers >= 0) {
        r.customers = facts.customers;
        r.customersSource = "readiness";
    } else {
        for (const auto& s : doc.segments) r.customers += s.customers > 0 ? s.customers : 0;
        r.customersSource = "segments";
    }

    if (facts.crisis) {
        std::string message = "A crisis is declared";
        if (!facts.crisisNote.empty()) message += ": " + facts.crisisNote;
        r.warnings.push_back(
            {"crisis", message + ".",
             "Address the immediate problem first (a terminated channel contract, a sudden revenue "
             "drop), then come back for a full alignment audit."});
    }
    if (facts.preRevenue) {
        r.warnings.push_back(
            {"pre_revenue", "The product is pre-revenue: there is not enough data to diagnose alignment.",
             "Build one minimal distribution channel that matches your simplest marketing message, "
             "then iterate."});
    }
    if (r.customers < kMinCustomersForWorkflow) {
        r.warnings.push_back(
            {"few_customers",
             "Only " + std::to_string(r.customers) + " customer" + (r.customers == 1 ? "" : "s") + " (" +
                 (r.customersSource == "readiness" ? "declared" : "summed over segments") +
                 "); the workflow needs at least " + std::to_string(kMinCustomersForWorkflow) +
                 " to have enough data.",
             "Focus on a minimal viable distribution channel that matches your simplest marketing "
             "message, then iterate until you have more customers."});
    }
    r.ready = r.warnings.empty();
    return r;
}

}  // namespace sc
