#!/usr/bin/env node
// Checks that a running service answers what its own OpenAPI description says, with Stoplight Prism (from this
// folder's lockfile: run npm ci first) as a validating proxy in front of it. CI runs it against the live service
// (ContractConformanceIT). Needs a service started with an API key and the default limits
// (offers.max-body-size 5MB, offers.max-offers-per-payload 10000).
//
//   OFFERS_API_KEY=<the service's key> node scripts/prism-check.mjs [http://localhost:8080]
//
// Two proxies, both validating requests and responses against <service>/v3/api-docs:
// - "allowed" calls go through `prism proxy --errors`: each must reach the service (Prism answers itself when the
//   request breaks the description) and come back with no violation, warnings included. Errors the description
//   cannot rule out (a wrong key, an unknown id, a body too large) are here too.
// - "refused" calls break the description (an amount of -5, an instrument outside the enum) and go through a
//   proxy without --errors, which forwards them: Prism must flag the request, and the service's answer (a
//   problem) must still match the description.
// Exit status 0 when every call passes.
import { spawn } from "node:child_process";
import { request } from "node:http";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const service = (process.argv[2] ?? "http://localhost:8080").replace(/\/$/, "");
const apiKey = process.env.OFFERS_API_KEY;
if (!apiKey) {
  console.error("Set OFFERS_API_KEY to the key the service was started with (offers.api-key).");
  process.exit(2);
}
const strictPort = Number(process.env.PRISM_PORT ?? 4010);
const lenientPort = strictPort + 1;

const json = { "Content-Type": "application/json" };
const key = { ...json, "X-API-Key": apiKey };
const wrap = (response) => JSON.stringify({ flipkartOfferApiResponse: response });
const sample = {
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
          adjustment_id: "FPO250626172916JI4VZ",
          summary: "Flat ₹10 Cashback on Paytm UPI Trxns. Min Order Value ₹500. Valid once per Paytm account",
          contributors: { payment_instrument: ["UPI_COLLECT", "UPI_INTENT"], banks: [], emi_months: ["0"], card_networks: [] },
        },
        {
          adjustment_type: "INSTANT_DISCOUNT",
          adjustment_id: "FPO-PRISM-EMI",
          summary: "10% off up to ₹1,500 on HDFC Bank Credit Card EMI on 9 months and above tenure. Min Txn Value: ₹5,000",
          contributors: { payment_instrument: ["EMI_OPTIONS"], banks: ["HDFC"], emi_months: ["9", "12"], card_networks: [] },
        },
      ],
    },
  },
};
const offers = (n, prefix) => ({
  offer_sections: {
    PBO: {
      offers: Array.from({ length: n }, (_, i) => ({
        adjustment_id: `${prefix}${i}`,
        summary: `${1 + (i % 20)}% off up to ₹500 on HDFC Bank Credit Card. Min Txn Value: ₹5,000`,
        contributors: { payment_instrument: ["CREDIT"], banks: ["HDFC"] },
      })),
    },
  },
});

