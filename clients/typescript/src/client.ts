// A small typed client of the flipkart-offers API for a checkout page. Every type comes from src/api.d.ts, which
// openapi-typescript generates from the service's own OpenAPI description (npm run generate): when the API
// changes, this file stops compiling where it no longer fits.
import createClient from "openapi-fetch";

import type { components, paths } from "./api.js";

export type HighestDiscount = components["schemas"]["HighestDiscount"];
export type BestOffers = components["schemas"]["BestOffers"];
export type RankedOffer = components["schemas"]["RankedOffer"];
export type PaymentOptions = components["schemas"]["PaymentOptions"];
export type PaymentOption = components["schemas"]["PaymentOption"];
export type IngestResult = components["schemas"]["IngestResult"];
/** Every error of the service: RFC 9457 problem details, with a detail a person can act on. */
export type Problem = components["schemas"]["Problem"];

export type DiscountQuery = paths["/highest-discount"]["get"]["parameters"]["query"];
export type BestOffersQuery = paths["/best-offers"]["get"]["parameters"]["query"];
export type PaymentOptionsQuery = paths["/payment-options"]["get"]["parameters"]["query"];
/** The canonical instrument codes; CREDIT is Flipkart's card option (credit or debit), CREDIT_CARD credit cards only. */
export type PaymentInstrument = NonNullable<DiscountQuery["paymentInstrument"]>;
export type CardNetwork = NonNullable<DiscountQuery["cardNetwork"]>;
/** What the payment page returned, as it was. */
export type PaymentPageResponse = components["schemas"]["OfferPayload"]["flipkartOfferApiResponse"];

/** An answer, or the problem the service explained instead: HTTP errors are values, not exceptions. */
export type Result<T> = { data: T; problem?: undefined } | { data?: undefined; problem: Problem };

export interface OffersClientOptions {
  /** The key for POST /offer, when the service has one (X-API-Key); reads need none. */
  apiKey?: string;
  /** Another fetch, e.g. one with a timeout or retries. */
  fetch?: (request: Request) => Promise<Response>;
}

function result<T>(answer: { data?: T; error?: Problem }, response: Response): Result<T> {
  if (answer.data !== undefined) {
    return { data: answer.data };
  }
  // a problem the service wrote, or one said for it when something in between answered without one
  return {
    problem: answer.error ?? {
      type: "about:blank",
      title: response.statusText || "Error",
      status: response.status,
      detail: `The service answered ${response.status} without a problem description.`,
      instance: new URL(response.url || "http://invalid/").pathname,
    },
  };
}

/** A client of the service at {@code baseUrl}, e.g. "http://localhost:8080". */
export function createOffersClient(baseUrl: string, options: OffersClientOptions = {}) {
  const api = createClient<paths>({ baseUrl, fetch: options.fetch });

  return {
    /** The most the shopper saves: rupees, 0 when no offer applies. */
    async highestDiscount(query: DiscountQuery): Promise<Result<HighestDiscount>> {
      const { data, error, response } = await api.GET("/highest-discount", { params: { query } });
      return result({ data, error }, response);
    },

    /** The offers that apply, best first, each with what it gives and why. */
    async bestOffers(query: BestOffersQuery): Promise<Result<BestOffers>> {
      const { data, error, response } = await api.GET("/best-offers", { params: { query } });
      return result({ data, error }, response);
    },

    /** For one amount, the best discount per bank and instrument, best first; bankName null = any bank. */
    async paymentOptions(query: PaymentOptionsQuery): Promise<Result<PaymentOptions>> {
      const { data, error, response } = await api.GET("/payment-options", { params: { query } });
      return result({ data, error }, response);
    },

    /** Learns the offers of a payment-page response (server to server: not offered to browsers). */
    async postOffer(flipkartOfferApiResponse: PaymentPageResponse): Promise<Result<IngestResult>> {
      const { data, error, response } = await api.POST("/offer", {
        body: { flipkartOfferApiResponse },
        headers: options.apiKey === undefined ? {} : { "X-API-Key": options.apiKey },
      });
      return result({ data, error }, response);
    },

    /** The underlying openapi-fetch client, typed with every path (GET /offers, GET /offers/{id}, ...). */
    api,
  };
}

export type OffersClient = ReturnType<typeof createOffersClient>;
