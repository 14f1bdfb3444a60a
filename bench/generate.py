#!/usr/bin/env python3
"""Writes a payment-page response in the real fkpay shape (offer_sections.PBO.offers[] and offer_banners[])
with N offers over ~30 banks, and a list of query paths around the offers' minimums.
Usage: generate.py N payload.json queries.txt"""
import json, random, sys

n, payload_path, queries_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
rnd = random.Random(42)
BANKS = ["HDFC", "SBI", "ICICI", "AXIS", "KOTAK", "IDFC", "BOBARODA", "INDUSIND", "YESBANK", "RBL", "AMEX",
         "HSBC", "STANC", "FEDERALBANK", "AUSMALLFINANCE", "PNB", "CANARA", "UNIONBANK", "BANKOFINDIA", "UCO",
         "BAJAJFINSERV", "FLIPKARTAXISBANK", "FLIPKARTSBI", "FLIPKARTBAJAJFINSERV", "DBS", "ONECARD", "IDBI",
         "KARNATAKA", "SOUTHINDIAN", "CITYUNION"]
NO_OFFERS = ["DHANBANK", "SARASWAT", "TJSB", "COSMOS", "NKGSB", "JKBANK", "DCB", "CATHOLICSYRIAN", "TMBANK", "UTKARSHSFBANK"]
INSTRUMENTS = [["CREDIT"], ["EMI_OPTIONS"], ["CREDIT", "EMI_OPTIONS"], ["NET_OPTIONS"], ["UPI_COLLECT", "UPI_INTENT"],
               ["CREDIT", "EMI_OPTIONS", "NET_OPTIONS"]]
MINS = [1990, 2999, 4990, 5000, 7500, 9990, 10000, 14999, 15000, 20000, 24990, 25000, 30000, 50000, 75000]
WORDS = {"CREDIT": "Credit Card Txns", "EMI_OPTIONS": "Credit Card EMI Txns", "NET_OPTIONS": "Net Banking",
         "UPI_COLLECT": "UPI"}

def money(r):
    return "₹{:,}".format(r)

offers = []
for i in range(n):
    bank = BANKS[i % len(BANKS)] if rnd.random() < 0.9 else rnd.choice(BANKS)
    inst = rnd.choice(INSTRUMENTS)
    low = rnd.choice(MINS)
    where = WORDS.get(inst[0], "Cards")
    if rnd.random() < 0.5:
        pct = rnd.choice([5, 7.5, 10, 12.5, 15])
        cap = rnd.choice([250, 500, 750, 1000, 1250, 1500, 2000, 4000])
        text = f"{pct:g}% off up to {money(cap)} on {bank} Bank {where}, Min Txn Value: {money(low)}"
    else:
        flat = rnd.choice([50, 100, 250, 500, 750, 1000, 1500, 2500, 3000, 5000])
        text = f"Flat {money(flat)} off on {bank} Bank {where}. Min Txn Value: {money(low)}"
    offers.append({
        "adjustment_type": "INSTANT_DISCOUNT",
        "adjustment_id": "FPO%012dB%07d" % (250701000000 + i % 1000000, i),
        "summary": text,
        "contributors": {"payment_instrument": inst, "banks": [bank],
                         "emi_months": ["0", "3", "6", "9", "12"] if "EMI_OPTIONS" in inst else ["0"],
                         "card_networks": []},
        "display_tags": ["PAYMENT_OPTIONS"],
        "image": "https://rukminim1.flixcart.com/www/128/128/promos/bank.png?q=100",
    })

payload = {"flipkartOfferApiResponse": {"response_type": "PAYMENT_OPTIONS", "token_version": "v3",
           "offer_banners": [], "offer_sections": {"PBO": {"title": "Partner offers", "offers": offers}}}}
with open(payload_path, "w") as f:
    json.dump(payload, f, ensure_ascii=False)

instruments = ["", "CREDIT", "EMI_OPTIONS", "UPI", "NET_OPTIONS", "DEBIT"]
with open(queries_path, "w") as f:
    for _ in range(20000):
        bank = rnd.choice(BANKS) if rnd.random() < 0.8 else rnd.choice(NO_OFFERS)
        low = rnd.choice(MINS)
        amount = rnd.choice([low - 1, low, low + 1, low * 2, rnd.randint(100, 200000)])
        inst = rnd.choice(instruments)
        path = f"amountToPay={amount}&bankName={bank}" + (f"&paymentInstrument={inst}" if inst else "")
        f.write(path + "\n")