// [kind, expected status, method, path, headers, body]
const calls = [
  ["allowed", 200, "POST", "/offer", key, wrap(sample)],
  ["allowed", 200, "POST", "/offer", key, wrap(sample)],
  ["allowed", 200, "POST", "/offer", key, wrap({})],
  ["allowed", 200, "GET", "/highest-discount?amountToPay=80000&bankName=HDFC"],
  ["allowed", 200, "GET", "/highest-discount?amountToPay=20000&bankName=IDFC&paymentInstrument=CREDIT"],
  ["allowed", 200, "GET", "/highest-discount?amountToPay=80000&bankName=HDFC&paymentInstrument=EMI_OPTIONS&emiMonths=9&cardNetwork=VISA&includeProductOffers=true"],
  ["allowed", 200, "GET", "/highest-discount?amountToPay=12340.50&bankName=Bank%20of%20Atlantis"],
  ["allowed", 200, "GET", "/best-offers?amountToPay=600&bankName=HDFC"],
  ["allowed", 200, "GET", "/highest-discount?amountToPay=600&bankName=HDFC&paymentInstrument=UPI&unconditionalOnly=true"],
  ["allowed", 200, "GET", "/best-offers?amountToPay=20000&bankName=IDFC&paymentInstrument=DEBIT&emiMonths=3&cardNetwork=RUPAY&limit=5&includeProductOffers=false"],
  ["allowed", 200, "GET", "/payment-options?amountToPay=600"],
  ["allowed", 200, "GET", "/payment-options?amountToPay=80000&limit=1&includeProductOffers=true"],
  ["allowed", 200, "GET", "/discount-curve?bankName=HDFC&paymentInstrument=EMI_OPTIONS"],
  ["allowed", 200, "GET", "/discount-curve?bankName=IDFC&paymentInstrument=CREDIT&emiMonths=3&cardNetwork=RUPAY&includeProductOffers=true"],
  ["allowed", 200, "GET", "/discount-curve?bankName=Bank%20of%20Atlantis"],
  ["allowed", 200, "GET", "/offers"],
  ["allowed", 200, "GET", "/offers?bankName=IDFC&paymentInstrument=CREDIT&active=true&page=0&size=2"],
  ["allowed", 200, "GET", "/offers?page=100000&size=100"],
  ["allowed", 200, "GET", "/offers/FPO250626182451RYQC7"],
  ["allowed", 200, "GET", "/offers/FPO-PRISM-EMI"],
  ["allowed", 404, "GET", "/offers/FPO-NOT-THERE"],
  ["allowed", 200, "GET", "/offers?status=ACTIVE&size=2"],
  ["allowed", 204, "DELETE", "/offers/FPO-PRISM-EMI", key],
  ["allowed", 204, "DELETE", "/offers/FPO-PRISM-EMI", key],
  ["allowed", 200, "GET", "/offers?status=WITHDRAWN"],
  ["allowed", 404, "DELETE", "/offers/FPO-NOT-THERE", key],
  ["allowed", 401, "POST", "/offer", { ...json, "X-API-Key": `${apiKey}-wrong` }, wrap(sample)],
  ["allowed", 406, "GET", "/highest-discount?amountToPay=100&bankName=HDFC", { Accept: "text/html" }],
  ["allowed", 400, "GET", "/payment-options?amountToPay=100", { Accept: "not a media type" }],
  ["allowed", 431, "GET", "/offers", { "X-Padding": "a".repeat(10_000) }],
  // sent to the service itself, headers only: it answers 413 on the declared length before reading the body and
  // closes the connection, which a proxy still writing that body reports as a failure of its own
  ["direct", 413, "POST", "/offer", key, wrap({ padding: "a".repeat(6 * 1024 * 1024) })],
  ["allowed", 422, "POST", "/offer", key, wrap(offers(10_001, "FPO-PRISM-MANY-"))],
  ["refused", 400, "GET", "/highest-discount?amountToPay=-5&bankName=HDFC"],
  ["refused", 400, "GET", "/highest-discount?amountToPay=abc&bankName=HDFC"],
  ["refused", 400, "GET", "/highest-discount?amountToPay=1000000000.01&bankName=HDFC"],
  ["refused", 400, "GET", "/highest-discount?amountToPay=100"],
  ["refused", 400, "GET", "/highest-discount?amountToPay=100&bankName=HDFC&paymentInstrument=BITCOIN"],
  ["refused", 400, "GET", "/highest-discount?amountToPay=100&bankName=HDFC&cardNetwork=DISCOVER"],
  ["refused", 400, "GET", "/highest-discount?amountToPay=100&bankName=HDFC&emiMonths=61"],
  ["refused", 400, "GET", "/highest-discount?amountToPay=100&bankName=HDFC&includeProductOffers=maybe"],
  ["refused", 400, "GET", "/payment-options?amountToPay=100&unconditionalOnly=sometimes"],
  ["refused", 400, "GET", "/best-offers?amountToPay=100&bankName=HDFC&limit=101"],
  ["refused", 400, "GET", "/best-offers?amountToPay=100&bankName=HDFC%3Bdrop"],
  ["refused", 400, "GET", "/payment-options?amountToPay=100&limit=0"],
  ["refused", 400, "GET", "/payment-options"],
  ["refused", 400, "GET", "/discount-curve?bankName=HDFC&paymentInstrument=BITCOIN"],
  ["refused", 400, "GET", "/discount-curve?paymentInstrument=CREDIT"],
  ["refused", 400, "GET", "/discount-curve?bankName=HDFC&emiMonths=0"],
  ["refused", 400, "GET", "/offers?size=1000"],
  ["refused", 400, "GET", "/offers?page=-1&active=maybe"],
  ["refused", 400, "GET", "/offers?paymentInstrument=GIFT_CARD"],
  ["refused", 400, "GET", "/offers?status=stale"],
  ["refused", 401, "DELETE", "/offers/FPO250626182451RYQC7"],
  // aliases keep working; the description lists canonical codes only and names the aliases in its text
  ["refused", 200, "GET", "/highest-discount?amountToPay=20000&bankName=IDFC&paymentInstrument=debit%20card"],
  ["refused", 401, "POST", "/offer", json, wrap(sample)],
  ["refused", 400, "POST", "/offer", key, JSON.stringify({ flipkartOfferApiResponse: "a string" })],
  // a list of offers under the wrapper is read as offers
  ["allowed", 200, "POST", "/offer", key, JSON.stringify({ flipkartOfferApiResponse: [] })],
  ["refused", 400, "POST", "/offer", key, JSON.stringify({ somethingElse: {} })],
  ["refused", 415, "POST", "/offer", { "Content-Type": "text/plain", "X-API-Key": apiKey }, wrap(sample)],
];

// the description read once into a file: Prism 5 fails on Node 20 when it fetches one over HTTP itself
const description = join(mkdtempSync(join(tmpdir(), "prism-check-")), "api-docs.json");
writeFileSync(description, await (await fetch(`${service}/v3/api-docs`)).text());

