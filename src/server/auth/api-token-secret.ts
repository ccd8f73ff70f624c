// Personal API tokens: 32 random bytes, shown once; the database keeps their SHA-256 only.
// A token has the form `srg_<43 base64url characters>`.
import { createHash, randomBytes } from "node:crypto";

const PREFIX = "srg_";

export function generateApiToken(): { token: string; tokenHash: string; prefix: string } {
  const token = PREFIX + randomBytes(32).toString("base64url");
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, PREFIX.length + 6) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function looksLikeApiToken(value: string): boolean {
  return /^srg_[A-Za-z0-9_-]{43}$/.test(value);
}
