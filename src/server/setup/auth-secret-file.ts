// Creates the session secret on first start, in the data folder (never in the repository),
// readable by the owner only. An existing secret is kept, so sessions survive restarts.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AUTH_SECRET_FILE } from "../auth/auth-secret.ts";

export function ensureAuthSecretFile(dataDir: string): { created: boolean } {
  const file = join(dataDir, AUTH_SECRET_FILE);
  if (existsSync(file) && readFileSync(file, "utf8").trim().length >= 32) return { created: false };
  writeFileSync(file, randomBytes(48).toString("base64url") + "\n", { mode: 0o600 });
  return { created: true };
}
