// A stand-in for the service, or for a proxy in front of it: a node http server answering each request with the
// next of the given answers (the last one again when they run out), and recording what it was sent.
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** performance.now() when it arrived */
  at: number;
}

/** Writes one answer; "hang" never answers (until the stub closes). */
export type Answer = ((response: ServerResponse, received: Received) => void) | "hang";

export interface Stub {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

export async function stub(...answers: Answer[]): Promise<Stub> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const one: Received = {
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        at: performance.now(),
      };
      received.push(one);
      const answer = answers[Math.min(received.length, answers.length) - 1];
      if (answer !== undefined && answer !== "hang") {
        answer(response, one);
      }
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
}

/** A JSON answer. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Answer {
  return (response) => {
    response.writeHead(status, { "Content-Type": "application/json", ...headers });
    response.end(JSON.stringify(body));
  };
}

/** A problem+json answer, as the service writes them. */
export function problem(status: number, kind: string, detail: string, headers: Record<string, string> = {}): Answer {
  return (response, received) => {
    response.writeHead(status, { "Content-Type": "application/problem+json", ...headers });
    response.end(JSON.stringify({
      type: `urn:flipkart-offers:problem:${kind}`,
      title: kind,
      status,
      detail,
      instance: new URL(received.url, "http://stub").pathname,
    }));
  };
}

/** Any other answer, e.g. a proxy's HTML page. */
export function raw(status: number, headers: Record<string, string>, body = ""): Answer {
  return (response) => {
    response.writeHead(status, headers);
    response.end(body);
  };
}

/** A URL where nothing listens: a port that was free a moment ago. */
export async function refusingUrl(): Promise<string> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, "close");
  return `http://127.0.0.1:${port}`;
}
