// The annotation API against the real server: the documented shapes, offsets in code points,
// refusals (422, 404, 403, 401) that store nothing, versions (409 with the current state),
// deletes and history, and document corrections that re-anchor.
import { adminToken, expect, test, userWithToken } from "../support/fixtures";
import { bearer, importArticle, listAnnotations, span, type AnnotationJson } from "../support/workbench";

const LINE = "Kirby mengatakan 🇰🇵 Korea Utara mengirimkan roket dan rudal ke Rusia tahun lalu.";

test("create, read, update with versions, history and delete, in the documented shapes", async ({ request }) => {
  const auth = bearer(adminToken());
  const doc = await importArticle(request, adminToken(), [LINE]);
  const body = {
    ...span(doc.text, "Korea Utara mengirimkan roket dan rudal ke Rusia"),
    translation: "North Korea sent rockets and missiles to Russia",
    verdict: "UNPROVEN",
    claimant: "Kirby",
    rationale: "No evidence was offered.",
    evidence: [{ url: "https://example.org/a", title: "Briefing", quote: "We have information", stance: "refutes", accessedAt: "2023-09-07" }],
  };
  const res = await request.post(`/api/v1/documents/${doc.id}/annotations`, { headers: auth, data: body });
  expect(res.status()).toBe(201);
  const created = (await res.json()) as AnnotationJson & { createdAt: string; updatedAt: string };
  for (const field of ["id", "documentId", "start", "end", "quote", "prefix", "suffix", "translation", "verdict", "claimant", "rationale", "evidence", "version", "createdBy", "createdAt", "updatedAt"]) {
    expect(created, field).toHaveProperty(field);
  }
  // The flag is one code point (two UTF-16 units, two regional indicators count as two code points).
  expect(created).toMatchObject({ ...body, documentId: doc.id, quote: "Korea Utara mengirimkan roket dan rudal ke Rusia", version: 1 });
  expect([...doc.text].slice(created.start, created.end).join("")).toBe(created.quote);
  expect(created.prefix).toBe([...doc.text].slice(Math.max(0, created.start - 32), created.start).join(""));
  expect(created.suffix).toBe([...doc.text].slice(created.end, created.end + 32).join(""));

  const list = await listAnnotations(request, adminToken(), doc.id);
  expect(list.map((a) => a.id)).toEqual([created.id]);

  const patched = await request.patch(`/api/v1/annotations/${created.id}`, { headers: auth, data: { version: 1, verdict: "FALSE" } });
  expect(patched.status()).toBe(200);
  expect(await patched.json()).toMatchObject({ version: 2, verdict: "FALSE", translation: body.translation });

  // A stale version: 409 with the current state, nothing changed.
  const stale = await request.patch(`/api/v1/annotations/${created.id}`, { headers: auth, data: { version: 1, verdict: "TRUE" } });
  expect(stale.status()).toBe(409);
  const conflict = (await stale.json()) as { error: { code: string; message: string; details: { current: AnnotationJson } } };
  expect(conflict.error.code).toBe("conflict");
  expect(conflict.error.details.current).toMatchObject({ id: created.id, version: 2, verdict: "FALSE" });

  const history = await request.get(`/api/v1/annotations/${created.id}/history`, { headers: auth });
  expect(history.status()).toBe(200);
  const entries = (await history.json()) as Array<{ action: string; actor: { name: string }; changes: Record<string, { before: unknown; after: unknown }> }>;
  expect(entries.map((e) => e.action)).toEqual(["create", "update"]);
  expect(entries[1]!.changes).toEqual({ verdict: { before: "UNPROVEN", after: "FALSE" } });
  expect(entries[1]!.actor.name).toBe("Ayu Admin");

  // Deleting with a stale version is refused; with the current one, 204 and gone.
  expect((await request.delete(`/api/v1/annotations/${created.id}?version=1`, { headers: auth })).status()).toBe(409);
  expect((await request.delete(`/api/v1/annotations/${created.id}?version=2`, { headers: auth })).status()).toBe(204);
  expect(await listAnnotations(request, adminToken(), doc.id)).toEqual([]);
  expect((await request.patch(`/api/v1/annotations/${created.id}`, { headers: auth, data: { version: 2, verdict: "TRUE" } })).status()).toBe(404);
});

