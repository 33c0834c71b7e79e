// Ids for imported rows that have none, derived from what the row says, so importing the same
// file twice finds the same rows (docs/IMPORT.md, "Ids and re-imports"):
//   kpi_records         natural key partner + period + kpi  -> "k_<partner>_<period>_<kpi>"
//   report_submissions  natural key partner + period        -> "rep_<partner>_<period>"
//   deal_registrations  natural key partner + account (any case) + registered_on
//                                                           -> "reg_" + 12 hex digits of its hash
//   deals               no natural key: every imported cell -> "deal_" + 12 hex digits of the hash
//                       of the cells (and of "#n" for the n-th identical row in the file)
//   price_book          sku (as written: the pricing audit matches SKUs exactly)
//   discount_bands      tier (any case: the pricing audit compares tiers so)
//   partners, territories  name (any case)
//                       -> the entity's id prefix ("price", "band", "partner", "terr") + "_" +
//                          12 hex digits of the key's hash
// A row without an id first looks for an existing row with the same natural key (so rows that
// came with other ids, like the samples', are updated rather than duplicated).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "model/partners.h"

namespace sc::csv {

// FNV-1a, 64 bits: stable across platforms and builds (std::hash is not).
std::uint64_t stableHash(std::string_view text);
std::string hashId(const std::string& prefix, std::string_view text);  // prefix + 12 hex digits

// The natural key of a row ("" for deals, which have none), and the id derived from it.
std::string naturalKey(const Deal& row);
std::string naturalKey(const DealRegistration& row);
std::string naturalKey(const ReportSubmission& row);
std::string naturalKey(const KpiRecord& row);
std::string naturalKey(const PriceBookEntry& row);
std::string naturalKey(const DiscountBand& row);  // "" without a tier
std::string naturalKey(const Partner& row);
std::string naturalKey(const Territory& row);

std::string derivedId(const DealRegistration& row);
std::string derivedId(const ReportSubmission& row);
std::string derivedId(const KpiRecord& row);
std::string derivedId(const PriceBookEntry& row);
std::string derivedId(const DiscountBand& row);
std::string derivedId(const Partner& row);
std::string derivedId(const Territory& row);
// Deals: from the imported cells as read (`cells`) and the occurrence number (1 = first).
std::string derivedDealId(const std::string& cells, std::size_t occurrence);

// How a natural key is described in a duplicate message ("p_prairie, 2026-05, pricing_accuracy").
std::string describeKey(const std::string& key);

}  // namespace sc::csv
