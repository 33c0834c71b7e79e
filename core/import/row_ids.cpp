#include "import/row_ids.h"

#include <algorithm>
#include <cctype>

#include "model/describe.h"

namespace sc::csv {
namespace {
constexpr char kSep = '\x1f';

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}
}  // namespace

std::uint64_t stableHash(std::string_view text) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::string hashId(const std::string& prefix, std::string_view text) {
    static const char* digits = "0123456789abcdef";
    std::uint64_t h = stableHash(text);
    std::string hex(12, '0');
    for (int i = 11; i >= 0; --i, h >>= 4) hex[static_cast<std::size_t>(i)] = digits[h & 0xF];
    return prefix + hex;
}

namespace {
// The prefix the app gives new entities of the kind ("price", "band", ...), then the key's hash.
template <class T>
std::string keyedId(const T& row) {
    return hashId(std::string(EntityWords<T>::idPrefix) + "_", naturalKey(row));
}
}  // namespace

std::string naturalKey(const Deal&) { return ""; }
std::string naturalKey(const DealRegistration& r) {
    return r.partnerId + kSep + lower(r.account) + kSep + r.registeredOn;
}
std::string naturalKey(const ReportSubmission& r) { return r.partnerId + kSep + r.period; }
std::string naturalKey(const KpiRecord& r) { return r.partnerId + kSep + r.period + kSep + r.kpi; }

std::string naturalKey(const PriceBookEntry& r) { return r.sku; }
std::string naturalKey(const DiscountBand& r) { return lower(r.tier); }
std::string naturalKey(const Partner& r) { return lower(r.name); }
std::string naturalKey(const Territory& r) { return lower(r.name); }

std::string derivedId(const DealRegistration& r) { return hashId("reg_", naturalKey(r)); }
std::string derivedId(const ReportSubmission& r) { return "rep_" + r.partnerId + "_" + r.period; }
std::string derivedId(const KpiRecord& r) { return "k_" + r.partnerId + "_" + r.period + "_" + r.kpi; }

std::string derivedId(const PriceBookEntry& r) { return keyedId(r); }
std::string derivedId(const DiscountBand& r) { return keyedId(r); }
std::string derivedId(const Partner& r) { return keyedId(r); }
std::string derivedId(const Territory& r) { return keyedId(r); }

std::string derivedDealId(const std::string& cells, std::size_t occurrence) {
    return hashId("deal_", occurrence <= 1 ? cells : cells + "#" + std::to_string(occurrence));
}

std::string describeKey(const std::string& key) {
    std::string out;
    for (char c : key) out += c == kSep ? std::string(", ") : std::string(1, c);
    return out;
}

}  // namespace sc::csv
