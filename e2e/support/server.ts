// Starts the real server for the e2e suite with `npm start`'s own code path, on a fresh data
// folder (and a fresh database on the PostgreSQL server when DATABASE_URL names one).
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { createPostgresDatabase, isPostgres } from "../../tests/support/test-database";
import { startFakeTranslator } from "../../tests/support/fake-libretranslate";
import { E2E } from "./env";

rmSync(E2E.stateDir, { recursive: true, force: true });
mkdirSync(E2E.dataDir, { recursive: true });

const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: String(E2E.port),
  SARING_DATA_DIR: E2E.dataDir,
  // Each test context sends its own X-Forwarded-For, so throttling per client stays per test.
  SARING_TRUST_PROXY: "1",
  SARING_SIGNIN_MAX_FAILURES: String(E2E.maxFailures),
  NEXTAUTH_URL: E2E.baseURL,
  // Only benchmarks serve the floor page (app/opening-floor); the e2e server checks it is off.
  SARING_BENCH_FLOOR_TEXT: undefined,
};
if (process.env.DATABASE_URL && isPostgres()) {
  env.DATABASE_URL = await createPostgresDatabase(process.env.DATABASE_URL, "saring_e2e");
} else {
  delete env.DATABASE_URL;
}

// Machine translation is configured, against a local server speaking LibreTranslate's API
// (with a key, and a short time-out so the "[lambat]" text times out quickly).
const translator = await startFakeTranslator({ port: E2E.translatorPort, key: E2E.translatorKey, slowMs: 4_000 });
env.SARING_MT_URL = translator.url;
env.SARING_MT_KEY = E2E.translatorKey;
env.SARING_MT_TIMEOUT_MS = "1500";

const child = spawn("npx", ["tsx", "scripts/start.ts"], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 1));
