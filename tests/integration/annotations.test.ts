// Annotations against a real database: create, read through the claim, concurrent edits,
// history, deletion, and re-anchoring after a correction of the text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useFreshDatabase, type TestDatabase } from "../support/test-database.ts";

let database: TestDatabase;
let s: typeof import("./support/services.ts");
let reviewer: Awaited<ReturnType<typeof s.makeUser>>;
let editor: Awaited<ReturnType<typeof s.makeUser>>;

const TEXT = [
  "JAKARTA - Amerika Serikat memperingatkan Korea Utara akan menanggung konsekuensi 🇺🇸.",
  "“Kami terus menekan basis industri pertahanan Rusia,” kata Sullivan.",
  "Kremlin mengatakan mereka tidak mengatakan apa pun tentang pernyataan itu.",
].join("\n");

/** Code-point span of `quote` in `text`. */
function span(quote: string, text = TEXT) {
  const at = text.indexOf(quote);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...quote].length };
}

async function newDocument(text = TEXT) {
  const { document } = await s.importDocument(reviewer, { text: `${text}\n${Math.random()}`, source: "api" });
  return document;
}

beforeAll(async () => {
  database = await useFreshDatabase();
  s = await import("./support/services.ts");
  reviewer = await s.makeUser("REVIEWER");
  editor = await s.makeUser("EDITOR");
});
afterAll(async () => database.cleanup());

