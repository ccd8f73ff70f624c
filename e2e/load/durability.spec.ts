// Durability and concurrency against the real server, on the engine of the run (SQLite or
// PostgreSQL): 50 concurrent writers lose nothing; a server killed with SIGKILL in the middle of
// writes comes back with an intact database holding every acknowledged write; concurrent
// updates of one claim with the same version: exactly one wins, the rest get 409.
import Database from "better-sqlite3";
import { startRealServer } from "../../tests/support/real-server";
import { adminToken, expect, test } from "../support/fixtures";
import { bearer, importArticle } from "../support/workbench";

const SENTENCE = "Amerika Serikat memperingatkan Korea Utara akan menanggung konsekuensi jika memasok senjata ke Rusia.";

test("50 concurrent writers: every 201 is stored, no 5xx, counts match exactly", async ({ request }) => {
  test.setTimeout(120_000);
  const doc = await importArticle(request, adminToken(), Array.from({ length: 20 }, () => SENTENCE));
  const length = [...doc.text].length;
  const statuses: number[] = [];
  const created: string[] = [];
  await Promise.all(
    Array.from({ length: 50 }, async (_, w) => {
      for (let i = 0; i < 8; i++) {
        const start = (w * 37 + i * 11) % (length - 40);
        const res = await request.post(`/api/v1/documents/${doc.id}/annotations`, { headers: bearer(adminToken()), data: { start, end: start + 30, translation: `writer ${w} item ${i}`, verdict: "UNVERIFIED" } });
        statuses.push(res.status());
        if (res.status() === 201) created.push(((await res.json()) as { id: string }).id);
      }
    }),
  );
  expect(statuses.filter((s) => s >= 500)).toEqual([]);
  // Some spans are only whitespace-trimmed differently; every answer is a 201 or a documented 4xx.
  expect(statuses.every((s) => s === 201 || s === 422)).toBe(true);
  const stored = (await (await request.get(`/api/v1/documents/${doc.id}/annotations`, { headers: bearer(adminToken()) })).json()) as Array<{ id: string; translation: string }>;
  expect(stored.map((a) => a.id).sort()).toEqual(created.sort());
  expect(created.length).toBeGreaterThanOrEqual(380);
});

test("concurrent updates of one claim with the same version: one wins, the others get 409, nothing is lost", async ({ request }) => {
  const doc = await importArticle(request, adminToken(), [SENTENCE]);
  const start = [...doc.text].length - [...SENTENCE].length;
  const created = await request.post(`/api/v1/documents/${doc.id}/annotations`, { headers: bearer(adminToken()), data: { start, end: start + 40 } });
  const claimId = ((await created.json()) as { claimId: string }).claimId;
  const claim = (await (await request.get(`/api/v1/claims/${claimId}`, { headers: bearer(adminToken()) })).json()) as { version: number };
  const answers = await Promise.all(
    Array.from({ length: 12 }, async (_, i) => {
      const res = await request.patch(`/api/v1/claims/${claimId}`, { headers: bearer(adminToken()), data: { version: claim.version, rationale: `Writer ${i} checked the briefing.`, verdict: i % 2 ? "TRUE" : "FALSE" } });
      return { i, status: res.status(), body: (await res.json()) as { rationale?: string; verdict?: string; version?: number; error?: { code: string } } };
    }),
  );
  const winners = answers.filter((a) => a.status === 200);
  expect(winners).toHaveLength(1);
  expect(answers.filter((a) => a.status === 409).map((a) => a.body.error?.code)).toEqual(Array(11).fill("conflict"));
  const final = (await (await request.get(`/api/v1/claims/${claimId}`, { headers: bearer(adminToken()) })).json()) as { rationale: string; verdict: string; version: number };
  expect(final).toMatchObject({ rationale: `Writer ${winners[0]!.i} checked the briefing.`, verdict: winners[0]!.body.verdict, version: claim.version + 1 });
});

test("SIGKILL in the middle of writes: the database is intact and every acknowledged write is there", async () => {
  test.setTimeout(300_000);
  const server = await startRealServer(Number(process.env.E2E_PORT ?? 3210) + 21);
  const auth = { Authorization: `Bearer ${server.token}`, "Content-Type": "application/json" };
  try {
    const imported = await fetch(`${server.baseURL}/api/v1/documents`, { method: "POST", headers: auth, body: JSON.stringify({ text: Array(30).fill(SENTENCE).join("\n"), outlet: "Uji" }) });
    expect(imported.status).toBe(201);
    const doc = (await imported.json()) as { id: string };
    const acknowledged: string[] = [];
    let failures = 0;
    let killed = false;
    const writer = async (w: number) => {
      for (let i = 0; !killed; i++) {
        const start = (w * 53 + i * 7) % 2800;
        try {
          const res = await fetch(`${server.baseURL}/api/v1/documents/${doc.id}/annotations`, { method: "POST", headers: auth, body: JSON.stringify({ start, end: start + 25, translation: `w${w} i${i}` }) });
          if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
          else expect(res.status).toBeLessThan(500);
        } catch {
          failures++; // the connection died with the server
          return;
        }
      }
    };
    const writers = Array.from({ length: 20 }, (_, w) => writer(w));
    while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 20));
    server.kill();
    killed = true;
    await Promise.all(writers);
    expect(failures).toBeGreaterThan(0); // requests were in flight when it died

    if (server.databaseUrl.startsWith("file:")) {
      const file = new Database(server.databaseUrl.slice("file:".length));
      try {
        expect(file.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(file.pragma("foreign_key_check")).toEqual([]);
        const ids = new Set((file.prepare("SELECT id FROM Annotation").all() as Array<{ id: string }>).map((r) => r.id));
        expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
      } finally {
        file.close();
      }
    }
    await server.restart();
    const listed = await fetch(`${server.baseURL}/api/v1/documents/${doc.id}/annotations`, { headers: auth });
    expect(listed.status).toBe(200);
    const stored = new Set(((await listed.json()) as Array<{ id: string }>).map((a) => a.id));
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
    // A write after the restart works.
    const after = await fetch(`${server.baseURL}/api/v1/documents/${doc.id}/annotations`, { method: "POST", headers: auth, body: JSON.stringify({ start: 0, end: 20 }) });
    expect(after.status).toBe(201);
    console.log(`[durability] ${acknowledged.length} writes acknowledged before SIGKILL, ${stored.size} stored after restart, ${failures} requests cut off`);
  } finally {
    await server.stop();
  }
});
