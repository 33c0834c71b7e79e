// A small hand-made document for the merge tests: two segments, two promises (one with
// touchpoints), a partner with contacts, three deals and two KPI records, so each merge rule
// reads as a one-line edit on each side.
#pragma once

#include <string>

#include "merge/merge.h"
#include "model/document.h"

namespace mfx {

inline sc::Deal deal(const std::string& id, const std::string& account, std::int64_t discountBp) {
    sc::Deal d;
    d.id = id;
    d.name = account + " deal";
    d.partnerId = "p_acme";
    d.account = account;
    d.sku = "SKU-1";
    d.quantity = 10;
    d.listPriceMinor = 10000;
    d.quotedPriceMinor = 10000 - discountBp;
    d.discountBp = discountBp;
    return d;
}

inline sc::KpiRecord kpi(const std::string& id, const std::string& period, std::int64_t value) {
    sc::KpiRecord k;
    k.id = id;
    k.partnerId = "p_acme";
    k.period = period;
    k.kpi = "pricing_accuracy";
    k.value = value;
    return k;
}

inline sc::Document base() {
    sc::Document d;
    d.info.title = "Merge fixture";
    d.info.updated = "2026-11-01T09:00:00Z";
    sc::Segment smb;
    smb.id = "seg_smb";
    smb.name = "Small businesses";
    smb.customers = 120;
    sc::Segment ent = smb;
    ent.id = "seg_ent";
    ent.name = "Enterprises";
    d.segments = {smb, ent};
    sc::Promise try_;
    try_.id = "pr_try";
    try_.name = "Try it now";
    try_.segmentId = "seg_smb";
    try_.text = "Start free, no card";
    try_.updated = "2026-11-01T09:00:00Z";
    sc::Touchpoint landing;
    landing.id = "tp_landing";
    landing.name = "Landing page";
    landing.location = "https://example.com/try";
    sc::Touchpoint email = landing;
    email.id = "tp_email";
    email.name = "Welcome email";
    email.location = "crm://welcome";
    try_.touchpoints = {landing, email};
    sc::Promise demo;
    demo.id = "pr_demo";
    demo.name = "Book a demo";
    demo.segmentId = "seg_ent";
    demo.text = "A specialist walks you through";
    d.promises = {try_, demo};
    sc::Partner acme;
    acme.id = "p_acme";
    acme.name = "Acme Resellers";
    acme.approvedSegmentIds = {"seg_smb"};
    acme.contacts = {{"Dana", "owner", "dana@acme.example", sc::Json::object()}};
    d.partners = {acme};
    d.deals = {deal("d1", "Hansen", 500), deal("d2", "Anders", 300), deal("d3", "Kowal", 0)};
    d.kpiRecords = {kpi("k1", "2026-05", 9300), kpi("k2", "2026-06", 9500)};
    return d;
}

inline std::string listConflicts(const sc::MergeResult& r) {
    std::string out;
    for (const auto& c : r.conflicts)
        out += c.pointer + " (" + c.entityKind + " " + c.entityId + ", " + c.field + ")\n";
    return out.empty() ? "(no conflicts)\n" : out;
}

}  // namespace mfx
