#!/usr/bin/env python3
"""Write throughput of a running instance: posts PAYLOADS payloads of OFFERS new offers each from CLIENTS
clients at once and prints posts/s and offers/s. Usage: writes.py URL [PAYLOADS] [OFFERS] [CLIENTS] [API_KEY]"""
import json, sys, time, urllib.request, uuid
from concurrent.futures import ThreadPoolExecutor

url = sys.argv[1].rstrip("/") + "/offer"
payloads = int(sys.argv[2]) if len(sys.argv) > 2 else 200
offers = int(sys.argv[3]) if len(sys.argv) > 3 else 30
clients = int(sys.argv[4]) if len(sys.argv) > 4 else 4
key = sys.argv[5] if len(sys.argv) > 5 else None
run = uuid.uuid4().hex[:8]

def body(p):
    items = [{"adjustment_type": "INSTANT_DISCOUNT", "adjustment_id": f"W{run}P{p}O{o}",
              "summary": f"10% off up to ₹{500 + o} on HDFC Bank Credit Card Txns, Min Txn Value: ₹5,000",
              "contributors": {"payment_instrument": ["CREDIT"], "banks": ["HDFC"], "emi_months": ["0"]}}
             for o in range(offers)]
    return json.dumps({"flipkartOfferApiResponse": {"offer_sections": {"PBO": {"offers": items}}}}).encode()

bodies = [body(p) for p in range(payloads)]

def post(b):
    headers = {"Content-Type": "application/json"}
    if key:
        headers["X-API-Key"] = key
    with urllib.request.urlopen(urllib.request.Request(url, data=b, headers=headers)) as r:
        return json.load(r)["noOfNewOffersCreated"]

start = time.time()
with ThreadPoolExecutor(clients) as pool:
    created = sum(pool.map(post, bodies))
took = time.time() - start
print(f"{payloads} posts of {offers} new offers from {clients} clients: {took:.2f}s, "
      f"{payloads / took:.0f} posts/s, {created / took:.0f} offers/s (created {created})")
