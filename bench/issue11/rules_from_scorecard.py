#!/usr/bin/env python3
"""Writes the rules a spreadsheet user would keep beside the deals (price book, discount bands,
each partner's tier) from a scorecard file, as the small JSON bench/issue11/pricing_accuracy.py
reads. A preparation step of bench/issue11-table.sh, not timed.
usage: rules_from_scorecard.py SCORECARD.json RULES.json
"""
import json
import sys

doc = json.load(open(sys.argv[1]))
roe = doc.get("rules_of_engagement", {})
rules = {
    "price_book": {e["sku"]: [e.get("list_price_minor"), e.get("floor_price_minor")]
                   for e in roe.get("price_book", [])},
    "bands": {b.get("tier", "").lower(): [b.get("max_discount_bp"), b.get("approval_above_bp")]
              for b in roe.get("discount_bands", [])},
    "partners": {p["id"]: p.get("tier", "") for p in doc.get("partners", [])},
}
json.dump(rules, open(sys.argv[2], "w"))
print(f"{len(rules['price_book'])} SKUs, {len(rules['bands'])} bands, {len(rules['partners'])} partners")
