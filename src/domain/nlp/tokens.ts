// Words of a text with their positions (UTF-16), normalised (NFC, lower case, straight
// apostrophes) and stemmed. Reduplication ("barang-barang") is one word; numbers stay whole
// ("1.000", "7,5").
import { stem } from "./stemmer.ts";
import { STOPWORDS } from "./stopwords.ts";

export interface Token {
  text: string;
  norm: string;
  stem: string;
  start: number;
  end: number;
}

const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*(?:-[\p{L}\p{M}]+)*/gu;

function normalise(s: string): string {
  return s.normalize("NFC").toLowerCase().replace(/’/g, "'");
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    const raw = m[0];
    const parts = raw.split("-");
    const reduplicated = parts.length === 2 && normalise(parts[0]!) === normalise(parts[1]!);
    if (parts.length === 1 || reduplicated) {
      const norm = normalise(raw);
      out.push({ text: raw, norm, stem: stem(normalise(parts[0]!)), start, end: start + raw.length });
      continue;
    }
    // A compound ("Korea-Rusia"): its parts are words of their own.
    let at = start;
    for (const p of parts) {
      out.push({ text: p, norm: normalise(p), stem: stem(normalise(p)), start: at, end: at + p.length });
      at += p.length + 1;
    }
  }
  return out;
}

export function contentTokens(text: string): Token[] {
  return tokenize(text).filter((t) => !STOPWORDS.has(t.norm));
}
