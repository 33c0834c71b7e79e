// A small hand-built partner programme for the partner audit tests: one gold partner with a
// discount band (15% maximum, approval above 10%) and one SKU (list 100.00, floor 89.00), so
// every edge case is a one-line change to a copy of it.
#pragma once

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/document.h"
#include "partners/partner_kpis.h"
#include "partners/pricing_checks.h"

namespace fx {

inline sc::Deal deal(const std::string& id, const std::string& partnerId, const std::string& closedOn,
                     sc::MinorUnits quoted, sc::BasisPoints discount, bool approved = false) {
    sc::Deal d;
    d.id = id;
    d.partnerId = partnerId;
    d.account = "Account " + id;
    d.sku = "KIT";
    d.territoryId = "ter_north";
    d.listPriceMinor = 10000;
    d.quotedPriceMinor = quoted;
    d.discountBp = discount;
    d.approved = approved;
    d.outcome = closedOn.empty() ? "open" : "won";
    d.closedOn = closedOn;
    return d;
}

inline sc::Document partnerProgramme() {
    sc::Document doc;
    sc::Partner gold;
    gold.id = "p_gold";
    gold.name = "Gold Partner";
    gold.tier = "gold";
    gold.territoryId = "ter_north";
    sc::Partner idle = gold;
    idle.id = "p_idle";
    idle.name = "Idle Partner";
    idle.tier = "silver";
    idle.territoryId = "ter_south";
    doc.partners = {gold, idle};

    sc::PriceBookEntry kit;
    kit.id = "pb_kit";
    kit.sku = "KIT";
    kit.listPriceMinor = 10000;
    kit.floorPriceMinor = 8900;
    doc.rules.priceBook = {kit};
    sc::DiscountBand goldBand;
    goldBand.id = "db_gold";
    goldBand.tier = "gold";
    goldBand.maxDiscountBp = 1500;
    goldBand.approvalAboveBp = 1000;
    sc::DiscountBand silverBand = goldBand;
    silverBand.id = "db_silver";
    silverBand.tier = "silver";
    silverBand.maxDiscountBp = 1000;
    silverBand.approvalAboveBp = 500;
    doc.rules.discountBands = {goldBand, silverBand};

    sc::PhraseRule earnings;
    earnings.id = "fr_earnings";
    earnings.name = "Earnings claims";
    earnings.category = "earnings";
    earnings.phrases = {"pays for itself", "double your profit"};
    sc::PhraseRule guarantee;
    guarantee.id = "fr_guarantee";
    guarantee.category = "guarantee";
    guarantee.phrases = {"guaranteed", "100% accurate", "risk-free"};
    doc.rules.forbiddenRules = {earnings, guarantee};
    sc::Claim readings;
    readings.id = "cl_readings";
    readings.text = "Soil moisture readings every 15 minutes.";
    doc.rules.approvedClaims = {readings};
    return doc;
}

// The report's row of partner `id` (throws when it has none).
inline const sc::partners::PartnerRow& rowOf(const sc::partners::PartnerKpiReport& report,
                                             const std::string& id) {
    for (const auto& row : report.partners)
        if (row.partnerId == id) return row;
    throw std::runtime_error("no row for " + id);
}

// Some note on partner `partnerId` contains `words`.
inline bool hasNote(const std::vector<sc::partners::PartnerNote>& notes, const std::string& partnerId,
                    const std::string& words) {
    return std::any_of(notes.begin(), notes.end(), [&](const sc::partners::PartnerNote& n) {
        return n.partnerId == partnerId && n.text.find(words) != std::string::npos;
    });
}

// The checks a deal could not run, as "check: reason".
inline std::vector<std::string> checksOf(const sc::partners::DealPricingCheck& c) {
    std::vector<std::string> out;
    for (const auto& u : c.unchecked) out.push_back(u.check + ": " + u.reason);
    return out;
}

}  // namespace fx
