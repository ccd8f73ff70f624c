// Issue 6's write figures: creating annotations over HTTP with 50 concurrent connections for 30 s
// (autocannon, 127.0.0.1) beside the framework's floor — a bare route handler on the same server
// that does no work (GET /api/v1/health). Engine: SQLite, or PostgreSQL when DATABASE_URL names
// a server. Targets: at least half the floor's throughput, p99 under 100 ms. BENCH_SECONDS
// shortens the runs.
import autocannon from "autocannon";
import { join } from "node:path";
import { startRealServer } from "../tests/support/real-server.ts";
import { isPostgres } from "../tests/support/test-database.ts";
import { articles } from "./support/http.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))));
}

function line(what: string, r: autocannon.Result, extra = ""): void {
  console.log(`  ${what.padEnd(46)} ${Math.round(r.requests.average).toString().padStart(6)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  (${r.requests.total} requests; ${r.non2xx} not 2xx, ${r.errors} errors, ${r.timeouts} timeouts)${extra}`);
}

export async function benchWrites(root: string): Promise<void> {
  const engine = isPostgres() ? "PostgreSQL" : "SQLite";
  const server = await startRealServer(Number(process.env.BENCH_PORT ?? 3293));
  const auth = { Authorization: `Bearer ${server.token}`, "Content-Type": "application/json" };
  try {
    const text = articles(join(root, "seeds"), 1)[0]!;
    const res = await fetch(`${server.baseURL}/api/v1/documents`, { method: "POST", headers: auth, body: JSON.stringify({ text, outlet: "Bench" }) });
    const doc = (await res.json()) as { id: string; length: number };
    const length = [...text].length;
    console.log(`\nWrites over HTTP on ${engine}: 50 connections, ${SECONDS} s each (autocannon)`);
    await run({ url: `${server.baseURL}/api/v1/health`, connections: 50, duration: 3 }); // warm-up
    const floor = await run({ url: `${server.baseURL}/api/v1/health`, connections: 50, duration: SECONDS });
    line("floor: GET /api/v1/health (no work)", floor);
    let n = 0;
    const writeRun = (duration: number) =>
      run({
        url: `${server.baseURL}/api/v1/documents/${doc.id}/annotations`,
        connections: 50,
        duration,
        method: "POST",
        headers: auth,
        requests: [
          {
            setupRequest: (req) => {
              const start = (n++ * 97) % (length - 60);
              return { ...req, body: JSON.stringify({ start, end: start + 40, translation: "A benchmark translation", verdict: "UNVERIFIED" }) };
            },
          },
        ],
      });
    // The same warm-up as the floor's (the route's code compiled, the database's pages cached):
    // without it, a run's first seconds wrote at about two thirds of the later rate.
    const warmUp = await writeRun(3);
    const writes = await writeRun(SECONDS);
    const ratio = writes.requests.average / floor.requests.average;
    line("POST /api/v1/documents/{id}/annotations", writes, `  → ${(ratio * 100).toFixed(0)} % of the floor (target ≥ 50 %: ${ratio >= 0.5 ? "met" : "NOT MET"}); p99 target < 100 ms: ${writes.latency.p99 < 100 ? "met" : "NOT MET"}`);
    const stored = (await (await fetch(`${server.baseURL}/api/v1/documents/${doc.id}/annotations`, { headers: auth })).json()) as unknown[];
    console.log(`  stored afterwards: ${stored.length} annotations (2xx answers: ${warmUp["2xx"]} warming up + ${writes["2xx"]} measured)`);
  } finally {
    await server.stop();
  }
}
