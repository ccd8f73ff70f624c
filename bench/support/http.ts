// Load helpers for benchmarks: generated articles, timed GETs, a pool of concurrent requests.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { random } from "./corpus.ts";

/** `count` articles: the seeds' sentences shuffled and renumbered, about 2–4 KB each. */
export function articles(seedsDir: string, count: number): string[] {
  const sentences = readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => readFileSync(join(seedsDir, f), "utf8").split(/(?<=[.!?]["”]?)\s+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 60);
  const rnd = random(42);
  return Array.from({ length: count }, (_, i) => {
    const lines: string[] = [`Artikel uji nomor ${i + 1} tentang Korea Utara dan Rusia.`];
    for (let k = 0; k < 14; k++) lines.push(sentences[Math.floor(rnd() * sentences.length)]!);
    return lines.join("\n");
  });
}

export async function timed(url: string, headers: Record<string, string>, times: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    out.push(performance.now() - t0);
  }
  return out;
}

export async function pool<T>(items: T[], width: number, work: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) {
      const i = next++;
      await work(items[i]!, i);
    }
  }));
}

