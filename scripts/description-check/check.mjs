#!/usr/bin/env node
// Checks the service's OpenAPI description with a standard JSON Schema validator, ajv (draft 2020-12, the dialect
// of OpenAPI 3.1), as a generated client, a mock server or a form library would read it. Run by
// DescriptionValidationIT against the description the running service serves; by hand:
//
//   npm ci && curl -s http://localhost:8080/v3/api-docs > /tmp/api.json && node check.mjs /tmp/api.json
//
// 1. Amounts: every amountToPay schema, compiled by ajv with its default settings, accepts 100,000 random valid
//    amounts (0.01 to 1,000,000,000, 0 to 2 decimals, as JSON numbers) and refuses out-of-range ones and
//    non-numbers. The same amounts are also run against the schema with multipleOf 0.01 added, which must refuse
//    some of them (binary floating point): that is why the description states the two-decimal rule in words.
// 2. Examples: every example of the description (parameters, request bodies, responses) is valid against the
//    schema it illustrates.
// Exit status 0 when every check passes.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const api = JSON.parse(readFileSync(process.argv[2] ?? "/dev/stdin", "utf8"));
const failures = [];
const fail = (message) => {
  failures.push(message);
  if (failures.length <= 50) console.log(`FAIL ${message}`);
};

// a fixed seed: the same amounts on every run (mulberry32)
let seed = 20_000_911;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const digit = () => Math.floor(random() * 10);

/** A valid amount as a client writes it: 1 to 10 integer digits (0 only before decimals), 0 to 2 decimals. */
function validAmount(i) {
  const decimals = i % 3;
  for (;;) {
    const length = 1 + Math.floor(random() * 10);
    let integer = String(1 + Math.floor(random() * 9));
    for (let d = 1; d < length; d++) integer += digit();
    if (random() < 0.1) integer = "0";
    let text = integer;
    if (decimals > 0) {
      text += ".";
      for (let d = 0; d < decimals; d++) text += digit();
    }
    const value = Number(text);
    if (value > 0 && value <= 1_000_000_000) return { text, value };
  }
}

const AMOUNTS = 100_000;
const amounts = Array.from({ length: AMOUNTS }, (_, i) => validAmount(i));
// the edges, and the amounts the floating point of multipleOf gets wrong
for (const text of ["0.01", "0.07", "19.99", "80000.15", "925.50", "1000000000", "999999999.99"]) {
  amounts.push({ text, value: Number(text) });
}
const invalid = [0, -0.01, -5, 1_000_000_000.01, 1e10, "abc", "100", null, true, [], {}];

let amountSchemas = 0;
let legacyRefusals = 0;
for (const [path, item] of Object.entries(api.paths ?? {})) {
  for (const [method, operation] of Object.entries(item)) {
    for (const parameter of operation.parameters ?? []) {
      if (parameter.name !== "amountToPay") continue;
      amountSchemas++;
      const where = `${method.toUpperCase()} ${path} amountToPay`;
      // ajv as it comes: no option changed
      const validate = new Ajv2020().compile(parameter.schema);
      let refused = 0;
      for (const amount of amounts) {
        if (!validate(amount.value)) {
          refused++;
          if (refused <= 5) fail(`${where} refuses the valid amount ${amount.text}`);
        }
      }
      if (refused > 5) fail(`${where} refuses ${refused} of ${amounts.length} valid amounts`);
      for (const value of invalid) {
        if (validate(value)) fail(`${where} accepts ${JSON.stringify(value)}`);
      }
      const legacy = new Ajv2020().compile({ ...parameter.schema, multipleOf: 0.01 });
      legacyRefusals = amounts.filter((amount) => !legacy(amount.value)).length;
    }
  }
}
if (amountSchemas === 0) fail("no amountToPay parameter in the description");
if (legacyRefusals === 0) fail("multipleOf 0.01 refused none of the amounts: the check cannot tell a bad schema");
console.log(`amounts: ${amounts.length} valid amounts accepted by ${amountSchemas} amountToPay schemas, `
  + `${invalid.length} invalid values refused; multipleOf 0.01 would refuse ${legacyRefusals} `
  + `(${(100 * legacyRefusals / amounts.length).toFixed(1)}%)`);

// examples against their schemas: the components' schemas become $defs of one document
const defs = JSON.parse(JSON.stringify(api.components?.schemas ?? {}).replaceAll('"#/components/schemas/', '"#/$defs/'));
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
// OpenAPI's own annotation in its schema dialect: no validation meaning
ajv.addKeyword("example");
const rebased = (schema) => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"#/$defs/'));
const validator = (schema) => ajv.compile({ $defs: defs, ...rebased(schema) });

let examples = 0;
function check(where, schema, media) {
  if (!schema) return;
  const all = [];
  if (media.example !== undefined) all.push(["example", media.example]);
  for (const [name, example] of Object.entries(media.examples ?? {})) {
    if (example.value !== undefined) all.push([name, example.value]);
  }
  if (all.length === 0) return;
  const validate = validator(schema);
  for (const [name, value] of all) {
    examples++;
    if (!validate(value)) fail(`${where} example ${name}: ${ajv.errorsText(validate.errors)}`);
  }
}
for (const [path, item] of Object.entries(api.paths ?? {})) {
  for (const [method, operation] of Object.entries(item)) {
    const at = `${method.toUpperCase()} ${path}`;
    for (const parameter of operation.parameters ?? []) check(`${at} ${parameter.name}`, parameter.schema, parameter);
    for (const [type, media] of Object.entries(operation.requestBody?.content ?? {})) {
      check(`${at} request ${type}`, media.schema, media);
    }
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      for (const [type, media] of Object.entries(response.content ?? {})) {
        check(`${at} ${status} ${type}`, media.schema, media);
      }
    }
  }
}
console.log(`examples: ${examples} checked against their schemas`);

console.log(failures.length === 0 ? "description check passed" : `description check: ${failures.length} failures`);
process.exit(failures.length === 0 ? 0 : 1);