function prism(port, errors) {
  const args = ["--no-install", "prism", "proxy", ...(errors ? ["--errors"] : []), "-p", String(port),
    description, service];
  // its own process group, so that stopping it also stops what npx started
  const child = spawn("npx", args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start:\n${log}`)), 180_000);
    const read = (chunk) => {
      log += chunk;
      if (log.includes("Prism is listening")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => reject(new Error(`Prism exited with ${code}:\n${log}`)));
  });
  return { ready, stop: () => { try { process.kill(-child.pid, "SIGTERM"); } catch { /* already gone */ } } };
}

/**
 * Sends the headers of a request declaring a body of {@code length} bytes, and no body: the service refuses an
 * over-long body on its declared length, before reading it, so the answer comes whatever the client would send.
 */
function declaredOnly(method, path, headers, length) {
  return new Promise((resolve, reject) => {
    const req = request(`${service}${path}`, { method, headers: { ...headers, "Content-Length": String(length) } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => { text += chunk; });
        res.on("end", () => {
          req.destroy();
          resolve({ status: res.statusCode, type: res.headers["content-type"], text });
        });
      });
    req.on("error", reject);
    req.flushHeaders();
  });
}

/** A call Prism cannot proxy: its status must be one the description lists, its body a problem of that status. */
async function direct([kind, expected, method, path, headers = {}, body]) {
  const problems = [];
  let status = 0;
  try {
    const response = await declaredOnly(method, path, headers, Buffer.byteLength(body));
    status = response.status;
    const text = response.text;
    const documented = JSON.parse(readFileSync(description, "utf8")).paths[path]?.[method.toLowerCase()]?.responses ?? {};
    if (status !== expected) {
      problems.push(`status ${status}, expected ${expected}`);
    }
    if (!(String(status) in documented)) {
      problems.push(`the description lists no ${status} for ${method} ${path}`);
    }
    if (!(response.type ?? "").startsWith("application/problem+json")
        || JSON.parse(text).status !== status) {
      problems.push(`not a problem of status ${status}: ${text.slice(0, 200)}`);
    }
  } catch (error) {
    problems.push(`no answer: ${error}`);
  }
  console.log(`${problems.length ? "FAIL" : "ok  "} ${kind.padEnd(7)} ${method.padEnd(4)} ${path} -> ${status}`);
  for (const problem of problems) {
    console.log(`       ${problem}`);
  }
  return { kind: "allowed", problems, responseViolations: 0, requestViolations: 0 };
}

async function call([kind, expected, method, path, headers = {}, body]) {
  if (kind === "direct") {
    return direct([kind, expected, method, path, headers, body]);
  }
  const port = kind === "allowed" ? strictPort : lenientPort;
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers, body });
  const text = await response.text();
  let type = "";
  try {
    type = JSON.parse(text).type ?? "";
  } catch {
    // not JSON
  }
  const header = response.headers.get("sl-violations");
  const violations = header ? JSON.parse(header.replace(/^Too many violations! /, "")) : [];
  const request = violations.filter((v) => v.location[0] === "request");
  const answer = violations.filter((v) => v.location[0] === "response");
  const problems = [];
  // Prism's own answers carry a type of its own: the request never reached the service
  if (String(type).startsWith("https://stoplight.io/prism/")) {
    problems.push(`answered by Prism, not the service: ${text.slice(0, 400)}`);
  }
  if (response.status !== expected) {
    problems.push(`status ${response.status}, expected ${expected}`);
  }
  if (kind === "allowed" && request.length > 0) {
    problems.push(`the description refuses this request: ${JSON.stringify(request)}`);
  }
  if (kind === "refused" && request.length === 0) {
    problems.push("the description does not refuse this request");
  }
  if (answer.length > 0) {
    problems.push(`the answer breaks the description: ${JSON.stringify(answer)}`);
  }
  const shown = path.length > 90 ? `${path.slice(0, 87)}...` : path;
  console.log(`${problems.length ? "FAIL" : "ok  "} ${kind.padEnd(7)} ${method.padEnd(4)} ${shown} -> ${response.status}`
    + (request.length && kind === "refused" ? ` (flagged: ${request.map((v) => v.location.slice(1).join(".") || v.message).join("; ")})` : ""));
  for (const problem of problems) {
    console.log(`       ${problem}`);
  }
  return { kind, problems, responseViolations: answer.length, requestViolations: request.length };
}

const proxies = [prism(strictPort, true), prism(lenientPort, false)];
let failed = 1;
try {
  await Promise.all(proxies.map((p) => p.ready));
  const results = [];
  for (const c of calls) {
    results.push(await call(c));
  }
  const allowed = results.filter((r) => r.kind === "allowed");
  const refused = results.filter((r) => r.kind === "refused");
  const violations = results.reduce((n, r) => n + r.responseViolations, 0)
    + allowed.reduce((n, r) => n + r.requestViolations, 0);
  failed = results.filter((r) => r.problems.length > 0).length;
  console.log(`\n${results.length} calls: ${allowed.length} allowed by the description, ${refused.length} refused by it; `
    + `${violations} violations; ${failed} failed.`);
} catch (error) {
  console.error(error.message);
} finally {
  proxies.forEach((p) => p.stop());
}
process.exit(failed === 0 ? 0 : 1);
