// The client against stubs of the service and of a proxy in front of it: every outcome is data or a typed
// Problem, with the answer's headers; 304s give the kept data back; 503 and 429 are retried as Retry-After says;
// an AbortSignal stops a call. npm test runs it (TypeScriptClientIT runs npm test in ./mvnw verify).
import assert from "node:assert/strict";
import { after, describe, test } from "node:test";

import { ClientProblemType, createOffersClient, type Result } from "../src/client.js";
import { json, problem, raw, refusingUrl, stub, type Stub } from "./stub.js";

const query = { amountToPay: 20000, bankName: "IDFC" };
const page = { offer_sections: {} };
const html503 = raw(503, { "Content-Type": "text/html", "X-Request-Id": "proxy-1" },
  "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>");

const stubs: Stub[] = [];
async function serve(...answers: Parameters<typeof stub>): Promise<Stub> {
  const one = await stub(...answers);
  stubs.push(one);
  return one;
}
after(() => Promise.all(stubs.map((one) => one.close())));

/** The problem of an outcome that must be one. */
function problemOf<T>(result: Result<T>) {
  assert.ok(result.problem, `expected a problem, got data ${JSON.stringify(result.data)}`);
  return result.problem;
}

/** The data of an outcome that must have some. */
function dataOf<T>(result: Result<T>): T {
  assert.ok(result.problem === undefined, `expected data, got the problem ${JSON.stringify(result.problem)}`);
  return result.data;
}

describe("every outcome is data or a typed Problem", () => {
  test("connection refused is a network-error problem, not a TypeError", async () => {
    const url = await refusingUrl();
    const result = await createOffersClient(url).highestDiscount(query, { requestId: "checkout-1" });
    const refused = problemOf(result);
    assert.equal(refused.type, ClientProblemType.networkError);
    assert.equal(refused.type, "urn:flipkart-offers:client:network-error");
    assert.equal(refused.status, 0);
    assert.equal(refused.instance, "/highest-discount");
    assert.match(refused.detail, /^No answer from http:\/\/127\.0\.0\.1:\d+: fetch failed: .*ECONNREFUSED/);
    assert.deepEqual({ ...result, problem: undefined }, {
      status: 0, etag: null, retryAfter: null, requestId: "checkout-1", attempts: 1, fromCache: false,
      problem: undefined,
    });
  });

  test("an HTML 503 from a proxy is an unexpected-response problem with the answer's status and headers", async () => {
    const proxy = await serve(html503);
    const result = await createOffersClient(proxy.url, { retry: false }).highestDiscount(query);
    const refused = problemOf(result);
    assert.equal(refused.type, ClientProblemType.unexpectedResponse);
    assert.equal(refused.status, 503);
    assert.equal(refused.title, "Unexpected response");
    assert.equal(refused.instance, "/highest-discount");
    assert.equal(refused.detail, "The service answered 503 Service Unavailable (text/html) without a problem "
      + "description: a proxy or gateway may have answered instead of the service.");
    assert.equal(result.status, 503);
    assert.equal(result.requestId, "proxy-1");
    assert.equal(proxy.received.length, 1);
  });

  test("a 200 that is not JSON (a captive portal's page) is an unexpected-response problem", async () => {
    const portal = await serve(raw(200, { "Content-Type": "text/html" }, "<html>Sign in to the Wi-Fi</html>"));
    const refused = problemOf(await createOffersClient(portal.url).bestOffers(query));
    assert.equal(refused.type, ClientProblemType.unexpectedResponse);
    assert.equal(refused.status, 200);
    assert.match(refused.detail, /^The service answered 200 OK \(text\/html\) with a body the client cannot read: /);
  });

  test("a JSON error body that is not a problem is an unexpected-response problem", async () => {
    const gateway = await serve(json(502, { message: "upstream connect error" }));
    const refused = problemOf(await createOffersClient(gateway.url).paymentOptions({ amountToPay: 600 }));
    assert.equal(refused.type, ClientProblemType.unexpectedResponse);
    assert.equal(refused.status, 502);
  });

  test("the service's problem comes back as the service wrote it", async () => {
    const service = await serve(problem(400, "invalid-parameter", "amountToPay must be greater than 0; got \"0\".",
      { "X-Request-Id": "abc-7" }));
    const result = await createOffersClient(service.url).highestDiscount({ amountToPay: 0, bankName: "HDFC" });
    assert.deepEqual(problemOf(result), {
      type: "urn:flipkart-offers:problem:invalid-parameter",
      title: "invalid-parameter",
      status: 400,
      detail: "amountToPay must be greater than 0; got \"0\".",
      instance: "/highest-discount",
    });
    assert.equal(result.requestId, "abc-7");
    assert.equal(result.attempts, 1);
  });
});

