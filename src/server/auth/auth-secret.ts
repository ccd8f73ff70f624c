// The secret that signs and encrypts session cookies. From NEXTAUTH_SECRET / AUTH_SECRET when
// set; otherwise `npm start` generated one into <data folder>/auth-secret (see scripts/start.ts).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { config } from "../config.ts";

export const AUTH_SECRET_FILE = "auth-secret";

export function authSecret(): string {
  const fromEnv = process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = join(config().dataDir, AUTH_SECRET_FILE);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  throw new Error(`No auth secret: set NEXTAUTH_SECRET or start with \`npm start\`, which creates ${file}.`);
}
