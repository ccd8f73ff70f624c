// A document's annotations are read for its page without Prisma's query engine: on SQLite by
// two synchronous queries on Prisma's own connection, on PostgreSQL by two queries in one
// snapshot on Prisma's pool. They must return exactly what Prisma returns, for every kind of
// annotation: with evidence (in order), sharing a claim, reviewed, approved, orphaned.
import { describe, expect, it } from "vitest";
import { isPostgres } from "../support/test-database.ts";
import { useServices } from "./support/use-services.ts";
import { listAnnotations, listAnnotationsWithPrisma } from "../../src/server/data/annotations.ts";
import { listAnnotationsPostgres, listAnnotationsSqlite } from "../../src/server/data/annotations-list-direct.ts";

const s = useServices();
const TEXT = [
  '"Korea Utara akan membayar harga," kata Sullivan di Gedung Putih.',
  "Kirby mengatakan Korea Utara mengirimkan roket 🚀 ke Rusia.",
  "Kalimat ini akan dihapus dari teks.",
].join("\n");
const at = (quote: string, text = TEXT) => {
  const i = text.indexOf(quote);
  const start = [...text.slice(0, i)].length;
  return { start, end: start + [...quote].length };
};

async function direct(documentId: string) {
  const conn = s.directSqlite();
  const pool = s.directPostgres();
  if (conn) return listAnnotationsSqlite(conn, documentId);
  if (pool) return listAnnotationsPostgres(pool, documentId);
  throw new Error("no direct connection");
}

describe("a document's annotations: the direct read and Prisma's", () => {
  it("return the same rows for every kind of annotation", async () => {
    const reviewer = await s.makeUser("REVIEWER");
    const editor = await s.makeUser("EDITOR");
    const { document } = await s.importDocument(reviewer, { text: `${TEXT}\n${Math.random()}`, source: "api" });
    const withEvidence = await s.createAnnotation(reviewer, document.id, {
      ...at("Korea Utara akan membayar harga"),
      translation: "North Korea will pay a price",
      verdict: "FALSE",
      claimant: "Sullivan",
      rationale: "Checked <b>against</b> the transcript.",
      evidence: [
        { url: "https://example.org/b", title: "Second", quote: "", stance: "context", accessedAt: null },
        { url: "https://example.org/a", title: "First", quote: "pay a price", stance: "supports", accessedAt: "2023-09-06" },
      ],
    });
    // A second appearance of the same claim, after an astral character.
    await s.createAnnotation(editor, document.id, { ...at("roket 🚀 ke Rusia"), claimId: withEvidence.claimId });
    const reviewed = await s.createAnnotation(reviewer, document.id, { ...at("Kirby mengatakan"), translation: "Kirby said" });
    await s.reviewTranslation(editor, reviewed.id, reviewed.version);
    await s.reviewClaim(reviewer, withEvidence.claimId, "submit");
    await s.reviewClaim(editor, withEvidence.claimId, "approve");
    await s.createAnnotation(reviewer, document.id, { ...at("Kalimat ini akan dihapus") });
    const current = (await s.findDocument(document.id))!;
    await s.correctDocument(editor, document.id, { version: current.version, text: current.text.replace("Kalimat ini akan dihapus dari teks.", "Baris lain."), note: "test" });

    const viaPrisma = await listAnnotationsWithPrisma(document.id, s.db());
    expect(viaPrisma.map((a) => a.anchorStatus).sort()).toEqual(["anchored", "anchored", "anchored", "orphaned"]);
    expect(viaPrisma.find((a) => a.id === reviewed.id)?.translationReviewedBy?.id).toBe(editor.id);
    expect(viaPrisma.find((a) => a.id === withEvidence.id)?.claim.evidence.map((e) => e.title)).toEqual(["Second", "First"]);
    expect(viaPrisma.find((a) => a.id === withEvidence.id)?.claim.approvedAt).toBeInstanceOf(Date);

    expect(await direct(document.id)).toEqual(viaPrisma);
    // And the function the pages call takes the direct path here.
    expect(await listAnnotations(document.id)).toEqual(viaPrisma);
    expect(await direct("no-such-document")).toEqual([]);
  });

  it("is the path taken outside transactions, on both engines", () => {
    expect(s.directSqlite() === null).toBe(isPostgres());
    expect(s.directPostgres() === null).toBe(!isPostgres());
  });
});
