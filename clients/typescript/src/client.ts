// A small typed client of the flipkart-offers API for a checkout page. Every type comes from src/api.d.ts, which
// openapi-typescript generates from the service's own OpenAPI description (npm run generate): when the API
// changes, this file stops compiling where it no longer fits.
//
// Every call settles with its data or a typed Problem, never an exception: the service's own problems as it wrote
// them, and the client's (no answer, an answer that is not the service's, an aborted call) with a `type` of their
// own (ClientProblemType). Each outcome carries the answer's ETag, Retry-After and X-Request-Id. GETs are
// revalidated with If-None-Match against the last ETag and data kept per URL (a 304 gives the kept data back);
// 503 and 429 are retried with backoff that honours Retry-After (POST only when asked).
import createClient from "openapi-fetch";

import type { components, paths } from "./api.js";

export type HighestDiscount = components["schemas"]["HighestDiscount"];
export type BestOffers = components["schemas"]["BestOffers"];
export type RankedOffer = components["schemas"]["RankedOffer"];
export type PaymentOptions = components["schemas"]["PaymentOptions"];
export type PaymentOption = components["schemas"]["PaymentOption"];
export type IngestResult = components["schemas"]["IngestResult"];
/**
 * Every error: RFC 9457 problem details, with a detail a person can act on. The service's have a type
 * urn:flipkart-offers:problem:<kind> (or about:blank); the client's own are the ClientProblemType values.
 */
/** The problem types the service sends, as its description lists them. */
export type ServiceProblemType = components["schemas"]["Problem"]["type"];
/**
 * The service's problem, or the client's own (ClientProblemType); a problem of another RFC 9457 producer in
 * between keeps its own type.
 */
export type Problem = Omit<components["schemas"]["Problem"], "type"> & {
  type: ServiceProblemType | ClientProblemType | (string & {});
};

export type DiscountQuery = paths["/highest-discount"]["get"]["parameters"]["query"];
export type BestOffersQuery = paths["/best-offers"]["get"]["parameters"]["query"];
export type PaymentOptionsQuery = paths["/payment-options"]["get"]["parameters"]["query"];
/** The canonical instrument codes; CREDIT is Flipkart's card option (credit or debit), CREDIT_CARD credit cards only. */
export type PaymentInstrument = NonNullable<DiscountQuery["paymentInstrument"]>;
export type CardNetwork = NonNullable<DiscountQuery["cardNetwork"]>;
/** What the payment page returned, as it was. */
export type PaymentPageResponse = components["schemas"]["OfferPayload"]["flipkartOfferApiResponse"];

/** The `type` of the problems the client states itself, when no usable answer of the service came. */
export const ClientProblemType = {
  /** No answer: connection refused or reset, a name that does not resolve, a request the browser refused (CORS). Status 0. */
  networkError: "urn:flipkart-offers:client:network-error",
  /**
   * An answer that is neither the data nor a problem: a proxy's HTML error page, a body that is not JSON, an
   * empty body, a 304 with no kept copy. Status is the answer's.
   */
  unexpectedResponse: "urn:flipkart-offers:client:unexpected-response",
  /** The caller's AbortSignal aborted the call (while waiting, sending or reading). Status 0. */
  aborted: "urn:flipkart-offers:client:aborted",
  /** The caller's AbortSignal timed out (AbortSignal.timeout). Status 0. */
  timeout: "urn:flipkart-offers:client:timeout",
} as const;
export type ClientProblemType = (typeof ClientProblemType)[keyof typeof ClientProblemType];

/** What every outcome tells besides its data or problem: the last answer's headers, and how it was got. */
export interface Exchange {
  /** The last answer's HTTP status: 304 when `data` is the kept copy the service confirmed; 0 when no answer came. */
  status: number;
  /** The answer's ETag; null when it had none. */
  etag: string | null;
  /** Seconds the answer asked to wait before trying again (Retry-After, seconds or a date); null when none. */
  retryAfter: number | null;
  /** X-Request-Id, the id to quote in a support ticket: the answer's, else the one sent, else null. */
  requestId: string | null;
  /** How many requests were sent: 1, more after retries, 0 when the call was aborted before one. */
  attempts: number;
  /** True when `data` is the kept copy, confirmed by a 304 Not Modified. */
  fromCache: boolean;
}

/** An answer, or the problem instead: never an exception. Narrow it with `if (result.problem)`. */
export type Result<T> = Exchange & ({ data: T; problem?: undefined } | { data?: undefined; problem: Problem });

