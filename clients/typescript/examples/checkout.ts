// A checkout page's use of the client, as the README shows it: post a payment page's offers, then ask what the
// shopper saves and which way to pay is best. Run it against a service: node dist/examples/checkout.js <baseUrl>
import { createOffersClient, type PaymentInstrument, type PaymentPageResponse } from "../src/client.js";

const baseUrl = process.argv[2] ?? "http://localhost:8080";
const offers = createOffersClient(baseUrl, { apiKey: process.env.OFFERS_API_KEY });

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

const learned = await offers.postOffer(paymentPage);
if (learned.problem) {
  throw new Error(`POST /offer refused: ${learned.problem.detail}`);
}
console.log(`learned ${learned.data.noOfOffersIdentified} offers, ${learned.data.noOfNewOffersCreated} new`);

// CREDIT is Flipkart's card option (credit or debit cards); CREDIT_CARD means credit cards only
for (const paymentInstrument of ["CREDIT", "CREDIT_CARD"] satisfies PaymentInstrument[]) {
  const best = await offers.highestDiscount({ amountToPay: 20000, bankName: "IDFC", paymentInstrument });
  if (best.problem) {
    console.log(`refused: ${best.problem.detail}`);
  } else {
    console.log(`IDFC ${paymentInstrument} on ₹20000: save ₹${best.data.highestDiscountAmount}`);
  }
}

const ranked = await offers.bestOffers({ amountToPay: 600, bankName: "HDFC", limit: 5 });
if (ranked.data) {
  // no instrument asked: every way to pay, so the answer names none
  const asked = ranked.data.paymentInstrument ?? "any way to pay";
  for (const offer of ranked.data.offers) {
    console.log(`HDFC, ${asked}, ₹600: ${offer.offerId} gives ₹${offer.discountAmount} (${offer.why})`);
  }
}

const options = await offers.paymentOptions({ amountToPay: 600 });
if (options.data) {
  for (const option of options.data.options) {
    console.log(`pay ₹600 by ${option.bankName ?? "any bank"} ${option.paymentInstrument}: save ₹${option.highestDiscountAmount}`);
  }
}

// what the service refuses comes back as a problem to show, not as an exception
const refused = await offers.highestDiscount({ amountToPay: 0, bankName: "HDFC" });
if (refused.problem) {
  console.log(`refused (${refused.problem.status}): ${refused.problem.detail}`);
}
