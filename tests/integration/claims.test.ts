// Claims across articles against a real database: appearances in several documents, the
// verdict read and written through any of them, the review workflow's rules (four eyes,
// reasons, corrections of approved verdicts), comments, merging and splitting, the list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase, type TestDatabase } from "../support/test-database.ts";

let database: TestDatabase;
let s: typeof import("./support/services.ts");
type User = Awaited<ReturnType<typeof s.makeUser>>;
let reviewer: User;
let ani: User;
let budi: User;
let viewer: User;

const TEMPO = "Amerika Serikat memperingatkan Korea Utara akan menanggung konsekuensi jika memasok senjata ke Rusia.";
const DETIK = "AS mengatakan Korut akan membayar harga jika mengirim senjata ke Rusia, kata Sullivan.";

function span(text: string, quote: string) {
  const at = text.indexOf(quote);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...quote].length };
}

async function doc(text: string) {
  const full = `${text}\n${Math.random()}`;
  const { document } = await s.importDocument(reviewer, { text: full, source: "api", outlet: text === TEMPO ? "Tempo" : "detik" });
  return { id: document.id, text: full };
}

const query = (q: Record<string, unknown> = {}) => s.claimQuerySchema.parse(q);

beforeAll(async () => {
  database = await useFreshDatabase();
  s = await import("./support/services.ts");
  reviewer = await s.makeUser("REVIEWER");
  ani = await s.makeUser("EDITOR");
  budi = await s.makeUser("EDITOR");
  viewer = await s.makeUser("VIEWER");
});
afterAll(async () => database.cleanup());

