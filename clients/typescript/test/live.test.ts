// The client against a running service, when OFFERS_URL names one (TypeScriptClientIT sets it to the service it
// starts): a real call gives data with its ETag, the same call again is a 304 that gives the same data back, and
// the service's problems come back typed. Skipped without OFFERS_URL.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";

import { createOffersClient } from "../src/client.js";

const baseUrl = process.env.OFFERS_URL || undefined;
const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { apiVersion: string };

describe("against the service at OFFERS_URL", { skip: baseUrl === undefined && "OFFERS_URL is not set" }, () => {
  const offers = createOffersClient(baseUrl ?? "http://localhost:8080");

  test("a call gives data with an ETag; the same call again is a 304 that gives the same data back", async () => {
    const query = { amountToPay: 20000, bankName: "IDFC", paymentInstrument: "CREDIT" } as const;
    const first = await offers.highestDiscount(query, { requestId: "ts-live-1" });
    assert.equal(first.problem, undefined, JSON.stringify(first.problem));
    assert.equal(typeof first.data?.highestDiscountAmount, "number");
    assert.equal(first.status, 200);
    assert.match(first.etag ?? "", /^(W\/)?".+"$/);
    assert.equal(first.requestId, "ts-live-1");
    assert.equal(first.fromCache, false);

    const second = await offers.highestDiscount(query, { requestId: "ts-live-2" });
    assert.deepEqual(second, { ...first, status: 304, requestId: "ts-live-2", fromCache: true });
  });

  test("the service's own problem comes back typed, with the request id", async () => {
    const refused = await offers.highestDiscount({ amountToPay: 0, bankName: "HDFC" });
    assert.equal(refused.problem?.type, "urn:flipkart-offers:problem:invalid-parameter");
    assert.equal(refused.problem?.status, 400);
    assert.equal(refused.problem?.instance, "/highest-discount");
    assert.equal(refused.status, 400);
    assert.match(refused.requestId ?? "", /^[\w.-]+$/);
  });

  test("its description's info.version is the package's apiVersion", async () => {
    const description = (await (await fetch(`${baseUrl}/v3/api-docs`)).json()) as { info: { version: string } };
    assert.equal(description.info.version, pkg.apiVersion);
  });
});
