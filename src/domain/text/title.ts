// A title for an article imported without one: the first sentence of its first content line,
// without the dateline, cut at a word boundary when long.
import { isDebrisLine } from "./debris.ts";
import { firstSentenceEnd } from "./sentences.ts";

/** The shapes of datelines, e.g. "JAKARTA - ", "TEMPO.CO, Jakarta - ", "Jakarta, CNN Indonesia -- ". */
const DATELINES: readonly RegExp[] = [
  /^[A-Z][A-Z .]{1,30}(?:\s\([A-Za-z]+\))?\s*(?:--|[-–—])\s+/u, // JAKARTA -, JAKARTA (ANTARA) -
  /^[\p{L}\d-]+\.(?:co\.id|co|com|id|net)\b[^-–—\n]{0,30}?(?:--|[-–—])\s+/iu, // TEMPO.CO, Jakarta -
  /^[\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+)?,\s*(?:CNN Indonesia|[\p{L}\d-]+\.(?:com|co\.id|co|id))\s*(?:--|[-–—])\s+/u, // Jakarta, CNN Indonesia --
  /^[\p{Lu}][\p{Ll}]+ \(ANTARA\)\s*(?:--|[-–—])\s+/u, // Jakarta (ANTARA) -
];

export function stripDateline(line: string): string {
  for (const dateline of DATELINES) {
    const m = dateline.exec(line);
    if (m && line.length > m[0].length) return line.slice(m[0].length);
  }
  return line;
}

/** A scraper header " date 2023-09 <headline>" carries the article's own headline. */
const HEADER_HEADLINE = /^date\s+\d{4}-\d{2}(?:-\d{2})?\s+(\S.*)$/i;

export function deriveTitle(text: string, maxLength = 100): string {
  const lines = text.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const headline = HEADER_HEADLINE.exec(lines[0] ?? "")?.[1];
  const first = headline ?? lines.find((l) => !isDebrisLine(l)) ?? lines[0] ?? "";
  const body = stripDateline(first);
  const sentence = body.slice(0, firstSentenceEnd(body)).trim() || body.trim();
  const chars = [...sentence];
  if (chars.length <= maxLength) return sentence;
  const cut = chars.slice(0, maxLength - 1).join("");
  // Keep whole words: cut back to the last space, unless the cut already ends a word.
  const endsWord = /\s/u.test(chars[maxLength - 1] ?? " ");
  const lastSpace = cut.lastIndexOf(" ");
  const kept = endsWord || lastSpace <= maxLength / 2 ? cut : cut.slice(0, lastSpace);
  return `${kept.replace(/[\s,;:–-]+$/u, "")}…`;
}
