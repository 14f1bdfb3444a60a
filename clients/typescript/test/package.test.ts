// The client as a package: compiled under --strict --exactOptionalPropertyTypes, versioned as the service, and
// packed by npm pack into a tarball that installs, against which the README's snippets compile and run.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";

import { refusingUrl } from "./stub.js";

/** clients/typescript: this file runs from build/test/. */
const folder = fileURLToPath(new URL("../..", import.meta.url));
const pkg = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as {
  name: string;
  version: string;
  apiVersion: string;
  private?: boolean;
  publishConfig?: Record<string, string>;
  scripts: Record<string, string>;
};
const tsc = join(folder, "node_modules", "typescript", "bin", "tsc");

const scratch = mkdtempSync(join(tmpdir(), "offers-client-package-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** The environment without npm's own variables, so that a nested npm works on its own folder only. */
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));

/** Runs a command; its output, or a failure showing it. */
function run(cwd: string, command: string, ...args: string[]): string {
  const done = spawnSync(command, args, { cwd, env, encoding: "utf8" });
  assert.equal(done.status, 0, `${[command, ...args].join(" ")} failed:\n${done.stdout}${done.stderr}${done.error ?? ""}`);
  return done.stdout;
}

/** npm, the one running this test when there is one. */
function npm(cwd: string, ...args: string[]): string {
  const cli = process.env.npm_execpath;
  return cli !== undefined && cli.endsWith(".js") ? run(cwd, process.execPath, cli, ...args) : run(cwd, "npm", ...args);
}

describe("the package", () => {
  test("tsconfig.json and the typecheck script both compile with --strict and --exactOptionalPropertyTypes", () => {
    const tsconfig = JSON.parse(readFileSync(join(folder, "tsconfig.json"), "utf8")) as {
      compilerOptions: Record<string, unknown>;
    };
    assert.equal(tsconfig.compilerOptions.strict, true);
    assert.equal(tsconfig.compilerOptions.exactOptionalPropertyTypes, true);
    assert.match(pkg.scripts.typecheck ?? "", /^tsc --strict --exactOptionalPropertyTypes /);
    assert.match(pkg.scripts.compile ?? "", / tsc --strict --exactOptionalPropertyTypes /);
  });

  test("its version is the service's (pom.xml), and check:version fails when the API's version differs", () => {
    const checked = run(folder, process.execPath, join(folder, "scripts", "check-version.mjs"));
    assert.equal(checked.trim(), `${pkg.name} ${pkg.version} (API ${pkg.apiVersion}) matches pom.xml`);

    const description = join(scratch, "api-docs.json");
    writeFileSync(description, JSON.stringify({ openapi: "3.1.0", info: { title: "flipkart-offers", version: "2" } }));
    const other = spawnSync(process.execPath, [join(folder, "scripts", "check-version.mjs"), description],
      { encoding: "utf8" });
    assert.equal(other.status, 1);
    assert.match(other.stderr, /package\.json "apiVersion" is 1; the description's info\.version is 2/);
  });

  test("it is a publishable package: scoped, not private, and published with restricted access", () => {
    assert.equal(pkg.name, "@flipkart-offers/client");
    assert.equal(pkg.private, undefined);
    assert.deepEqual(pkg.publishConfig, { access: "restricted" });
    const published = npm(folder, "publish", "--dry-run", "--json");
    type Report = { id: string; files: unknown[] };
    // npm 10 keys the report by the package's name; older ones answer the report itself
    const answer = JSON.parse(published.slice(published.indexOf("{"))) as Report | Record<string, Report>;
    const report = ("id" in answer ? answer : answer[pkg.name]) as Report;
    assert.equal(report.id, `${pkg.name}@${pkg.version}`);
    assert.equal(report.files.length, 5);
  });

  test("npm pack makes a tarball that installs; the README's snippets compile against it, strictly, and run",
    { timeout: 240_000 }, async () => {
      const packed = JSON.parse(npm(folder, "pack", "--json", "--pack-destination", scratch)) as Array<{
        filename: string;
        files: Array<{ path: string }>;
      }>;
      const tarball = packed[0];
      assert.ok(tarball !== undefined);
      assert.equal(tarball.filename, `${pkg.name.replace(/^@/, "").replace("/", "-")}-${pkg.version}.tgz`);
      assert.deepEqual(tarball.files.map((file) => file.path).sort(),
        ["README.md", "dist/api.d.ts", "dist/client.d.ts", "dist/client.js", "package.json"]);

      const consumer = join(scratch, "consumer");
      mkdirSync(consumer);
      writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
      npm(consumer, "install", "--no-audit", "--no-fund", "--prefer-offline", join(scratch, tarball.filename));

      // the README's snippets, as they are: the first is run, against a port where nothing listens
      const snippets = [...readFileSync(join(folder, "README.md"), "utf8").matchAll(/^```ts\n([\s\S]*?)^```$/gm)]
        .map((match) => match[1] ?? "");
      assert.ok(snippets.length >= 2, "the README's ts snippets");
      const files = snippets.map((_, i) => `readme-${i + 1}.ts`);
      snippets.forEach((snippet, i) => writeFileSync(join(consumer, files[i] ?? ""), snippet));
      writeFileSync(join(consumer, "tsconfig.json"), JSON.stringify({
        compilerOptions: {
          target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2022", "DOM"], types: [],
          strict: true, exactOptionalPropertyTypes: true, skipLibCheck: false, outDir: "out",
        },
        files,
      }));
      run(consumer, process.execPath, tsc, "-p", consumer, "--strict", "--exactOptionalPropertyTypes");

      const url = await refusingUrl();
      const first = join(consumer, "out", "readme-1.js");
      const compiled = readFileSync(first, "utf8");
      assert.ok(compiled.includes('"http://localhost:8080"'));
      writeFileSync(first, compiled.replace('"http://localhost:8080"', JSON.stringify(url)));
      const out = run(consumer, process.execPath, first).split("\n");
      assert.match(out[0] ?? "", /^offline \(0\): No answer from http:\/\/127\.0\.0\.1:\d+: fetch failed: .*ECONNREFUSED/);
      assert.equal(out[1], "request none, retry after - s");
    });
});
