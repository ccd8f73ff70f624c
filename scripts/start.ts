// `npm start`: prepare the data folder (auth secret), migrate the database, import the demo
// articles on first start, build when there is no build or the code changed since it, then serve on PORT (default 3000).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../src/server/config.ts";
import { db } from "../src/server/db/client.ts";
import { importDemoSeed } from "../src/server/services/documents/import-demo-seed.ts";
import { seedGlossary } from "../src/server/services/glossary/glossary.ts";
import { ensureAuthSecretFile } from "../src/server/setup/auth-secret-file.ts";
import { migrateDatabase } from "../src/server/setup/migrate.ts";
import { buildIsCurrent } from "./build-freshness.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const log = (msg: string) => console.log(`[saring] ${msg}`);

async function prepare() {
  const cfg = loadConfig();
  mkdirSync(cfg.dataDir, { recursive: true });
  if (!process.env.NEXTAUTH_SECRET && !process.env.AUTH_SECRET) {
    if (ensureAuthSecretFile(cfg.dataDir).created) log(`created a session secret in ${cfg.dataDir}`);
  }
  const started = Date.now();
  await migrateDatabase(cfg.database, process.env);
  log(`database ready (${cfg.database.engine}${cfg.database.file ? `: ${cfg.database.file}` : ""}) in ${Date.now() - started} ms`);
  if (cfg.demoSeed) {
    const seed = await importDemoSeed(join(root, "seeds"));
    if (!seed.skipped) log(`imported ${seed.imported} demo articles from seeds/`);
  }
  const terms = await seedGlossary();
  if (terms) log(`started the glossary with ${terms} terms of the seed articles`);
  await db().$disconnect();
}

function build() {
  if (buildIsCurrent(root)) return;
  const first = !existsSync(join(root, ".next", "BUILD_ID"));
  log(`${first ? "no build found" : "the code changed since the last build"}: building (about 20 seconds on 2 cores)`);
  const result = spawnSync(process.execPath, [join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed");
}

function serve() {
  const port = process.env.PORT || "3000";
  const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: "production" };
  // Without a configured public URL, next-auth derives it from the request's Host header.
  if (!env.NEXTAUTH_URL) env.AUTH_TRUST_HOST ??= "true";
  const args = [join(root, "node_modules/next/dist/bin/next"), "start", "-p", port];
  if (process.env.HOSTNAME_BIND) args.push("-H", process.env.HOSTNAME_BIND);
  const child = spawn(process.execPath, args, { cwd: root, stdio: "inherit", env: env as NodeJS.ProcessEnv });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  log(`serving on http://localhost:${port}`);
}

try {
  await prepare();
  build();
  serve();
} catch (err) {
  console.error(`[saring] could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
