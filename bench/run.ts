// `npm run bench [-- workbench|reanchor|claims|exports|writes]`: benchmark figures, printed. See README (Benchmarks).
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchClaims } from "./claims.ts";
import { benchExports } from "./exports.ts";
import { benchReanchor } from "./reanchor.ts";
import { benchWorkbench } from "./workbench.ts";
import { benchWrites } from "./writes.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const all = { workbench: () => benchWorkbench(root), reanchor: async () => benchReanchor(root), claims: () => benchClaims(root), exports: () => benchExports(root), writes: () => benchWrites(root) };
const asked = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const unknown = asked.filter((a) => !(a in all));
if (unknown.length) {
  console.error(`Unknown benchmark(s): ${unknown.join(", ")}. Choose from ${Object.keys(all).join(", ")}.`);
  process.exit(2);
}
console.log(`Saring benchmarks on ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
for (const name of asked.length ? asked : Object.keys(all)) {
  await all[name as keyof typeof all]();
}
