// Property-based fuzzing of every API route (fast-check): 1,100 generated malformed or hostile
// requests per run against a server of its own — wrong types, huge and fractional numbers,
// negative offsets, invalid JSON, wrong content types, invalid UTF-8, NUL bytes, lone
// surrogates, deep nesting, bodies over the limit, junk ids and query strings. Every answer is
// below 500, every error is in the documented JSON shape, and a batch of requests that were all
// refused leaves the database exactly as it was (compared through a full backup).
import fc from "fast-check";
import { decodeBackup } from "../../src/domain/backup/backup-file";
import { startRealServer, type RealServer } from "../../tests/support/real-server";
import { API_ROUTES, fill, type Ids, type RouteSpec } from "../support/api-routes";
import { expect, test } from "../support/fixtures";

const LIMIT = 64 * 1024; // SARING_MAX_IMPORT_BYTES on this server; JSON bodies may be twice that

type Body = { kind: "none" } | { kind: "text"; text: string } | { kind: "bytes"; bytes: Uint8Array };
interface FuzzRequest {
  route: RouteSpec;
  ids: "valid" | string;
  query: Array<[string, string]>;
  body: Body;
  contentType: string | null;
}

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("\u0000", "a\u0000b", "\uD800", "x\uDFFFy", "💥".repeat(500), "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "%00", "=cmd|' /C calc'!A0", "\u202Eevil", "NaN", "-1", "1e400", "0x10"),
);
const hostile = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 0.5, -0.5, 1e308, -1e308, 2 ** 53 + 1, 1e21, -0),
  hostileString,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 2 }), { maxKeys: 3 }),
  fc.constant("x".repeat(40_000)),
);

function requestArb(): fc.Arbitrary<FuzzRequest> {
  return fc.constantFrom(...API_ROUTES).chain((route) => {
    const fields = [...(route.fields ?? []), "extra", "__proto__", "constructor"];
    const body: fc.Arbitrary<Body> =
      route.method === "GET" || route.method === "DELETE"
        ? fc.constant({ kind: "none" as const })
        : fc.oneof(
            { weight: 5, arbitrary: fc.dictionary(fc.constantFrom(...fields), hostile, { maxKeys: 6 }).map((o) => ({ kind: "text" as const, text: JSON.stringify(o) })) },
            { weight: 2, arbitrary: fc.anything({ maxDepth: 3 }).map((v) => ({ kind: "text" as const, text: JSON.stringify(v) ?? "null" })) },
            { weight: 1, arbitrary: fc.constantFrom("{", "[1,", '{"a":}', "nul", "{'x':1}", "", "\u0000", '{"start":1e999}', '{"start":1,"start":"2"}').map((text) => ({ kind: "text" as const, text })) },
            { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }).map((n) => ({ kind: "text" as const, text: "[".repeat(n) + "]".repeat(n) })) },
            { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 48 }).map((b) => ({ kind: "bytes" as const, bytes: Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, ...b, 0xc3]) })) },
            { weight: 1, arbitrary: fc.constant({ kind: "text" as const, text: JSON.stringify({ text: "y".repeat(LIMIT * 2 + 10) }) }) },
          );
    return fc.record({
      route: fc.constant(route),
      ids: fc.oneof({ weight: 4, arbitrary: fc.constant("valid") }, { weight: 1, arbitrary: fc.oneof(hostileString.map((s) => s.slice(0, 300)), fc.constantFrom("nope", "%00", "..%2F..", "x".repeat(1500))) }),
      query: fc.array(fc.tuple(fc.constantFrom(...fields, "documentId", "page"), hostileString.map((s) => s.slice(0, 500))), { maxLength: 4 }),
      body,
      contentType: fc.oneof({ weight: 6, arbitrary: fc.constant("application/json") }, { weight: 2, arbitrary: fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz", "application/json; charset=latin1", "application/xml", null) }),
    });
  });
}

/** A junk id in a path; a lone surrogate cannot be percent-encoded, so it goes as its raw (invalid) UTF-8 bytes. */
function pathSegment(id: string): string {
  try {
    return encodeURIComponent(id);
  } catch {
    return "%ED%A0%80" + encodeURIComponent(id.replace(/[\uD800-\uDFFF]/g, ""));
  }
}

async function send(server: RealServer, ids: Ids, r: FuzzRequest): Promise<{ status: number; type: string; text: string; url: string }> {
  const path = r.ids === "valid" ? fill(r.route.path, ids) : r.route.path.replace(/\{\w+\}/g, pathSegment(r.ids));
  const query = new URLSearchParams(r.query).toString();
  const headers: Record<string, string> = { Authorization: `Bearer ${server.token}` };
  if (r.contentType && r.body.kind !== "none") headers["Content-Type"] = r.contentType;
  const body = r.body.kind === "text" ? r.body.text : r.body.kind === "bytes" ? new Blob([r.body.bytes as Uint8Array<ArrayBuffer>]) : undefined;
  const res = await fetch(`${server.baseURL}${path}${query ? `?${query}` : ""}`, { method: r.route.method, headers, body });
  return { status: res.status, type: res.headers.get("content-type") ?? "", text: await res.text(), url: `${path}${query ? `?${query}` : ""}`.slice(0, 300) };
}

