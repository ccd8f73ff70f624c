// postinstall: generate the Prisma client for both engines (SQLite and PostgreSQL), so one
// build serves either database. Runs the unmodified Prisma CLI; see prisma.config.ts.
import { spawnSync } from "node:child_process";

for (const [engine, url] of [
  ["sqlite", "file:./data/saring.db"],
  ["postgresql", "postgresql://localhost/saring"],
]) {
  const result = spawnSync("npx", ["prisma", "generate"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: url },
  });
  if (result.status !== 0) {
    console.error(`prisma generate failed for ${engine}`);
    process.exit(result.status ?? 1);
  }
}
