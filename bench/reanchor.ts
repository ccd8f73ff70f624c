// Re-anchoring in process (the pure module): 10,000 annotations over a 400 KB article after
// three kinds of correction. Median of 5 runs each. The article repeats the seeds' paragraphs,
// so words of a deleted paragraph are usually found again, exactly, in a copy of it.
import { join } from "node:path";
import { quoteSelector } from "../src/domain/anchoring/span.ts";
import { reanchor, type Anchor } from "../src/domain/anchoring/reanchor.ts";
import { createOffsetMap } from "../src/domain/text/code-points.ts";
import { longArticle, spansOver } from "./support/corpus.ts";
import { median, report } from "./support/stats.ts";

export function benchReanchor(root: string): void {
  const text = longArticle(join(root, "seeds"), 400 * 1024);
  const map = createOffsetMap(text);
  const anchors: Anchor[] = spansOver(text, 10_000, 11).map((s, i) => ({ id: String(i), ...s, ...quoteSelector(text, s.start, s.end, map) }));
  const middle = text.indexOf("\n", Math.floor(text.length / 2));
  const edits: Array<[string, string]> = [
    ["a sentence inserted in the middle", `${text.slice(0, middle)} Kalimat tambahan.${text.slice(middle)}`],
    ["a typo fixed near the start", text.replace("Amerika", "Amerikaa")],
    ["a paragraph deleted in the middle", text.slice(0, middle) + text.slice(text.indexOf("\n", middle + 1))],
  ];
  console.log(`\nRe-anchoring ${anchors.length} annotations over ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB (pure module, in process)`);
  for (const [label, edited] of edits) {
    const times: number[] = [];
    let methods = "";
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const results = reanchor(text, edited, anchors);
      times.push(performance.now() - t0);
      const counts = new Map<string, number>();
      for (const r of results) counts.set(r.status === "orphaned" ? "orphaned" : r.method, (counts.get(r.status === "orphaned" ? "orphaned" : r.method) ?? 0) + 1);
      methods = [...counts].map(([m, n]) => `${n} ${m}`).join(", ");
    }
    report(label, median(times), undefined, `(${methods})`);
  }
}
