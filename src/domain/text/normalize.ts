// The one normalisation applied to imported text, before it is stored and never after:
// a leading byte-order mark dropped, CRLF and lone CR turned into LF, Unicode NFC.
import { createHash } from "node:crypto";

export function normalizeText(raw: string): string {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return withoutBom.replace(/\r\n?/g, "\n").normalize("NFC");
}

/** SHA-256 (hex) of the UTF-8 bytes of already-normalised text. */
export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