describe("ETag, Retry-After and X-Request-Id", () => {
  test("are on a data outcome, and the requestId given is sent as X-Request-Id", async () => {
    const service = await serve((response, received) => {
      response.writeHead(200, {
        "Content-Type": "application/json",
        ETag: 'W/"7.1-abc"',
        "X-Request-Id": String(received.headers["x-request-id"]),
      });
      response.end(JSON.stringify({ highestDiscountAmount: 750 }));
    });
    const result = await createOffersClient(service.url).highestDiscount(query, { requestId: "cart-42" });
    assert.deepEqual(result, {
      status: 200, etag: 'W/"7.1-abc"', retryAfter: null, requestId: "cart-42", attempts: 1, fromCache: false,
      data: { highestDiscountAmount: 750 },
    });
    assert.equal(service.received[0]?.url, "/highest-discount?amountToPay=20000&bankName=IDFC");
  });

  test("are on a problem outcome, Retry-After in seconds or as a date", async () => {
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    const service = await serve(
      problem(503, "store-unavailable", "The offer store is unavailable.", { "Retry-After": "30", "X-Request-Id": "r-1" }),
      problem(429, "too-many-uploads", "Too many uploads at once.", { "Retry-After": inTwoMinutes }),
    );
    const offers = createOffersClient(service.url, { retry: false });
    const unavailable = await offers.highestDiscount(query);
    assert.equal(problemOf(unavailable).type, "urn:flipkart-offers:problem:store-unavailable");
    assert.equal(unavailable.retryAfter, 30);
    assert.equal(unavailable.requestId, "r-1");
    assert.equal(unavailable.etag, null);
    const busy = await offers.postOffer(page);
    assert.equal(problemOf(busy).status, 429);
    assert.ok(busy.retryAfter !== null && busy.retryAfter >= 118 && busy.retryAfter <= 120, `${busy.retryAfter}`);
  });
});

describe("304 Not Modified", () => {
  test("gives back the kept data: the last ETag is sent as If-None-Match", async () => {
    const service = await serve(
      json(200, { highestDiscountAmount: 750 }, { ETag: '"v1"', "X-Request-Id": "first" }),
      raw(304, { ETag: '"v1"', "X-Request-Id": "second" }),
    );
    const offers = createOffersClient(service.url);
    const first = await offers.highestDiscount(query);
    assert.deepEqual(dataOf(first), { highestDiscountAmount: 750 });
    assert.equal(first.fromCache, false);
    const second = await offers.highestDiscount(query);
    assert.deepEqual(second, {
      status: 304, etag: '"v1"', retryAfter: null, requestId: "second", attempts: 1, fromCache: true,
      data: { highestDiscountAmount: 750 },
    });
    assert.equal(service.received[0]?.headers["if-none-match"], undefined);
    assert.equal(service.received[1]?.headers["if-none-match"], '"v1"');
    // a copy each time: changing one answer does not change the next
    assert.notEqual(first.data, second.data);
  });

  test("is per URL: another query sends no If-None-Match", async () => {
    const service = await serve(json(200, { highestDiscountAmount: 10 }, { ETag: '"a"' }));
    const offers = createOffersClient(service.url);
    await offers.highestDiscount(query);
    await offers.highestDiscount({ ...query, amountToPay: 600 });
    await offers.highestDiscount(query);
    assert.deepEqual(service.received.map((one) => one.headers["if-none-match"]), [undefined, undefined, '"a"']);
  });

  test("with no kept copy is an unexpected-response problem", async () => {
    const service = await serve(raw(304, { ETag: '"v1"' }));
    const result = await createOffersClient(service.url, { cacheSize: 0 }).highestDiscount(query);
    const refused = problemOf(result);
    assert.equal(refused.type, ClientProblemType.unexpectedResponse);
    assert.equal(refused.status, 304);
    assert.equal(result.etag, '"v1"');
  });

  test("the kept copies are at most cacheSize, the least recently used dropped first", async () => {
    const service = await serve((response, received) => {
      response.writeHead(200, { "Content-Type": "application/json", ETag: `"${received.url}"` });
      response.end(JSON.stringify({ highestDiscountAmount: 1 }));
    });
    const offers = createOffersClient(service.url, { cacheSize: 2 });
    for (const amountToPay of [1, 2, 1, 3, 1, 2]) {
      await offers.highestDiscount({ amountToPay, bankName: "X" });
    }
    // 1 and 2 kept; 1 used again; 3 drops 2; 1 kept; 2 was dropped
    assert.deepEqual(service.received.map((one) => one.headers["if-none-match"] !== undefined),
      [false, false, true, false, true, false]);
  });
});