test("bad spans and fields answer 422 in the error shape and store nothing", async ({ request }) => {
  const auth = bearer(adminToken());
  const doc = await importArticle(request, adminToken(), [LINE, "   ", "Akhir."]);
  const length = [...doc.text].length;
  const spaces = doc.text.indexOf("   ");
  const cases: Array<[string, unknown]> = [
    ["beyond the end", { start: 0, end: length + 1 }],
    ["negative", { start: -1, end: 4 }],
    ["fractional", { start: 1.5, end: 4 }],
    ["a string", { start: "1", end: 4 }],
    ["start = end", { start: 4, end: 4 }],
    ["start > end", { start: 8, end: 4 }],
    ["only whitespace", { start: [...doc.text.slice(0, spaces)].length, end: [...doc.text.slice(0, spaces)].length + 3 }],
    ["an unknown verdict", { start: 0, end: 6, verdict: "MAYBE" }],
    ["evidence without a URL", { start: 0, end: 6, evidence: [{ title: "x" }] }],
    ["evidence with a javascript: URL", { start: 0, end: 6, evidence: [{ url: "javascript:alert(1)" }] }],
    ["an unknown stance", { start: 0, end: 6, evidence: [{ url: "https://example.org", stance: "maybe" }] }],
  ];
  for (const [label, data] of cases) {
    const res = await request.post(`/api/v1/documents/${doc.id}/annotations`, { headers: auth, data });
    expect(res.status(), label).toBe(422);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code, label).toBe("validation_failed");
    expect(body.error.message.length, label).toBeGreaterThan(10);
  }
  const notJson = await request.post(`/api/v1/documents/${doc.id}/annotations`, { headers: { ...auth, "Content-Type": "application/json" }, data: Buffer.from("{\"start\": 1", "utf8") });
  expect(notJson.status()).toBe(400);
  const unknownDoc = await request.post(`/api/v1/documents/nope/annotations`, { headers: auth, data: { start: 0, end: 4 } });
  expect(unknownDoc.status()).toBe(404);
  expect(await listAnnotations(request, adminToken(), doc.id)).toEqual([]);
});

test("viewers get 403 on every write; reviewers edit anyone's annotation and are named for it", async ({ request, browser, baseURL }) => {
  const doc = await importArticle(request, adminToken(), [LINE]);
  const viewer = await userWithToken(browser, baseURL!, request, "VIEWER");
  const reviewer = await userWithToken(browser, baseURL!, request, "REVIEWER");
  const created = (await (await request.post(`/api/v1/documents/${doc.id}/annotations`, { headers: bearer(adminToken()), data: span(doc.text, "Korea Utara") })).json()) as AnnotationJson;

  const v = bearer(viewer.token);
  expect((await request.get(`/api/v1/documents/${doc.id}/annotations`, { headers: v })).status()).toBe(200);
  expect((await request.post(`/api/v1/documents/${doc.id}/annotations`, { headers: v, data: span(doc.text, "Rusia") })).status()).toBe(403);
  expect((await request.patch(`/api/v1/annotations/${created.id}`, { headers: v, data: { version: 1, verdict: "TRUE" } })).status()).toBe(403);
  expect((await request.delete(`/api/v1/annotations/${created.id}`, { headers: v })).status()).toBe(403);
  expect((await request.patch(`/api/v1/documents/${doc.id}`, { headers: v, data: { version: 1, text: "x" } })).status()).toBe(403);

  const r = await request.patch(`/api/v1/annotations/${created.id}`, { headers: bearer(reviewer.token), data: { version: 1, translation: "North Korea" } });
  expect(r.status()).toBe(200);
  expect(await r.json()).toMatchObject({ version: 2, translation: "North Korea", createdBy: { name: "Ayu Admin" }, updatedBy: { id: reviewer.user.id } });
  expect((await listAnnotations(request, adminToken(), doc.id))[0]).toMatchObject({ version: 2 });

  // Without credentials: 401.
  expect((await request.get(`/api/v1/documents/${doc.id}/annotations`)).status()).toBe(401);
  expect((await request.post(`/api/v1/documents/${doc.id}/annotations`, { data: span(doc.text, "Rusia") })).status()).toBe(401);
});

test("correcting a document re-anchors its annotations and reports how", async ({ request }) => {
  const auth = bearer(adminToken());
  const doc = await importArticle(request, adminToken(), [LINE, "Pemimpin Kim berencana bertemu Presiden Putin bulan ini."]);
  const post = async (quote: string) => (await (await request.post(`/api/v1/documents/${doc.id}/annotations`, { headers: auth, data: span(doc.text, quote) })).json()) as AnnotationJson;
  const kept = await post("Pemimpin Kim berencana bertemu");
  const lost = await post("mengirimkan roket dan rudal");
  const got = (await (await request.get(`/api/v1/documents/${doc.id}`, { headers: auth })).json()) as { version: number };

  const text = doc.text.replace(LINE, "Kirby tidak berkomentar.").replace("Berita uji", "Berita  uji ulang");
  const res = await request.patch(`/api/v1/documents/${doc.id}`, { headers: auth, data: { version: got.version, text, note: "wrong paragraph" } });
  expect(res.status(), await res.text()).toBe(200);
  const result = (await res.json()) as { document: { version: number; text: string }; reanchor: { unchanged: number; moved: number; orphaned: number; orphanedIds: string[] } };
  expect(result.reanchor).toMatchObject({ unchanged: 0, moved: 1, orphaned: 1, orphanedIds: [lost.id] });
  expect(result.document.version).toBe(got.version + 1);

  const after = await listAnnotations(request, adminToken(), doc.id);
  expect(after.find((a) => a.id === kept.id)).toMatchObject({ anchorStatus: "anchored", quote: "Pemimpin Kim berencana bertemu", ...span(result.document.text, "Pemimpin Kim berencana bertemu") });
  expect(after.find((a) => a.id === lost.id)).toMatchObject({ anchorStatus: "orphaned" });

  // The same correction again from the old version: 409, nothing changes.
  const again = await request.patch(`/api/v1/documents/${doc.id}`, { headers: auth, data: { version: got.version, text: "anders" } });
  expect(again.status()).toBe(409);
});