/** The whole database, as a backup reads it, minus the audit rows that reading it adds. */
async function snapshot(server: RealServer): Promise<string> {
  const res = await fetch(`${server.baseURL}/api/v1/backup`, { headers: { Authorization: `Bearer ${server.token}` } });
  expect(res.status).toBe(200);
  const { tables } = decodeBackup(new Uint8Array(await res.arrayBuffer()));
  tables.AuditEvent = tables.AuditEvent.filter((e) => e.action !== "instance.backup");
  tables.ApiToken = tables.ApiToken.map((t) => ({ ...t, lastUsedAt: null }));
  return JSON.stringify(tables);
}

test("1,100 generated hostile requests: no 5xx, errors in the documented shape, refused requests change nothing", async () => {
  test.setTimeout(600_000);
  const server = await startRealServer(Number(process.env.E2E_PORT ?? 3210) + 22, { SARING_MAX_IMPORT_BYTES: String(LIMIT), SARING_MAX_JSON_BYTES: String(LIMIT * 2) }, "ADMIN");
  const auth = { Authorization: `Bearer ${server.token}`, "Content-Type": "application/json" };
  const post = async (path: string, data: unknown) => (await fetch(`${server.baseURL}${path}`, { method: "POST", headers: auth, body: JSON.stringify(data) })).json() as Promise<Record<string, unknown>>;
  try {
    const doc = await post("/api/v1/documents", { text: 'Berita fuzz.\n"Korea Utara akan membayar harga," kata Sullivan.', outlet: "Uji" });
    const a = await post(`/api/v1/documents/${doc.id}/annotations`, { start: 14, end: 45, translation: "North Korea will pay a price" });
    const b = await post(`/api/v1/documents/${doc.id}/annotations`, { start: 0, end: 12 });
    const eq = await post("/api/v1/equivalences", { canonical: "Korut", terms: ["Korea Utara"] });
    const u = await post("/api/v1/users", { email: "fuzz-target@saring.test", name: "Target", role: "VIEWER", password: "fuzz-password-2026" });
    const job = await post("/api/v1/exports", { format: "csv" });
    const term = await post("/api/v1/glossary", { source: "Istilah fuzz", target: "Fuzz term" });
    const ids: Ids = { document: String(doc.id), annotation: String(a.id), claim: String(a.claimId), other: String(b.claimId), equivalence: String(eq.id), user: String(u.id), export: String(job.id), glossary: String(term.id), step: "submit", version: 1, claimVersion: 1 };

    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
    let sent = 0;
    const statuses = new Map<number, number>();
    console.log(`[fuzz] seed ${seed} (FUZZ_SEED=${seed} repeats this run)`);
    await fc.assert(
      fc.asyncProperty(fc.array(requestArb(), { minLength: 25, maxLength: 25 }), async (batch) => {
        const before = await snapshot(server);
        let anyAccepted = false;
        for (const r of batch) {
          const res = await send(server, ids, r);
          sent++;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const what = `${r.route.method} ${res.url} (${r.body.kind}, ${r.contentType}) → ${res.status} ${res.text.slice(0, 200)}`;
          expect(res.status, what).toBeLessThan(500);
          if (res.status < 400) anyAccepted = true;
          else {
            expect(res.type, what).toContain("application/json");
            const json = JSON.parse(res.text) as { error?: { code?: unknown; message?: unknown } };
            expect(typeof json.error?.code, what).toBe("string");
            expect(typeof json.error?.message, what).toBe("string");
          }
        }
        if (!anyAccepted) expect(await snapshot(server), "a refused batch changed the database").toBe(before);
      }),
      { numRuns: 44, seed, endOnFailure: true },
    );
    console.log(`[fuzz] ${sent} requests; statuses ${[...statuses].sort((x, y) => x[0] - y[0]).map(([s, n]) => `${s}×${n}`).join(", ")}`);
    expect(sent).toBeGreaterThanOrEqual(1100);
    expect(statuses.get(413) ?? 0).toBeGreaterThan(0);

    // Secrets never reach the logs: the token went with every request; a wrong password and a
    // sign-in attempt with the real one go through the sign-in endpoint too.
    const csrf = await fetch(`${server.baseURL}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    for (const password of ["wrong-secret-password-123", server.password]) {
      await fetch(`${server.baseURL}/api/auth/callback/credentials`, { method: "POST", redirect: "manual", headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie }, body: new URLSearchParams({ csrfToken, email: server.email, password, json: "true" }) });
    }
    const logs = server.logs();
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [server.token, server.token.slice(4, 24), server.password, "wrong-secret-password-123"]) expect(logs.includes(secret), "a secret in the server log").toBe(false);
  } finally {
    await server.stop();
  }
});
