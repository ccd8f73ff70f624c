// The real server for benchmarks: `npm start`'s code path on a fresh data folder (SQLite, or
// the PostgreSQL named by DATABASE_URL), with a user and an API token made by the CLI.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPostgresDatabase, isPostgres } from "../../tests/support/test-database.ts";

export interface BenchServer {
  baseURL: string;
  email: string;
  password: string;
  token: string;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the server did not answer at ${url} within ${timeoutMs / 1000} s`);
}

function cli(env: NodeJS.ProcessEnv, args: string[], input?: string): string {
  const result = spawnSync("npx", ["tsx", "src/cli/main.ts", ...args], { env, input, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`cli ${args[0]} failed: ${result.stderr}`);
  return result.stdout;
}

export async function startServer(port: number): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "saring-bench-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), SARING_DATA_DIR: dataDir, SARING_DEMO_SEED: "0", NEXTAUTH_URL: `http://127.0.0.1:${port}` };
  if (isPostgres()) env.DATABASE_URL = await createPostgresDatabase(process.env.DATABASE_URL!, "saring_bench");
  else delete env.DATABASE_URL;
  const child = spawn("npx", ["tsx", "scripts/start.ts"], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitFor(`${baseURL}/sign-in`, child, 240_000);
  const email = "bench@saring.test";
  const password = "bench-password-2026";
  cli(env, ["user", "add", "--email", email, "--name", "Bench Reviewer", "--role", "EDITOR"], password);
  const token = /srg_[A-Za-z0-9_-]+/.exec(cli(env, ["token", "create", "--email", email]))?.[0];
  if (!token) throw new Error("no API token was printed");
  return {
    baseURL,
    email,
    password,
    token,
    async stop() {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await new Promise((r) => setTimeout(r, 500));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
