// npm run check:version [-- <the description's URL or file>]: the package's version is the service's, the
// <version> of ../../pom.xml without -SNAPSHOT (flipkart-offers 0.1.0 has client 0.1.0), and its apiVersion is
// the version of the API it was generated from, the description's info.version. Without a description only the
// first is checked. Exits 1, saying what to change, when they differ.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const folder = fileURLToPath(new URL("..", import.meta.url));
const pkg = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
const pom = readFileSync(join(folder, "..", "..", "pom.xml"), "utf8");

const failures = [];

// the project's own <version>: the first one outside <parent>
const own = pom.replace(/<parent>[\s\S]*?<\/parent>/, "").match(/<version>\s*([^<\s]+)\s*<\/version>/);
if (own === null) {
  failures.push("pom.xml has no <version>");
} else {
  const release = own[1].replace(/-SNAPSHOT$/, "");
  if (pkg.version !== release) {
    failures.push(`package.json "version" is ${pkg.version}; the service's (pom.xml ${own[1]}) is ${release}`);
  }
}

const source = process.argv[2];
let checked = "pom.xml";
if (source !== undefined) {
  const text = /^https?:\/\//.test(source)
    ? await (await fetch(source)).text()
    : readFileSync(source, "utf8");
  const infoVersion = JSON.parse(text)?.info?.version;
  checked += ` and ${source}`;
  if (typeof infoVersion !== "string") {
    failures.push(`${source} has no info.version`);
  } else if (pkg.apiVersion !== infoVersion) {
    failures.push(`package.json "apiVersion" is ${pkg.apiVersion}; the description's info.version is ${infoVersion}`);
  }
}

if (failures.length > 0) {
  console.error(`${pkg.name} is out of step with ${checked}:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log(`${pkg.name} ${pkg.version} (API ${pkg.apiVersion}) matches ${checked}`);
