// Issue 4's figures on the real server:
// - claim suggestions over 1,000 documents (target 200 ms): the first call (the index is built)
//   and then the median and p95 of 20 calls;
// - the claims dashboard at 10,000 claims: list pages (first, deep), filters and search.
import { join } from "node:path";
import { random } from "./support/corpus.ts";
import { articles, pool, timed } from "./support/http.ts";
import { startRealServer as startServer } from "../tests/support/real-server.ts";
import { median, quantile, report } from "./support/stats.ts";

const VERDICTS = ["UNVERIFIED", "TRUE", "FALSE", "MISLEADING", "MOSTLY_TRUE", "UNPROVEN"];

export async function benchClaims(root: string): Promise<void> {
  const server = await startServer(Number(process.env.BENCH_PORT ?? 3291));
  const auth = { Authorization: `Bearer ${server.token}`, "Content-Type": "application/json" };
  try {
    const texts = articles(join(root, "seeds"), 1000);
    const ids: string[] = [];
    const t0 = performance.now();
    await pool(texts, 8, async (text, i) => {
      const res = await fetch(`${server.baseURL}/api/v1/documents`, { method: "POST", headers: auth, body: JSON.stringify({ text, outlet: `Outlet ${i % 7}` }) });
      if (res.status !== 201 && res.status !== 200) throw new Error(`import: ${res.status} ${await res.text()}`);
      ids[i] = ((await res.json()) as { id: string }).id;
    });
    console.log(`\nClaims: 1,000 documents imported in ${((performance.now() - t0) / 1000).toFixed(1)} s (SQLite unless DATABASE_URL names PostgreSQL)`);

    // A claim in the first document: its first long sentence.
    const first = (await (await fetch(`${server.baseURL}/api/v1/documents/${ids[0]}`, { headers: auth })).json()) as { text: string };
    const line = first.text.split("\n")[1]!;
    const start = [...first.text.slice(0, first.text.indexOf(line))].length;
    const created = await fetch(`${server.baseURL}/api/v1/documents/${ids[0]}/annotations`, { method: "POST", headers: auth, body: JSON.stringify({ start, end: start + [...line].length }) });
    const claimId = ((await created.json()) as { claimId: string }).claimId;
    const url = `${server.baseURL}/api/v1/claims/${claimId}/suggestions`;
    const [cold] = await timed(url, auth, 1);
    const warm = await timed(url, auth, 20);
    report("suggestions for a claim over 1,000 documents: first call", cold!, undefined, "(builds the sentence index)");
    report("suggestions for a claim over 1,000 documents: median", median(warm), 200, `(p95 ${Math.round(quantile(warm, 0.95))} ms, 20 calls)`);

    // 10,000 claims: ten annotations in each document, spread over verdicts.
    const jobs: Array<{ doc: string; start: number; end: number; verdict: string }> = [];
    const rnd = random(7);
    for (let i = 0; jobs.length < 10_000; i++) {
      const doc = ids[i % ids.length]!;
      const at = Math.floor(i / ids.length) * 40 + 1;
      jobs.push({ doc, start: at, end: at + 20 + Math.floor(rnd() * 15), verdict: VERDICTS[i % VERDICTS.length]! });
    }
    const t1 = performance.now();
    await pool(jobs, 8, async (j) => {
      const res = await fetch(`${server.baseURL}/api/v1/documents/${j.doc}/annotations`, { method: "POST", headers: auth, body: JSON.stringify({ start: j.start, end: j.end, verdict: j.verdict, translation: "benchmark claim" }) });
      if (res.status !== 201) throw new Error(`annotate: ${res.status} ${await res.text()}`);
    });
    console.log(`  10,000 claims created over HTTP in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
    const api = `${server.baseURL}/api/v1/claims`;
    for (const [label, query] of [
      ["dashboard API, first page of 10,000 claims", "?page=1"],
      ["dashboard API, page 300 (deep paging)", "?page=300"],
      ["dashboard API, verdict FALSE, sorted by appearances", "?verdict=FALSE&sort=appearances"],
      ["dashboard API, full-text search", "?q=pertahanan"],
      ["dashboard API, outlet filter", "?outlet=Outlet%203"],
    ] as const) {
      const times = await timed(api + query, auth, 10);
      report(label, median(times), undefined, `(p95 ${Math.round(quantile(times, 0.95))} ms)`);
    }
  } finally {
    await server.stop();
  }
}