/** Retries of 503 Service Unavailable and 429 Too Many Requests. */
export interface RetryOptions {
  /** Requests in all, the first included; 1 sends one. Default 3. */
  attempts?: number | undefined;
  /** The first wait when the answer names none (no Retry-After), doubled on each retry, with jitter. Default 250 ms. */
  baseDelayMs?: number | undefined;
  /**
   * The longest wait. A Retry-After longer than this is not waited for: the outcome is returned at once, with
   * its `retryAfter`. Default 5000 ms.
   */
  maxDelayMs?: number | undefined;
  /**
   * Retry POST too (POST /offer answers 503 outcome-unknown when a write may be stored; posting the same payload
   * again is safe, but only the caller can say it wants that). Default false: POST is sent once.
   */
  retryPost?: boolean | undefined;
}

export interface OffersClientOptions {
  /** The key for POST /offer, when the service has one (X-API-Key); reads need none. */
  apiKey?: string | undefined;
  /** Another fetch, e.g. one with logging; it gets the Request, with the call's signal on it. */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Retries of 503 and 429 (see RetryOptions for the defaults); false: none. */
  retry?: RetryOptions | false | undefined;
  /** How many GET URLs to keep the last ETag and data of, for If-None-Match; 0 keeps none. Default 100. */
  cacheSize?: number | undefined;
}

/** Per call. */
export interface CallOptions {
  /** Aborts the call, including a wait before a retry: the outcome is then an `aborted` or `timeout` problem. */
  signal?: AbortSignal | undefined;
  /** This call's retries, over the client's; false: none. */
  retry?: RetryOptions | false | undefined;
  /** Sent as X-Request-Id (1 to 64 letters, digits, '.', '_', '-'): the service logs the call under it. */
  requestId?: string | undefined;
}

type Retry = { attempts: number; baseDelayMs: number; maxDelayMs: number; retryPost: boolean };
const DEFAULT_RETRY: Retry = { attempts: 3, baseDelayMs: 250, maxDelayMs: 5000, retryPost: false };
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);

/** The last ETag and body per GET URL, least recently used first. */
class Kept {
  private readonly entries = new Map<string, { etag: string; body: string; contentType: string }>();

  constructor(private readonly size: number) {}

  get(url: string) {
    const entry = this.entries.get(url);
    if (entry !== undefined) {
      this.entries.delete(url);
      this.entries.set(url, entry);
    }
    return entry;
  }

  set(url: string, entry: { etag: string; body: string; contentType: string }) {
    this.entries.delete(url);
    if (this.size <= 0) {
      return;
    }
    this.entries.set(url, entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.size) {
        break;
      }
      this.entries.delete(oldest);
    }
  }

  delete(url: string) {
    this.entries.delete(url);
  }

  clear() {
    this.entries.clear();
  }
}

/** What a call saw, for its outcome. */
interface Trace {
  url: string | null;
  attempts: number;
  /** The answer of the last attempt (the 304 itself when the kept copy was used); null while none came. */
  answer: Response | null;
  fromCache: boolean;
}

function retryOf(base: Retry | null, call: RetryOptions | false | undefined): Retry | null {
  if (call === false) {
    return null;
  }
  if (call === undefined) {
    return base;
  }
  const merged = { ...(base ?? DEFAULT_RETRY) };
  if (call.attempts !== undefined) merged.attempts = call.attempts;
  if (call.baseDelayMs !== undefined) merged.baseDelayMs = call.baseDelayMs;
  if (call.maxDelayMs !== undefined) merged.maxDelayMs = call.maxDelayMs;
  if (call.retryPost !== undefined) merged.retryPost = call.retryPost;
  return merged;
}