describe("annotations", () => {
  it("creates an annotation with selectors in code points and a claim read through", async () => {
    const doc = await newDocument();
    const a = await s.createAnnotation(reviewer, doc.id, {
      ...span("akan menanggung konsekuensi 🇺🇸"),
      translation: "will bear the consequences",
      verdict: "TRUE",
      claimant: "Jake Sullivan",
      rationale: "Said on the record.",
      evidence: [{ url: "https://www.reuters.com/x", title: "Reuters", quote: "will pay a price", stance: "supports", accessedAt: "2023-09-07" }],
    });
    expect(a).toMatchObject({ quote: "akan menanggung konsekuensi 🇺🇸", verdict: "TRUE", claimant: "Jake Sullivan", version: 1, anchorStatus: "anchored" });
    expect(a.prefix).toBe("Amerika Serikat memperingatkan Korea Utara ".slice(-32));
    expect(a.suffix.startsWith(".\n“Kami")).toBe(true);
    expect(a.evidence).toEqual([{ url: "https://www.reuters.com/x", title: "Reuters", quote: "will pay a price", stance: "supports", accessedAt: "2023-09-07" }]);
    expect(a.createdBy).toEqual({ id: reviewer.id, name: reviewer.name });
    expect(a.textHash).toBe(doc.textHash);
    const list = await s.listDocumentAnnotations(reviewer, doc.id);
    expect(list.map((x) => x.id)).toEqual([a.id]);
  });

  it("lists a document with more annotations than SQLite's 999 bind parameters, each with its own claim and evidence", async () => {
    const words = Array.from({ length: 1100 }, (_, i) => `kata${i}`);
    const doc = await newDocument(words.join(" "));
    const starts = words.map((_, i) => words.slice(0, i).join(" ").length + (i > 0 ? 1 : 0));
    const at = (i: number) => ({ start: starts[i]!, end: starts[i]! + words[i]!.length });
    for (let i = 0; i < words.length; i += 50) {
      await Promise.all(
        words.slice(i, i + 50).map((_, j) =>
          s.createAnnotation(reviewer, doc.id, { ...at(i + j), translation: `word ${i + j}`, evidence: (i + j) % 100 === 0 ? [{ url: `https://example.org/${i + j}`, title: "", quote: "", stance: "context" as const, accessedAt: null }] : [] }),
        ),
      );
    }
    const list = await s.listDocumentAnnotations(reviewer, doc.id);
    expect(list).toHaveLength(1100);
    expect(list.map((a) => a.quote)).toEqual(words);
    expect(list[1099]).toMatchObject({ translation: "word 1099", evidence: [], createdBy: { id: reviewer.id } });
    expect(list[700]!.evidence).toEqual([expect.objectContaining({ url: "https://example.org/700" })]);
  }, 120_000);

  it("refuses bad spans and viewers, storing nothing", async () => {
    const doc = await newDocument();
    const viewer = await s.makeUser("VIEWER");
    for (const [start, end] of [[-1, 3], [3, 3], [5, 2], [0, 99_999], [0.5, 4], ["1", 4]] as const) {
      await expect(s.createAnnotation(reviewer, doc.id, { start, end })).rejects.toMatchObject({ code: "validation_failed" });
    }
    const spaceAt = TEXT.indexOf(" ");
    await expect(s.createAnnotation(reviewer, doc.id, { start: spaceAt, end: spaceAt + 1 })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(s.createAnnotation(viewer, doc.id, span("Kremlin"))).rejects.toMatchObject({ code: "forbidden" });
    await expect(s.createAnnotation(reviewer, "nope", span("Kremlin"))).rejects.toMatchObject({ code: "not_found" });
    expect(await s.db().annotation.count({ where: { documentId: doc.id } })).toBe(0);
  });

  it("updates with the current version, refuses a stale one with the current state, and records history", async () => {
    const doc = await newDocument();
    const a = await s.createAnnotation(reviewer, doc.id, { ...span("Kremlin mengatakan"), translation: "The Kremlin said" });
    const b = await s.updateAnnotation(editor, a.id, { version: 1, verdict: "FALSE", rationale: "No such statement." });
    expect(b).toMatchObject({ version: 2, verdict: "FALSE", rationale: "No such statement.", translation: "The Kremlin said", updatedBy: { id: editor.id } });
    const stale = s.updateAnnotation(reviewer, a.id, { version: 1, translation: "Mine" });
    await expect(stale).rejects.toMatchObject({ code: "conflict", details: { current: { version: 2, verdict: "FALSE" } } });
    const after = (await s.listDocumentAnnotations(reviewer, doc.id))[0]!;
    expect(after.translation).toBe("The Kremlin said");

    const history = await s.annotationHistory(reviewer, a.id);
    expect(history.map((h) => h.action)).toEqual(["create", "update"]);
    expect(history[1]).toMatchObject({ actor: { id: editor.id }, changes: { verdict: { before: "UNVERIFIED", after: "FALSE" }, rationale: { before: "", after: "No such statement." } } });
    expect(Object.keys(history[1]!.changes)).toEqual(["verdict", "rationale"]);
  });

  it("lets exactly one of many concurrent saves of the same version win", async () => {
    const doc = await newDocument();
    const a = await s.createAnnotation(reviewer, doc.id, span("kata Sullivan"));
    const attempts = await Promise.allSettled(["A", "B", "C", "D", "E"].map((t) => s.updateAnnotation(reviewer, a.id, { version: 1, translation: t })));
    const won = attempts.filter((x) => x.status === "fulfilled") as PromiseFulfilledResult<{ translation: string; version: number }>[];
    expect(won).toHaveLength(1);
    expect(attempts.filter((x) => x.status === "rejected" && (x.reason as { code: string }).code === "conflict")).toHaveLength(4);
    const final = (await s.listDocumentAnnotations(reviewer, doc.id))[0]!;
    expect(final).toMatchObject({ version: 2, translation: won[0]!.value.translation });
  });

  it("changes a span's boundaries to a valid span only", async () => {
    const doc = await newDocument();
    const a = await s.createAnnotation(reviewer, doc.id, span("Kami terus menekan"));
    const wider = await s.updateAnnotation(reviewer, a.id, { version: 1, ...span("Kami terus menekan basis industri pertahanan Rusia") });
    expect(wider).toMatchObject({ quote: "Kami terus menekan basis industri pertahanan Rusia", version: 2 });
    await expect(s.updateAnnotation(reviewer, a.id, { version: 2, start: 10, end: 5 })).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("deletes an annotation and its single-use claim, keeping the history", async () => {
    const doc = await newDocument();
    const a = await s.createAnnotation(reviewer, doc.id, { ...span("Kremlin"), evidence: [{ url: "https://example.org", title: "", quote: "", stance: "context", accessedAt: null }] });
    await expect(s.deleteAnnotation(reviewer, a.id, 7)).rejects.toMatchObject({ code: "conflict" });
    await s.deleteAnnotation(reviewer, a.id, 1);
    expect(await s.db().annotation.count({ where: { id: a.id } })).toBe(0);
    expect(await s.db().claim.count({ where: { id: a.claimId } })).toBe(0);
    expect(await s.db().evidence.count({ where: { claimId: a.claimId } })).toBe(0);
    const history = await s.annotationHistory(reviewer, a.id);
    expect(history.map((h) => h.action)).toEqual(["create", "delete"]);
    await expect(s.deleteAnnotation(reviewer, a.id)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("correcting a document's text", () => {
  it("keeps, moves and orphans annotations, keeping the old text as a revision", async () => {
    const doc = await newDocument();
    const full = (await s.findDocument(doc.id))!.text;
    const keep = await s.createAnnotation(reviewer, doc.id, span("Amerika Serikat memperingatkan", full));
    const move = await s.createAnnotation(reviewer, doc.id, span("kata Sullivan", full));
    const gone = await s.createAnnotation(reviewer, doc.id, span("mereka tidak mengatakan apa pun", full));
    const corrected = full
      .replace("“Kami terus", "“Kami akan terus")
      .replace("Kremlin mengatakan mereka tidak mengatakan apa pun tentang pernyataan itu.\n", "");
    await expect(s.correctDocument(reviewer, doc.id, { version: 1, text: corrected })).rejects.toMatchObject({ code: "forbidden" });
    await expect(s.correctDocument(editor, doc.id, { version: 9, text: corrected })).rejects.toMatchObject({ code: "conflict" });

    const { reanchor } = await s.correctDocument(editor, doc.id, { version: 1, text: corrected, note: "typo" });
    expect(reanchor).toMatchObject({ unchanged: 1, moved: 1, orphaned: 1, orphanedIds: [gone.id] });
    const byId = Object.fromEntries((await s.listDocumentAnnotations(reviewer, doc.id)).map((a) => [a.id, a]));
    expect(byId[keep.id]).toMatchObject({ anchorStatus: "anchored", start: keep.start, quote: keep.quote });
    expect(byId[move.id]).toMatchObject({ anchorStatus: "anchored", start: move.start + 5, quote: "kata Sullivan", version: 2 });
    expect(byId[gone.id]).toMatchObject({ anchorStatus: "orphaned", quote: gone.quote });
    const stored = (await s.findDocument(doc.id))!;
    expect(stored.text).toBe(corrected);
    expect(stored.version).toBe(2);
    expect(byId[keep.id]!.textHash).toBe(stored.textHash);
    const revision = await s.db().documentRevision.findFirst({ where: { documentId: doc.id } });
    expect(revision).toMatchObject({ version: 1, text: full, note: "typo", replacedById: editor.id });
    expect((await s.annotationHistory(reviewer, gone.id)).map((h) => h.action)).toEqual(["create", "orphan"]);
    const moved = await s.annotationHistory(reviewer, move.id);
    expect(moved.map((h) => h.action)).toEqual(["create", "reanchor"]);
    expect(moved[1]!.changes).toEqual({ start: { before: move.start, after: move.start + 5 }, end: { before: move.end, after: move.end + 5 }, quote: { before: "kata Sullivan", after: "kata Sullivan" }, score: { before: 1, after: expect.any(Number) } });
    expect((await s.annotationHistory(reviewer, keep.id)).map((h) => h.action)).toEqual(["create"]);

    // A person re-attaches the orphan to a span of the new text.
    const reattached = await s.updateAnnotation(reviewer, gone.id, { version: 2, ...span("Kami akan terus menekan", corrected) });
    expect(reattached).toMatchObject({ anchorStatus: "anchored", quote: "Kami akan terus menekan", textHash: stored.textHash });
    expect((await s.annotationHistory(reviewer, gone.id)).map((h) => h.action)).toEqual(["create", "orphan", "reattach"]);
  });
});
