// Issue 5's figures: exporting 5,000 claims over 200 documents through the API, per format
// (target 2 s each for HTML, CSV and JSON, 20 s for PDF), median of 3; and how long other
// requests wait while a PDF export runs.
import { join } from "node:path";
import { articles, pool, timed } from "./support/http.ts";
import { startRealServer as startServer } from "../tests/support/real-server.ts";
import { median, report } from "./support/stats.ts";

const VERDICTS = ["TRUE", "FALSE", "MISLEADING", "MOSTLY_TRUE", "UNPROVEN"];

export async function benchExports(root: string): Promise<void> {
  const server = await startServer(Number(process.env.BENCH_PORT ?? 3292));
  const auth = { Authorization: `Bearer ${server.token}`, "Content-Type": "application/json" };
  try {
    const ids: string[] = [];
    await pool(articles(join(root, "seeds"), 200), 8, async (text, i) => {
      const res = await fetch(`${server.baseURL}/api/v1/documents`, { method: "POST", headers: auth, body: JSON.stringify({ text: `${text}\nSalinan ${i}.`, outlet: `Outlet ${i % 5}`, publishedAt: "2023-09-06" }) });
      if (res.status !== 201 && res.status !== 200) throw new Error(`import: ${res.status}`);
      ids[i] = ((await res.json()) as { id: string }).id;
    });
    const jobs = Array.from({ length: 5000 }, (_, i) => ({ doc: ids[i % 200]!, at: Math.floor(i / 200) * 45 + 1, verdict: VERDICTS[i % VERDICTS.length]! }));
    const t0 = performance.now();
    await pool(jobs, 8, async (j) => {
      const res = await fetch(`${server.baseURL}/api/v1/documents/${j.doc}/annotations`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ start: j.at, end: j.at + 30, verdict: j.verdict, translation: "A benchmark translation of the span", rationale: "Checked against two sources." }),
      });
      if (res.status !== 201) throw new Error(`annotate: ${res.status} ${await res.text()}`);
    });
    console.log(`\nExports: 5,000 claims over 200 documents (created in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    for (const format of ["html", "pdf", "docx", "md", "csv", "w3c", "claimreview"]) {
      const url = `${server.baseURL}/api/v1/export?format=${format}`;
      const [first] = await timed(url, auth, 1);
      const times = await timed(url, auth, 3);
      const size = (await (await fetch(url, { headers: auth })).arrayBuffer()).byteLength;
      report(`export ${format} of 5,000 claims`, median(times), format === "pdf" ? 20_000 : format === "html" || format === "csv" || format === "w3c" ? 2000 : undefined, `(first ${Math.round(first!)} ms; ${(size / 1024 / 1024).toFixed(1)} MB)`);
    }
    // Other people while a PDF export runs: a small request every 50 ms, its slowest answer.
    let exporting = true;
    const pdf = fetch(`${server.baseURL}/api/v1/export?format=pdf`, { headers: auth }).then((r) => r.arrayBuffer()).finally(() => (exporting = false));
    const others: number[] = [];
    while (exporting) {
      const t = performance.now();
      await fetch(`${server.baseURL}/api/v1/me`, { headers: auth });
      others.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
    await pdf;
    others.sort((a, b) => a - b);
    report("GET /api/v1/me during a PDF export (slowest)", others[others.length - 1]!, undefined, `(${others.length} requests, median ${Math.round(median(others))} ms)`);
  } finally {
    await server.stop();
  }
}
