// A checkout page's use of the client, as the README shows it: post a payment page's offers, then ask what the
// shopper saves and which way to pay is best. Every call gives data or a Problem, never an exception. Run it
// against a service: npm run compile && npm run example -- <baseUrl>
import { createOffersClient, type PaymentInstrument, type PaymentPageResponse } from "../src/client.js";

const baseUrl = process.argv[2] ?? "http://localhost:8080";
// 503 and 429 are retried (3 attempts, as Retry-After says); POST /offer is sent once unless retryPost is asked
const offers = createOffersClient(baseUrl, { apiKey: process.env.OFFERS_API_KEY });
// what a checkout page waits for an answer, at most
const quickly = () => ({ signal: AbortSignal.timeout(5000) });

// Three offers of a real capture (real-08): a debit-card offer Flipkart files under its card option (CREDIT), a
// credit-card cashback, and a UPI cashback tied to no bank.
const paymentPage: PaymentPageResponse = {
  offer_sections: {
    PBO: {
      offers: [
        {
          adjustment_type: "INSTANT_DISCOUNT",
          adjustment_id: "FPO250626182451RYQC7",
          summary: "5% off up to ₹750 on IDFC FIRST Power Women Platinum and Signature DebitCards. Min Txn Value: ₹5,000",
          contributors: { payment_instrument: ["CREDIT"], banks: ["IDFC"], emi_months: ["0"], card_networks: [] },
        },
        {
          adjustment_type: "CASHBACK_ON_CARD",
          adjustment_id: "FPO250619134128USHPF",
          summary: "5% cashback on Flipkart Axis Bank Credit Card upto ₹4,000 per statement quarter",
          contributors: { payment_instrument: ["CREDIT"], banks: ["FLIPKARTAXISBANK"], emi_months: ["0"], card_networks: [] },
        },
        {
          adjustment_type: "CASHBACK_ON_CARD",
          adjustment_id: "FPO250626172916JI4VZ",
          summary: "Flat ₹10 Cashback on Paytm UPI Trxns. Min Order Value ₹500. Valid once per Paytm account",
          contributors: { payment_instrument: ["UPI_COLLECT", "UPI_INTENT"], banks: [], emi_months: ["0"], card_networks: [] },
        },
      ],
    },
  },
};

const learned = await offers.postOffer(paymentPage, { retry: { retryPost: true } }); // posting again is safe
if (learned.problem) {
  throw new Error(`POST /offer refused: ${learned.problem.detail}`);
}
console.log(`learned ${learned.data.noOfOffersIdentified} offers, ${learned.data.noOfNewOffersCreated} new`);

// CREDIT is Flipkart's card option (credit or debit cards); CREDIT_CARD means credit cards only
for (const paymentInstrument of ["CREDIT", "CREDIT_CARD"] satisfies PaymentInstrument[]) {
  const best = await offers.highestDiscount({ amountToPay: 20000, bankName: "IDFC", paymentInstrument }, quickly());
  if (best.problem) {
    console.log(`refused (${best.problem.type}): ${best.problem.detail}`);
  } else {
    console.log(`IDFC ${paymentInstrument} on ₹20000: save ₹${best.data.highestDiscountAmount}`);
  }
}

// asked again, the same answer comes back as a 304: the client sends the ETag it kept and gives the kept data
const again = await offers.highestDiscount({ amountToPay: 20000, bankName: "IDFC", paymentInstrument: "CREDIT" });
if (again.data) {
  console.log(`again: ${again.status}, ${again.fromCache ? "the kept copy" : "a new answer"}: save ₹${again.data.highestDiscountAmount}`);
}

const ranked = await offers.bestOffers({ amountToPay: 600, bankName: "HDFC", limit: 5 }, quickly());
if (ranked.data) {
  // no instrument asked: every way to pay, so the answer names none
  const asked = ranked.data.paymentInstrument ?? "any way to pay";
  for (const offer of ranked.data.offers) {
    console.log(`HDFC, ${asked}, ₹600: ${offer.offerId} gives ₹${offer.discountAmount} (${offer.why})`);
  }
}

const options = await offers.paymentOptions({ amountToPay: 600 }, quickly());
if (options.data) {
  for (const option of options.data.options) {
    console.log(`pay ₹600 by ${option.bankName ?? "any bank"} ${option.paymentInstrument}: save ₹${option.highestDiscountAmount}`);
  }
}

// what the service refuses comes back as a problem to show, with the request id to quote in a support ticket
const refused = await offers.highestDiscount({ amountToPay: 0, bankName: "HDFC" }, { requestId: "checkout-example-1" });
if (refused.problem) {
  console.log(`refused (${refused.problem.status}, request ${refused.requestId}): ${refused.problem.detail}`);
}
