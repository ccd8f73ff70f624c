// The real server in a process of its own: `npm start`'s code path on a fresh data folder (SQLite,
// or a new database on the PostgreSQL server named by DATABASE_URL), with an editor (or an admin)
// and an API token made by the CLI. For benchmarks and for tests that must kill and restart the server.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPostgresDatabase, dropPostgresDatabase, isPostgres } from "./test-database.ts";

export interface RealServer {
  baseURL: string;
  email: string;
  password: string;
  token: string;
  dataDir: string;
  /** The database the server uses: a file: URL (SQLite) or a postgresql:// URL. */
  databaseUrl: string;
  /** Kills the whole process group at once (SIGKILL): no shutdown of any kind. */
  kill(): void;
  /** Everything the server wrote to stdout and stderr so far (for "no secrets in logs" checks). */
  logs(): string;
  /** Starts the server again on the same data folder and database. */
  restart(): Promise<void>;
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
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { env, input, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`cli ${args[0]} failed: ${result.stderr}`);
  return result.stdout;
}

export async function startRealServer(port: number, extraEnv: Record<string, string> = {}, role: "ADMIN" | "EDITOR" = "EDITOR"): Promise<RealServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "saring-server-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), SARING_DATA_DIR: dataDir, SARING_DEMO_SEED: "0", NEXTAUTH_URL: `http://127.0.0.1:${port}`, ...extraEnv };
  const pgServer = isPostgres() ? process.env.DATABASE_URL! : null;
  if (pgServer) env.DATABASE_URL = await createPostgresDatabase(pgServer, "saring_server");
  else env.DATABASE_URL = `file:${join(dataDir, "saring.db")}`;
  const baseURL = `http://127.0.0.1:${port}`;
  let child: ChildProcess;
  let output = "";
  const launch = async () => {
    child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    child.stdout!.on("data", (d: Buffer) => (output += d.toString("utf8")));
    child.stderr!.on("data", (d: Buffer) => {
      output += d.toString("utf8");
      process.stderr.write(d);
    });
    await waitFor(`${baseURL}/sign-in`, child, 240_000);
  };
  await launch();
  const email = "server-editor@saring.test";
  const password = "server-password-2026";
  cli(env, ["user", "add", "--email", email, "--name", "Server User", "--role", role], password);
  const token = /srg_[A-Za-z0-9_-]+/.exec(cli(env, ["token", "create", "--email", email]))?.[0];
  if (!token) throw new Error("no API token was printed");
  const signal = (s: NodeJS.Signals) => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, s);
  };
  const exited = () => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));
  return {
    baseURL,
    email,
    password,
    token,
    dataDir,
    databaseUrl: env.DATABASE_URL,
    kill: () => signal("SIGKILL"),
    logs: () => output,
    async restart() {
      await exited();
      await launch();
    },
    async stop() {
      signal("SIGTERM");
      await Promise.race([exited(), new Promise((r) => setTimeout(r, 5000))]);
      signal("SIGKILL");
      if (pgServer) await dropPostgresDatabase(pgServer, env.DATABASE_URL!).catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
