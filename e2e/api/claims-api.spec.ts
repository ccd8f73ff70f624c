// The claims API against the real server: appearances across documents, the paged list and its
// filters, versions (409), the review steps and their refusals (403 with the reason), comments,
// suggestions, candidates, and what viewers may not do.
import { randomBytes } from "node:crypto";
import { adminToken, expect, test, userWithToken } from "../support/fixtures";
import { bearer, importArticle, span } from "../support/workbench";

const A = "Amerika Serikat memperingatkan Korea Utara akan menanggung konsekuensi jika memasok senjata ke Rusia.";
const B = "Sullivan memperingatkan Kim Jong Un bahwa Korut akan membayar harga untuk pasokan senjata ke Rusia.";

test("claims: appearances, list, versions, review with four eyes, comments, suggestions", async ({ request, browser, baseURL }) => {
  test.setTimeout(60_000);
  const admin = bearer(adminToken());
  const editor = await userWithToken(browser, baseURL!, request, "EDITOR");
  const viewer = await userWithToken(browser, baseURL!, request, "VIEWER");
  const tag = randomBytes(3).toString("hex");
  const docA = await importArticle(request, adminToken(), [A, `Penanda ${tag}.`]);
  const docB = await importArticle(request, adminToken(), [B, `Penanda ${tag}.`]);

  // The editor states the claim in document A with a verdict; it is a claim of its own.
  const created = await request.post(`/api/v1/documents/${docA.id}/annotations`, { headers: editor.auth, data: { ...span(docA.text, "akan menanggung konsekuensi jika memasok senjata ke Rusia"), verdict: "TRUE", translation: "will bear the consequences" } });
  expect(created.status()).toBe(201);
  const annotation = (await created.json()) as { id: string; claimId: string };
  expect(annotation.claimId).toMatch(/^[a-z0-9]+$/);

  // Suggestions for it: document B's sentence, with a score; none from document A itself.
  const sugg = await request.get(`/api/v1/claims/${annotation.claimId}/suggestions`, { headers: viewer.auth });
  expect(sugg.status()).toBe(200);
  const suggestions = (await sugg.json()) as Array<{ documentId: string; start: number; end: number; quote: string; score: number }>;
  expect(suggestions.some((s) => s.documentId === docA.id)).toBe(false);
  const inB = suggestions.find((s) => s.documentId === docB.id);
  expect(inB).toMatchObject({ quote: B, ...span(docB.text, B) });
  expect(inB!.score).toBeGreaterThan(0.25);

  // Linking it: 201 with the new annotation on the same claim.
  const linked = await request.post(`/api/v1/claims/${annotation.claimId}/appearances`, { headers: editor.auth, data: { documentId: docB.id, start: inB!.start, end: inB!.end, translation: "Korut will pay a price" } });
  expect(linked.status(), await linked.text()).toBe(201);
  expect(await linked.json()).toMatchObject({ claimId: annotation.claimId, documentId: docB.id, verdict: "TRUE" });
  // Bad appearances: 422 for a bad span, 404 for an unknown document.
  expect((await request.post(`/api/v1/claims/${annotation.claimId}/appearances`, { headers: editor.auth, data: { documentId: docB.id, start: 5, end: 2 } })).status()).toBe(422);
  expect((await request.post(`/api/v1/claims/${annotation.claimId}/appearances`, { headers: editor.auth, data: { documentId: "nope", start: 0, end: 2 } })).status()).toBe(404);

  // The claim with both appearances.
  const got = await request.get(`/api/v1/claims/${annotation.claimId}`, { headers: viewer.auth });
  const claim = (await got.json()) as { version: number; reviewState: string; appearances: Array<{ documentId: string }> };
  expect(claim.appearances.map((a) => a.documentId)).toEqual([docA.id, docB.id]);
  expect(claim.reviewState).toBe("DRAFT");

  // PATCH with the version: 200; again with the old version: 409 with the current claim.
  const patched = await request.patch(`/api/v1/claims/${annotation.claimId}`, { headers: editor.auth, data: { version: claim.version, summary: `The US warned North Korea over arms for Russia ${tag}` } });
  expect(patched.status()).toBe(200);
  const stale = await request.patch(`/api/v1/claims/${annotation.claimId}`, { headers: editor.auth, data: { version: claim.version, summary: "other" } });
  expect(stale.status()).toBe(409);
  expect(((await stale.json()) as { error: { details: { current: { summary: string } } } }).error.details.current.summary).toContain(tag);

  // Review: the editor who set the verdict cannot approve (403 with the reason); the admin can.
  expect((await request.post(`/api/v1/claims/${annotation.claimId}/submit`, { headers: editor.auth })).status()).toBe(200);
  const own = await request.post(`/api/v1/claims/${annotation.claimId}/approve`, { headers: editor.auth });
  expect(own.status()).toBe(403);
  expect(((await own.json()) as { error: { message: string } }).error.message).toContain("four eyes");
  expect((await request.post(`/api/v1/claims/${annotation.claimId}/approve`, { headers: viewer.auth })).status()).toBe(403);
  const noReason = await request.post(`/api/v1/claims/${annotation.claimId}/reject`, { headers: admin, data: { reason: "" } });
  expect(noReason.status()).toBe(422);
  const approved = await request.post(`/api/v1/claims/${annotation.claimId}/approve`, { headers: admin });
  expect(approved.status()).toBe(200);
  expect(await approved.json()).toMatchObject({ reviewState: "APPROVED", approvedBy: { name: "Ayu Admin" } });
  expect((await request.post(`/api/v1/claims/${annotation.claimId}/frobnicate`, { headers: admin })).status()).toBe(404);

  // An approved verdict changes only with a reason, and reopens.
  const current = (await (await request.get(`/api/v1/claims/${annotation.claimId}`, { headers: admin })).json()) as { version: number };
  expect((await request.patch(`/api/v1/claims/${annotation.claimId}`, { headers: editor.auth, data: { version: current.version, verdict: "MISLEADING" } })).status()).toBe(422);
  const corrected = await request.patch(`/api/v1/claims/${annotation.claimId}`, { headers: editor.auth, data: { version: current.version, verdict: "MISLEADING", reason: "The warning was conditional." } });
  expect(await corrected.json()).toMatchObject({ verdict: "MISLEADING", reviewState: "IN_REVIEW" });
  const history = (await (await request.get(`/api/v1/claims/${annotation.claimId}/history`, { headers: viewer.auth })).json()) as Array<{ action: string; reason: string }>;
  expect(history.find((h) => h.action === "correction")).toMatchObject({ reason: "The warning was conditional." });

  // Comments: viewers read, cannot write.
  expect((await request.post(`/api/v1/claims/${annotation.claimId}/comments`, { headers: editor.auth, data: { body: "Reuters has the same quote." } })).status()).toBe(201);
  expect((await request.post(`/api/v1/claims/${annotation.claimId}/comments`, { headers: viewer.auth, data: { body: "x" } })).status()).toBe(403);
  expect((await request.post(`/api/v1/claims/${annotation.claimId}/comments`, { headers: editor.auth, data: { body: "   " } })).status()).toBe(422);
  const comments = (await (await request.get(`/api/v1/claims/${annotation.claimId}/comments`, { headers: viewer.auth })).json()) as Array<{ body: string }>;
  expect(comments.map((c) => c.body)).toEqual(["Reuters has the same quote."]);

  // The list: filters, search, paging, counts; bad parameters are 422.
  const list = await request.get(`/api/v1/claims?q=${tag}&verdict=MISLEADING&reviewState=IN_REVIEW`, { headers: viewer.auth });
  expect(list.status()).toBe(200);
  const page = (await list.json()) as { items: Array<{ id: string; appearances: unknown[] }>; total: number; pages: number; countsByVerdict: Record<string, number> };
  expect(page).toMatchObject({ total: 1, pages: 1, countsByVerdict: { MISLEADING: 1 } });
  expect(page.items[0]).toMatchObject({ id: annotation.claimId });
  expect(page.items[0]!.appearances).toHaveLength(2);
  expect((await (await request.get(`/api/v1/claims?q=${tag}&verdict=TRUE`, { headers: viewer.auth })).json()).total).toBe(0);
  for (const bad of ["verdict=MAYBE", "page=0", "page=x", "pageSize=1000", "reviewState=DONE", "sort=random"]) {
    const res = await request.get(`/api/v1/claims?${bad}`, { headers: viewer.auth });
    expect(res.status(), bad).toBe(422);
  }
  expect((await request.get(`/api/v1/claims/nope`, { headers: viewer.auth })).status()).toBe(404);
  expect((await request.get(`/api/v1/claims`)).status()).toBe(401);

  // Claim candidates of a document, and claims a new span may belong to.
  const candidates = (await (await request.get(`/api/v1/documents/${docB.id}/candidates`, { headers: viewer.auth })).json()) as Array<{ start: number; end: number; reasons: string[] }>;
  expect(candidates.map((c) => [...docB.text].slice(c.start, c.end).join(""))).toContain(B);
  const matches = (await (await request.get(`/api/v1/documents/${docB.id}/claim-matches?${new URLSearchParams({ start: String(span(docB.text, B).start), end: String(span(docB.text, B).end) })}`, { headers: viewer.auth })).json()) as Array<{ claimId: string; score: number }>;
  expect(matches[0]).toMatchObject({ claimId: annotation.claimId });
});
