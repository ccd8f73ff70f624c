// Benchmark material built from the seed articles: a long article of real Indonesian
// paragraphs, and spans over it (5–60 characters, about 10% overlapping a neighbour).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** A small seeded generator, so every run measures the same spans. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `bytes` of article text (UTF-8), one paragraph per line, from the seeds' paragraphs. */
export function longArticle(seedsDir: string, bytes: number): string {
  const paragraphs = readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => readFileSync(join(seedsDir, f), "utf8").split(/\r?\n/))
    .map((l) => l.trim())
    .filter((l) => l.length > 80);
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `${paragraphs[i % paragraphs.length]} (${i + 1})`;
    out.push(line);
    size += Buffer.byteLength(line, "utf8") + 1;
  }
  return out.join("\n");
}

export interface Span {
  start: number;
  end: number;
}

/** `count` spans in code points, spread over the text, never over a line break or only spaces. */
export function spansOver(text: string, count: number, seed = 7): Span[] {
  const chars = [...text];
  const rnd = random(seed);
  const step = Math.floor(chars.length / count);
  const spans: Span[] = [];
  for (let i = 0; i < count; i++) {
    const overlap = rnd() < 0.1 && spans.length > 0;
    let start = overlap ? spans[spans.length - 1]!.start + 2 : i * step + Math.floor(rnd() * Math.max(1, step - 60));
    let end = start + 5 + Math.floor(rnd() * 56);
    const nl = chars.indexOf("\n", start);
    if (nl !== -1 && nl < end) end = nl;
    while (start < end && /\s/.test(chars[start]!)) start++;
    if (end - start < 3) {
      start = i * step;
      end = start + 5;
    }
    spans.push({ start, end });
  }
  return spans;
}
