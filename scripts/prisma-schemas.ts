// Writes one Prisma schema per database engine from prisma/models.prisma.
// Usage: tsx scripts/prisma-schemas.ts [--check]   (--check: exit 1 if a written file is stale)
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ENGINES, renderSchema } from "../prisma/render-schema.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const models = readFileSync(join(root, "prisma/models.prisma"), "utf8");
const check = process.argv.includes("--check");
let stale = 0;
for (const engine of ENGINES) {
  const file = join(root, "prisma", engine, "schema.prisma");
  const wanted = renderSchema(engine, models);
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {
    current = "";
  }
  if (current === wanted) continue;
  if (check) {
    console.error(`${file} is out of date: run npm run prisma:schemas`);
    stale++;
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, wanted);
    console.log(`wrote ${file}`);
  }
}
process.exit(stale ? 1 : 0);
