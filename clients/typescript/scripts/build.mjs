// npm run build, and prepare (npm ci, npm pack): dist/ holds the compiled client, its declarations and the
// generated API types they import (tsc compiles src/api.d.ts but does not copy it), and nothing stale.
import { execFileSync } from "node:child_process";
import { copyFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

process.chdir(fileURLToPath(new URL("..", import.meta.url)));
rmSync("dist", { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { stdio: "inherit" });
copyFileSync("src/api.d.ts", "dist/api.d.ts");