describe("claims across articles", () => {
  it("one claim, two appearances in two documents, each with its own words and translation; the verdict is shared", async () => {
    const [tempo, detik] = [await doc(TEMPO), await doc(DETIK)];
    const first = await s.createAnnotation(reviewer, tempo.id, { ...span(tempo.text, "akan menanggung konsekuensi"), translation: "will bear the consequences" });
    const second = await s.createAnnotation(reviewer, detik.id, { ...span(detik.text, "akan membayar harga"), translation: "will pay a price", claimId: first.claimId });
    expect(second.claimId).toBe(first.claimId);

    const claim = await s.getClaim(viewer, first.claimId);
    expect(claim.appearances.map((a) => [a.documentId, a.quote, a.translation])).toEqual([
      [tempo.id, "akan menanggung konsekuensi", "will bear the consequences"],
      [detik.id, "akan membayar harga", "will pay a price"],
    ]);

    // A verdict set through one appearance is the claim's: the other reads it.
    await s.updateAnnotation(reviewer, second.id, { version: 1, verdict: "TRUE" });
    const [again] = await s.listDocumentAnnotations(viewer, tempo.id);
    expect(again).toMatchObject({ id: first.id, verdict: "TRUE", claimId: first.claimId });
    expect((await s.getClaim(viewer, first.claimId)).verdictSetBy?.id).toBe(reviewer.id);

    // Joining a claim cannot also overwrite its verdict.
    await expect(s.createAnnotation(reviewer, detik.id, { ...span(detik.text, "kata Sullivan"), claimId: first.claimId, verdict: "FALSE" })).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("detects a stale claim version through either path, and keeps the other person's change", async () => {
    const d = await doc(TEMPO);
    const a = await s.createAnnotation(reviewer, d.id, { ...span(d.text, "memperingatkan Korea Utara") });
    const claim = await s.getClaim(viewer, a.claimId);
    await s.updateClaim(ani, a.claimId, { version: claim.version, summary: "The US warned North Korea." });
    await expect(s.updateClaim(budi, a.claimId, { version: claim.version, summary: "Something else" })).rejects.toMatchObject({ code: "conflict", details: { current: { summary: "The US warned North Korea." } } });
    await expect(s.updateAnnotation(budi, a.id, { version: 1, claimVersion: claim.version, verdict: "FALSE" })).rejects.toMatchObject({ code: "conflict" });
    expect(await s.getClaim(viewer, a.claimId)).toMatchObject({ summary: "The US warned North Korea.", verdict: "UNVERIFIED" });
  });

  it("review: submit, four eyes on approval, reasons to send back, and corrections of approved verdicts", async () => {
    const d = await doc(TEMPO);
    const a = await s.createAnnotation(ani, d.id, { ...span(d.text, "akan menanggung konsekuensi"), verdict: "MISLEADING" });
    const id = a.claimId;
    await expect(s.reviewClaim(budi, id, "approve")).rejects.toMatchObject({ code: "forbidden", message: expect.stringMatching(/in review/) });
    await s.reviewClaim(reviewer, id, "submit");
    // Ani set the verdict: she may not approve it. A reviewer may not approve at all.
    await expect(s.reviewClaim(ani, id, "approve")).rejects.toMatchObject({ code: "forbidden", message: expect.stringMatching(/four eyes/) });
    await expect(s.reviewClaim(reviewer, id, "approve")).rejects.toMatchObject({ code: "forbidden" });
    await expect(s.reviewClaim(budi, id, "reject", "")).rejects.toMatchObject({ code: "validation_failed" });
    await s.reviewClaim(budi, id, "reject", "The rationale cites no source.");
    expect((await s.getClaim(viewer, id)).reviewState).toBe("DRAFT");
    await s.reviewClaim(reviewer, id, "submit");
    const approved = await s.reviewClaim(budi, id, "approve");
    expect(approved).toMatchObject({ reviewState: "APPROVED", approvedBy: { id: budi.id } });

    // Changing the approved verdict needs a reason, reopens the claim, and logs a correction.
    await expect(s.updateClaim(reviewer, id, { version: approved.version, verdict: "FALSE" })).rejects.toMatchObject({ code: "validation_failed" });
    expect((await s.getClaim(viewer, id)).verdict).toBe("MISLEADING");
    const corrected = await s.updateClaim(reviewer, id, { version: approved.version, verdict: "FALSE", reason: "The ministry published the shipment records." });
    expect(corrected).toMatchObject({ verdict: "FALSE", reviewState: "IN_REVIEW", approvedBy: null, verdictSetBy: { id: reviewer.id } });
    // Now Ani (who did not set this verdict) may approve it.
    await s.reviewClaim(ani, id, "approve");
    const events = await s.claimEvents(viewer, id);
    expect(events.map((e) => e.action)).toEqual(["submit", "reject", "submit", "approve", "correction", "update", "approve"]);
    const correction = events.find((e) => e.action === "correction")!;
    expect(correction).toMatchObject({ reason: "The ministry published the shipment records.", actor: { id: reviewer.id }, details: { verdict: { before: "MISLEADING", after: "FALSE" } } });
  });

  it("comments: writers comment, viewers read", async () => {
    const d = await doc(TEMPO);
    const a = await s.createAnnotation(reviewer, d.id, { ...span(d.text, "Korea Utara") });
    await s.addComment(reviewer, a.claimId, "Which outlet said it first?");
    await expect(s.addComment(viewer, a.claimId, "me too")).rejects.toMatchObject({ code: "forbidden" });
    expect((await s.claimComments(viewer, a.claimId)).map((c) => [c.author?.id, c.body])).toEqual([[reviewer.id, "Which outlet said it first?"]]);
  });

  it("merge two claims, split an appearance off, move it back: recorded, nothing dropped", async () => {
    const [tempo, detik] = [await doc(TEMPO), await doc(DETIK)];
    const a = await s.createAnnotation(reviewer, tempo.id, { ...span(tempo.text, "akan menanggung konsekuensi"), verdict: "TRUE" });
    const b = await s.createAnnotation(reviewer, detik.id, { ...span(detik.text, "akan membayar harga") });
    await s.addComment(reviewer, b.claimId, "Same claim as Tempo's?");
    const merged = await s.mergeClaims(reviewer, a.claimId, b.claimId);
    expect(merged.appearances.map((x) => x.annotationId).sort()).toEqual([a.id, b.id].sort());
    await expect(s.getClaim(viewer, b.claimId)).rejects.toMatchObject({ code: "not_found" });
    expect((await s.claimComments(viewer, a.claimId)).map((c) => c.body)).toEqual(["Same claim as Tempo's?"]);

    const split = await s.moveAppearance(reviewer, b.id, null);
    expect(split.id).not.toBe(a.claimId);
    expect(split).toMatchObject({ verdict: "TRUE", reviewState: "DRAFT", appearances: [expect.objectContaining({ annotationId: b.id })] });
    expect((await s.getClaim(viewer, a.claimId)).appearances.map((x) => x.annotationId)).toEqual([a.id]);

    const back = await s.moveAppearance(reviewer, b.id, a.claimId);
    expect(back.id).toBe(a.claimId);
    await expect(s.getClaim(viewer, split.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await s.claimEvents(viewer, a.claimId)).map((e) => e.action)).toEqual(expect.arrayContaining(["merge", "unlink", "link"]));
  });

  it("lists claims with filters, search in Indonesian and English, paging and counts per verdict", async () => {
    const tempo = await doc(TEMPO);
    const detik = await doc(DETIK);
    const x = await s.createAnnotation(reviewer, tempo.id, { ...span(tempo.text, "memasok senjata ke Rusia"), translation: "supplies weapons to Russia", verdict: "FALSE", claimant: "Jake Sullivan" });
    await s.createAnnotation(reviewer, detik.id, { ...span(detik.text, "mengirim senjata ke Rusia"), claimId: x.claimId, translation: "sends weapons to Russia" });
    await s.createAnnotation(ani, detik.id, { ...span(detik.text, "kata Sullivan"), verdict: "NOT_CHECKABLE" });

    const byDoc = await s.listClaims(viewer, query({ documentId: detik.id }));
    expect(byDoc.total).toBe(2);
    expect(byDoc.countsByVerdict).toEqual({ FALSE: 1, NOT_CHECKABLE: 1 });
    const falseOnes = await s.listClaims(viewer, query({ documentId: detik.id, verdict: ["FALSE"] }));
    expect(falseOnes.items.map((i) => i.id)).toEqual([x.claimId]);
    expect(falseOnes.items[0]!.appearances.map((a) => a.documentId).sort()).toEqual([tempo.id, detik.id].sort());
    // Search finds Indonesian quotes and English translations, whatever the case.
    expect((await s.listClaims(viewer, query({ q: "MENGIRIM SENJATA", documentId: detik.id }))).total).toBe(1);
    expect((await s.listClaims(viewer, query({ q: "sends weapons", documentId: detik.id }))).total).toBe(1);
    expect((await s.listClaims(viewer, query({ claimant: "sullivan", documentId: detik.id }))).total).toBe(1);
    expect((await s.listClaims(viewer, query({ reviewer: ani.id, documentId: detik.id }))).items.map((i) => i.verdict)).toEqual(["NOT_CHECKABLE"]);
    const paged = await s.listClaims(viewer, query({ documentId: detik.id, pageSize: 1, page: 2, sort: "created" }));
    expect(paged).toMatchObject({ total: 2, pages: 2, page: 2 });
    expect(paged.items).toHaveLength(1);
  });

  it("an equivalence an editor adds makes matching find the claim; reviewers cannot add one", async () => {
    const a = await doc("Menteri Urusan Angkasa memperingatkan bahwa peluncuran roket Zentara akan ditunda.");
    const b = await doc("MUA memperingatkan bahwa peluncuran roket Zentara akan ditunda.");
    const created = await s.createAnnotation(reviewer, a.id, { ...span(a.text, "Menteri Urusan Angkasa memperingatkan bahwa peluncuran roket Zentara akan ditunda") });
    const before = (await s.suggestionsForClaim(viewer, created.claimId)).find((x) => x.documentId === b.id)?.score ?? 0;
    await expect(s.addEquivalence(reviewer, { canonical: "Menteri Urusan Angkasa", terms: ["MUA"] })).rejects.toMatchObject({ code: "forbidden" });
    const added = await s.addEquivalence(ani, { canonical: "Menteri Urusan Angkasa", terms: ["MUA"] });
    const after = (await s.suggestionsForClaim(viewer, created.claimId)).find((x) => x.documentId === b.id)?.score ?? 0;
    expect(after).toBeGreaterThan(before);
    expect((await s.listEquivalences(viewer)).find((e) => e.id === added.id)).toMatchObject({ terms: ["Menteri Urusan Angkasa", "MUA"], createdBy: { id: ani.id } });
    await s.removeEquivalence(ani, added.id!);
    expect((await s.listEquivalences(viewer)).some((e) => e.id === added.id)).toBe(false);
  });
});
