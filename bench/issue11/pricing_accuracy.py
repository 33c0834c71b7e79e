#!/usr/bin/env python3
"""Issue 11's peer for the partner manager's job (a measuring tool, not the product): per-partner
pricing accuracy over a deals CSV, the way a plain script would do it -- Python's csv module,
one dict lookup per deal against the price book and one against the partner's discount band,
the rules of docs/PARTNERS.md "Pricing accuracy" (SKU in the book, list price = the book's,
quoted >= floor, discount <= the band's maximum, above the approval level only when approved).
Accuracy = deals with no broken rule / deals judged, per partner and month (closed_on).

usage: pricing_accuracy.py RULES.json DEALS.csv
  RULES.json: {"price_book": {sku: [list, floor]}, "bands": {tier: [max_bp, approval_bp]},
               "partners": {id: tier}} (bench/issue11/rules_from_scorecard.py writes it)
  DEALS.csv:  `scorecard export FILE --table deals` (columns as the file holds them)
Prints the partners, the judged deals and the overall accuracy.
"""
import csv
import json
import sys
from collections import defaultdict


def main(rules_path, deals_path):
    with open(rules_path) as f:
        rules = json.load(f)
    book, bands, tiers = rules["price_book"], rules["bands"], rules["partners"]
    judged = defaultdict(int)
    accurate = defaultdict(int)
    with open(deals_path, newline="", encoding="utf-8-sig") as f:
        for deal in csv.DictReader(f):
            sku = deal["sku"]
            listed = int(deal["list_price_minor"] or 0)
            quoted = int(deal["quoted_price_minor"] or 0)
            discount = int(deal["discount_bp"] or 0)
            checked = broken = False
            entry = book.get(sku)
            if entry is None:
                if book and sku:
                    checked = broken = True
            else:
                book_list, floor = entry
                if book_list is not None and (listed != 0 or book_list == 0):
                    checked = True
                    broken |= listed != book_list
                if floor is not None and (quoted != 0 or floor == 0):
                    checked = True
                    broken |= quoted < floor
            if discount > 0:
                band = bands.get((tiers.get(deal["partner_id"]) or "").lower())
                if band is not None:
                    most, approval = band
                    if most is not None:
                        checked = True
                        broken |= discount > most
                    if approval is not None and (most is None or discount <= most):
                        checked = True
                        broken |= discount > approval and deal["approved"].lower() not in ("true", "yes", "1")
            if checked:
                key = (deal["partner_id"], deal["closed_on"][:7])
                judged[key] += 1
                accurate[key] += not broken
    total = sum(judged.values())
    good = sum(accurate.values())
    partners = len({p for p, _ in judged})
    print(f"partners={partners} partner_months={len(judged)} judged={total} "
          f"accuracy={100.0 * good / max(total, 1):.2f}%")


if __name__ == "__main__":
    main(*sys.argv[1:3])
