// Runtime configuration from the environment, parsed once. Documented in README "Configuration".
import { z } from "zod";
import { dataDir, resolveDatabase, type Env } from "./db/database-url.ts";

const KiB = 1024;
const MiB = 1024 * KiB;

const envSchema = z.object({
  SARING_MAX_IMPORT_BYTES: z.coerce.number().int().min(1 * KiB).max(10 * MiB).default(2 * MiB),
  SARING_MAX_JSON_BYTES: z.coerce.number().int().min(16 * KiB).max(16 * MiB).default(3 * MiB),
  SARING_SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(10),
  SARING_SIGNIN_LOCK_MINUTES: z.coerce.number().min(0.05).max(24 * 60).default(15),
  SARING_TRUST_PROXY: z.enum(["0", "1", "true", "false"]).default("0"),
  SARING_DEMO_SEED: z.enum(["0", "1", "true", "false"]).default("1"),
  SARING_ORG_NAME: z.string().trim().min(1).max(200).default("Saring fact-check desk"),
  SARING_ORG_URL: z.string().url().default("http://localhost:3000"),
  SARING_PUBLIC_URL: z.string().url().optional(),
  // Optional machine translation: a LibreTranslate-compatible service. Unset: nothing is offered
  // and nothing is sent anywhere.
  SARING_MT_URL: z.string().url().optional(),
  SARING_MT_KEY: z.string().max(500).optional(),
  SARING_MT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  // Benchmarks only: the text file the opening benchmark's floor page renders (app/opening-floor).
  SARING_BENCH_FLOOR_TEXT: z.string().min(1).optional(),
});

export interface Config {
  dataDir: string;
  database: ReturnType<typeof resolveDatabase>;
  maxImportBytes: number;
  maxJsonBytes: number;
  signIn: { maxFailures: number; lockMs: number };
  trustProxy: boolean;
  demoSeed: boolean;
  /** Who publishes the fact-checks (ClaimReview author), and where claims are published. */
  organisation: { name: string; url: string };
  publicUrl: string;
  /** The machine translation service, when an administrator configured one. */
  machineTranslation: { url: string; key: string | null; timeoutMs: number } | null;
  /** Benchmarks only: the file the floor page renders; null (the page answers 404) otherwise. */
  benchFloorText: string | null;
}

export function loadConfig(env: Env = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid configuration: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  const e = parsed.data;
  const yes = (v: string) => v === "1" || v === "true";
  return {
    dataDir: dataDir(env),
    database: resolveDatabase(env),
    maxImportBytes: e.SARING_MAX_IMPORT_BYTES,
    // A JSON body carries the text plus metadata and escaping: allow the import limit and more.
    maxJsonBytes: Math.max(e.SARING_MAX_JSON_BYTES, e.SARING_MAX_IMPORT_BYTES * 2),
    signIn: { maxFailures: e.SARING_SIGNIN_MAX_FAILURES, lockMs: e.SARING_SIGNIN_LOCK_MINUTES * 60_000 },
    trustProxy: yes(e.SARING_TRUST_PROXY),
    demoSeed: yes(e.SARING_DEMO_SEED),
    organisation: { name: e.SARING_ORG_NAME, url: e.SARING_ORG_URL },
    publicUrl: (e.SARING_PUBLIC_URL ?? env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
    machineTranslation: e.SARING_MT_URL ? { url: e.SARING_MT_URL.replace(/\/+$/, ""), key: e.SARING_MT_KEY || null, timeoutMs: e.SARING_MT_TIMEOUT_MS } : null,
    benchFloorText: e.SARING_BENCH_FLOOR_TEXT ?? null,
  };
}

let cached: Config | undefined;
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}
