// End-to-end tests: the real server (`npm start` on a fresh data folder, SQLite or the
// PostgreSQL named by DATABASE_URL) and Debian's Chromium. See e2e/README.md.
import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";
import { E2E } from "./e2e/support/env";

if (!existsSync(E2E.chromiumPath)) {
  throw new Error(
    `Chromium is missing: no browser at ${E2E.chromiumPath}. Install Debian's Chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
}

export default defineConfig({
  testDir: "e2e",
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  outputDir: ".tmp/e2e/results",
  use: {
    baseURL: E2E.baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: E2E.chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "first-run", testMatch: /first-run\.setup\.ts/ },
    { name: "api", testMatch: /api\/.*\.spec\.ts/, dependencies: ["first-run"] },
    { name: "ui", testMatch: /ui\/.*\.spec\.ts/, dependencies: ["first-run"] },
    // Heavy: many writers, servers of their own killed and restarted, fuzzing. After the rest,
    // one file at a time, so they never starve the interactive tests of CPU.
    { name: "load", testMatch: /load\/.*\.spec\.ts/, dependencies: ["api", "ui"], fullyParallel: false, workers: 1 },
  ],
  webServer: {
    command: "npx tsx e2e/support/server.ts",
    url: `${E2E.baseURL}/sign-in`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