/** Retry-After in seconds, from delta-seconds or an HTTP date; null when absent or unreadable. */
function retryAfterOf(answer: Response): number | null {
  const value = answer.headers.get("Retry-After")?.trim();
  if (value === undefined || value === "") {
    return null;
  }
  if (/^\d+$/.test(value)) {
    return Number(value);
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** How long to wait before the next attempt; null when the answer asks for longer than maxDelayMs. */
function waitBefore(attempt: number, answer: Response, retry: Retry): number | null {
  const after = retryAfterOf(answer);
  if (after !== null) {
    return after * 1000 <= retry.maxDelayMs ? after * 1000 : null;
  }
  const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + (Math.random() * ceiling) / 2;
}

function sleep(ms: number, signal: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * The fetch openapi-fetch calls: If-None-Match from the kept copy, the retries, and a 304 turned into the kept
 * answer (as a browser's HTTP cache does), so that openapi-fetch parses it as it parses a 200.
 */
function transport(
  send: (request: Request) => Promise<Response>,
  kept: Kept,
  retry: Retry | null,
  trace: Trace,
): (request: Request) => Promise<Response> {
  return async (request) => {
    trace.url = request.url;
    const key = request.method === "GET" ? request.url : null;
    const copy = key === null ? undefined : kept.get(key);
    if (copy !== undefined && !request.headers.has("If-None-Match")) {
      request.headers.set("If-None-Match", copy.etag);
    }
    const attempts =
      retry !== null && (IDEMPOTENT.has(request.method) || retry.retryPost) ? Math.max(1, Math.floor(retry.attempts)) : 1;
    for (let attempt = 1; ; attempt++) {
      request.signal.throwIfAborted();
      trace.attempts = attempt;
      trace.answer = null;
      const answer = await send(request.clone());
      trace.answer = answer;
      if ((answer.status === 503 || answer.status === 429) && attempt < attempts && retry !== null) {
        const wait = waitBefore(attempt, answer, retry);
        if (wait !== null) {
          await answer.body?.cancel().catch(() => undefined);
          await sleep(wait, request.signal);
          continue;
        }
      }
      if (key === null) {
        return answer;
      }
      if (answer.status === 304 && copy !== undefined) {
        trace.fromCache = true;
        const headers = new Headers({ "Content-Type": copy.contentType, ETag: answer.headers.get("ETag") ?? copy.etag });
        const requestId = answer.headers.get("X-Request-Id");
        if (requestId !== null) {
          headers.set("X-Request-Id", requestId);
        }
        return new Response(copy.body, { status: 200, statusText: "OK", headers });
      }
      const etag = answer.headers.get("ETag");
      if (answer.status === 200 && etag !== null) {
        const contentType = answer.headers.get("Content-Type") ?? "application/json";
        kept.set(key, { etag, body: await answer.clone().text(), contentType });
      } else if (answer.status === 200) {
        kept.delete(key);
      }
      return answer;
    }
  };
}

function exchangeOf(trace: Trace, call: CallOptions): Exchange {
  const answer = trace.answer;
  return {
    status: answer === null ? 0 : answer.status,
    etag: answer?.headers.get("ETag") ?? null,
    retryAfter: answer === null ? null : retryAfterOf(answer),
    requestId: answer?.headers.get("X-Request-Id") ?? call.requestId ?? null,
    attempts: trace.attempts,
    fromCache: trace.fromCache,
  };
}

function pathOf(url: string | null): string {
  try {
    return url === null ? "" : new URL(url).pathname;
  } catch {
    return "";
  }
}

function clientProblem(type: ClientProblemType, title: string, status: number, detail: string, trace: Trace): Problem {
  return { type, title, status, detail, instance: pathOf(trace.url) };
}

function described(answer: Response): string {
  const status = `${answer.status} ${answer.statusText}`.trim();
  const contentType = answer.headers.get("Content-Type");
  return contentType === null ? status : `${status} (${contentType.split(";")[0]})`;
}

function messageOf(thrown: unknown): string {
  if (thrown instanceof Error) {
    const cause = thrown.cause instanceof Error ? `: ${thrown.cause.message}` : "";
    return `${thrown.message}${cause}`;
  }
  return String(thrown);
}

/** The body as a Problem when it is one (problem+json, or the members of one), with what it lacks filled in. */
function problemOf(body: unknown, answer: Response, trace: Trace): Problem | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return null;
  }
  const members = body as Record<string, unknown>;
  const declared = /problem\+json/i.test(answer.headers.get("Content-Type") ?? "");
  if (!declared && !(typeof members.title === "string" && typeof members.status === "number")) {
    return null;
  }
  const title = typeof members.title === "string" ? members.title : answer.statusText || `HTTP ${answer.status}`;
  return {
    ...members,
    type: typeof members.type === "string" ? members.type : "about:blank",
    title,
    status: typeof members.status === "number" ? members.status : answer.status,
    detail: typeof members.detail === "string" ? members.detail : `The service answered ${answer.status}: ${title}.`,
    instance: typeof members.instance === "string" ? members.instance : pathOf(trace.url),
  };
}

type Sent<T> = { data?: T; error?: unknown; response: Response };
type Init = { fetch: (request: Request) => Promise<Response>; headers: Record<string, string>; signal?: AbortSignal };

/** A client of the service at `baseUrl`, e.g. "http://localhost:8080". */
export function createOffersClient(baseUrl: string, options: OffersClientOptions = {}) {
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const kept = new Kept(options.cacheSize ?? 100);
  const retry = retryOf(null, options.retry ?? {});

  async function call<T>(
    method: string,
    request: (init: Init) => Promise<Sent<T>>,
    callOptions: CallOptions,
  ): Promise<Result<T>> {
    const trace: Trace = { url: null, attempts: 0, answer: null, fromCache: false };
    const headers: Record<string, string> = {};
    if (method === "POST" && options.apiKey !== undefined) {
      headers["X-API-Key"] = options.apiKey;
    }
    if (callOptions.requestId !== undefined) {
      headers["X-Request-Id"] = callOptions.requestId;
    }
    const init: Init = { fetch: transport(send, kept, retryOf(retry, callOptions.retry), trace), headers };
    if (callOptions.signal !== undefined) {
      init.signal = callOptions.signal;
    }
    try {
      const { data, error, response } = await request(init);
      const exchange = exchangeOf(trace, callOptions);
      const answer = trace.answer ?? response;
      if (response.ok) {
        const json = /json/i.test(response.headers.get("Content-Type") ?? "");
        if (data !== undefined && json) {
          return { ...exchange, data };
        }
        const what = data === undefined ? "an empty body" : "a body that is not JSON";
        return {
          ...exchange,
          problem: clientProblem(ClientProblemType.unexpectedResponse, "Unexpected response", answer.status,
            `The service answered ${described(answer)} with ${what}, not the data it describes.`, trace),
        };
      }
      const problem = problemOf(error, answer, trace);
      if (problem !== null) {
        return { ...exchange, problem };
      }
      const detail =
        answer.status === 304
          ? "The service answered 304 Not Modified, and the client keeps no copy of this answer to use."
          : `The service answered ${described(answer)} without a problem description: ` +
            "a proxy or gateway may have answered instead of the service.";
      return {
        ...exchange,
        problem: clientProblem(ClientProblemType.unexpectedResponse, "Unexpected response", answer.status, detail, trace),
      };
    } catch (thrown) {
      const exchange = exchangeOf(trace, callOptions);
      const reason = callOptions.signal?.aborted ? callOptions.signal.reason : thrown;
      const name = reason instanceof Error || reason instanceof DOMException ? reason.name : "";
      if (name === "TimeoutError") {
        return {
          ...exchange,
          problem: clientProblem(ClientProblemType.timeout, "Timed out", 0,
            `The call timed out before the service's answer was read: ${messageOf(reason)}`, trace),
        };
      }
      if (callOptions.signal?.aborted || name === "AbortError") {
        return {
          ...exchange,
          problem: clientProblem(ClientProblemType.aborted, "Aborted", 0,
            `The call was aborted before the service's answer was read: ${messageOf(reason)}`, trace),
        };
      }
      if (trace.answer !== null) {
        return {
          ...exchange,
          problem: clientProblem(ClientProblemType.unexpectedResponse, "Unexpected response", trace.answer.status,
            `The service answered ${described(trace.answer)} with a body the client cannot read: ${messageOf(thrown)}`,
            trace),
        };
      }
      const where = trace.url === null ? baseUrl : new URL(trace.url).origin;
      return {
        ...exchange,
        problem: clientProblem(ClientProblemType.networkError, "Network error", 0,
          `No answer from ${where}: ${messageOf(thrown)}`, trace),
      };
    }
  }

  const api = createClient<paths>({ baseUrl, fetch: (request) => transport(send, kept, retry, newTrace())(request) });

  return {
    /** The most the shopper saves: rupees, 0 when no offer applies. */
    highestDiscount(query: DiscountQuery, callOptions: CallOptions = {}): Promise<Result<HighestDiscount>> {
      return call("GET", (init) => api.GET("/highest-discount", { params: { query }, ...init }), callOptions);
    },

    /** The offers that apply, best first, each with what it gives and why. */
    bestOffers(query: BestOffersQuery, callOptions: CallOptions = {}): Promise<Result<BestOffers>> {
      return call("GET", (init) => api.GET("/best-offers", { params: { query }, ...init }), callOptions);
    },

    /** For one amount, the best discount per bank and instrument, best first; bankName null = any bank. */
    paymentOptions(query: PaymentOptionsQuery, callOptions: CallOptions = {}): Promise<Result<PaymentOptions>> {
      return call("GET", (init) => api.GET("/payment-options", { params: { query }, ...init }), callOptions);
    },

    /**
     * Learns the offers of a payment-page response (server to server: not offered to browsers). Sent once unless
     * the client's or this call's retry says retryPost.
     */
    postOffer(flipkartOfferApiResponse: PaymentPageResponse, callOptions: CallOptions = {}): Promise<Result<IngestResult>> {
      return call("POST", (init) => api.POST("/offer", { body: { flipkartOfferApiResponse }, ...init }), callOptions);
    },

    /** Forgets every kept ETag and answer. */
    clearCache(): void {
      kept.clear();
    },

    /**
     * The underlying openapi-fetch client, typed with every path (GET /offers, GET /offers/{id}, ...), with the
     * same If-None-Match revalidation and retries; its shapes are openapi-fetch's ({ data, error, response }, a
     * network failure thrown), and POST /offer through it needs its X-API-Key header.
     */
    api,
  };
}

function newTrace(): Trace {
  return { url: null, attempts: 0, answer: null, fromCache: false };
}

export type OffersClient = ReturnType<typeof createOffersClient>;
