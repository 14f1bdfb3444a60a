// node scripts/clean.mjs <folder>...: removes build output, so that nothing stale is compiled against or run.
import { rmSync } from "node:fs";

for (const folder of process.argv.slice(2)) {
  rmSync(folder, { recursive: true, force: true });
}