describe("retries of 503 and 429", () => {
  test("Retry-After: 1 is waited for, then the call is sent again and gives the data", async () => {
    const service = await serve(
      problem(503, "store-unavailable", "The offer store is unavailable.", { "Retry-After": "1" }),
      json(200, { highestDiscountAmount: 750 }, { "X-Request-Id": "after" }),
    );
    const started = performance.now();
    const result = await createOffersClient(service.url).highestDiscount(query);
    assert.deepEqual(dataOf(result), { highestDiscountAmount: 750 });
    assert.equal(result.attempts, 2);
    assert.equal(result.requestId, "after");
    assert.equal(service.received.length, 2);
    const waited = (service.received[1]?.at ?? 0) - (service.received[0]?.at ?? 0);
    assert.ok(waited >= 990, `retried after ${waited} ms, before Retry-After's second`);
    assert.ok(performance.now() - started < 5000);
  });

  test("a 429 is retried too", async () => {
    const service = await serve(raw(429, { "Retry-After": "0" }), json(200, { highestDiscountAmount: 5 }));
    const result = await createOffersClient(service.url).highestDiscount(query);
    assert.deepEqual(dataOf(result), { highestDiscountAmount: 5 });
    assert.equal(result.attempts, 2);
  });

  test("without Retry-After, waits grow from baseDelayMs, up to attempts requests", async () => {
    const proxy = await serve(html503);
    const result = await createOffersClient(proxy.url, { retry: { attempts: 4, baseDelayMs: 40, maxDelayMs: 1000 } })
      .highestDiscount(query);
    assert.equal(problemOf(result).type, ClientProblemType.unexpectedResponse);
    assert.equal(result.attempts, 4);
    assert.equal(proxy.received.length, 4);
    const at = proxy.received.map((one) => one.at);
    // with jitter, each wait is between half and all of 40, 80, 160 ms
    for (const [i, least] of [20, 40, 80].entries()) {
      const waited = (at[i + 1] ?? 0) - (at[i] ?? 0);
      assert.ok(waited >= least - 5, `wait ${i + 1} was ${waited} ms`);
    }
  });

  test("a Retry-After longer than maxDelayMs is not waited for: the outcome says when to come back", async () => {
    const service = await serve(raw(503, { "Retry-After": "60" }), json(200, { highestDiscountAmount: 1 }));
    const started = performance.now();
    const result = await createOffersClient(service.url).highestDiscount(query);
    assert.equal(problemOf(result).status, 503);
    assert.equal(result.retryAfter, 60);
    assert.equal(result.attempts, 1);
    assert.ok(performance.now() - started < 1000);
  });

  test("POST is sent once by default, and retried when retryPost is asked", async () => {
    const busy = problem(503, "outcome-unknown", "The write may be stored; posting it again is safe.",
      { "Retry-After": "0" });
    const once = await serve(busy, json(200, { noOfOffersIdentified: 0, noOfNewOffersCreated: 0 }));
    const sentOnce = await createOffersClient(once.url).postOffer(page);
    assert.equal(problemOf(sentOnce).type, "urn:flipkart-offers:problem:outcome-unknown");
    assert.equal(sentOnce.attempts, 1);
    assert.equal(once.received.length, 1);

    const asked = await serve(busy, json(200, { noOfOffersIdentified: 0, noOfNewOffersCreated: 0 }));
    const retried = await createOffersClient(asked.url, { apiKey: "k" }).postOffer(page, { retry: { retryPost: true } });
    assert.deepEqual(dataOf(retried), { noOfOffersIdentified: 0, noOfNewOffersCreated: 0 });
    assert.equal(retried.attempts, 2);
    assert.deepEqual(asked.received.map((one) => [one.method, one.headers["x-api-key"], one.body]), [
      ["POST", "k", '{"flipkartOfferApiResponse":{"offer_sections":{}}}'],
      ["POST", "k", '{"flipkartOfferApiResponse":{"offer_sections":{}}}'],
    ]);
  });

  test("retry: false on a call sends it once", async () => {
    const service = await serve(raw(503, { "Retry-After": "0" }), json(200, { highestDiscountAmount: 1 }));
    const result = await createOffersClient(service.url).highestDiscount(query, { retry: false });
    assert.equal(problemOf(result).status, 503);
    assert.equal(service.received.length, 1);
  });
});

describe("AbortSignal", () => {
  test("aborts a call waiting for its answer: an aborted problem", async () => {
    const silent = await serve("hang");
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const result = await createOffersClient(silent.url).highestDiscount(query, { signal: controller.signal });
    const aborted = problemOf(result);
    assert.equal(aborted.type, ClientProblemType.aborted);
    assert.equal(aborted.status, 0);
    assert.equal(result.attempts, 1);
    assert.ok(performance.now() - started < 2000);
  });

  test("aborts the wait before a retry", async () => {
    const service = await serve(raw(503, { "Retry-After": "3" }), json(200, { highestDiscountAmount: 1 }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const result = await createOffersClient(service.url).highestDiscount(query, { signal: controller.signal });
    assert.equal(problemOf(result).type, ClientProblemType.aborted);
    assert.equal(service.received.length, 1);
    assert.ok(performance.now() - started < 2000);
  });

  test("an aborted signal sends nothing", async () => {
    const service = await serve(json(200, { highestDiscountAmount: 1 }));
    const result = await createOffersClient(service.url).highestDiscount(query, { signal: AbortSignal.abort() });
    assert.equal(problemOf(result).type, ClientProblemType.aborted);
    assert.equal(service.received.length, 0);
  });

  test("AbortSignal.timeout gives a timeout problem", async () => {
    const silent = await serve("hang");
    const result = await createOffersClient(silent.url).bestOffers(query, { signal: AbortSignal.timeout(50) });
    const late = problemOf(result);
    assert.equal(late.type, ClientProblemType.timeout);
    assert.equal(late.status, 0);
  });
});
