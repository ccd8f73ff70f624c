// Exports from a real database: scope by document, verdict, review state, outlet and dates; a
// claim that also appears outside the scope says where; corrections travel with the claim.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { useServices } from "./support/use-services.ts";

const s = useServices();

function span(text: string, quote: string) {
  const at = text.indexOf(quote);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...quote].length };
}

describe("exports", () => {
  it("scopes, formats and names exports; approved claims only in ClaimReview; corrections included", async () => {
    const reviewer = await s.makeUser("REVIEWER");
    const ani = await s.makeUser("EDITOR");
    const budi = await s.makeUser("EDITOR");
    const t1 = "AS memperingatkan Korut akan menanggung konsekuensi.\n=SUM(A1) kata pejabat.";
    const t2 = "Sullivan: Korut akan membayar harga.";
    const d1 = (await s.importDocument(reviewer, { text: t1, source: "api", outlet: "Tempo", publishedAt: "2023-09-06" })).document;
    const d2 = (await s.importDocument(reviewer, { text: t2, source: "api", outlet: "detik", publishedAt: "2023-09-08" })).document;
    const a = await s.createAnnotation(ani, d1.id, { ...span(t1, "Korut akan menanggung konsekuensi"), verdict: "TRUE", translation: "North Korea will bear the consequences" });
    await s.createAnnotation(reviewer, d2.id, { ...span(t2, "Korut akan membayar harga"), claimId: a.claimId, translation: "North Korea will pay a price" });
    await s.createAnnotation(reviewer, d1.id, { ...span(t1, "=SUM(A1) kata pejabat"), translation: "=SUM(A1) an official said" });
    await s.reviewClaim(reviewer, a.claimId, "submit");
    const approved = await s.reviewClaim(budi, a.claimId, "approve");
    await s.updateClaim(reviewer, a.claimId, { version: approved.version, verdict: "MOSTLY_TRUE", reason: "Conditional warning." });
    await s.reviewClaim(ani, a.claimId, "approve");

    // Only the Tempo document: both claims; the shared one still lists its detik appearance.
    const data = await s.buildExport(viewerOf(reviewer), { documentIds: [d1.id] });
    expect(data.claims).toHaveLength(2);
    const shared = data.claims.find((c) => c.id === a.claimId)!;
    expect(shared.appearances.map((x) => x.documentId).sort()).toEqual([d1.id, d2.id].sort());
    expect(data.documents.map((d) => d.id).sort()).toEqual([d1.id, d2.id].sort());
    expect(shared.corrections).toEqual([expect.objectContaining({ reason: "Conditional warning.", before: "TRUE", after: "MOSTLY_TRUE" })]);

    const csv = String((await s.renderExport("csv", data)).body);
    const rows = parse(csv.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.translation_en?.includes("SUM"))!.translation_en).toBe("'=SUM(A1) an official said");

    const reviews = JSON.parse(String((await s.renderExport("claimreview", data)).body)) as Array<{ reviewRating: { alternateName: string; ratingValue: number } }>;
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.reviewRating).toMatchObject({ alternateName: "Mostly true", ratingValue: 4 });

    // Filters: verdict, review state, outlet, dates.
    expect((await s.buildExport(null, { verdict: ["MOSTLY_TRUE"], documentIds: [d1.id, d2.id] })).claims.map((c) => c.id)).toEqual([a.claimId]);
    expect((await s.buildExport(null, { reviewState: ["DRAFT"], documentIds: [d1.id, d2.id] })).claims).toHaveLength(1);
    expect((await s.buildExport(null, { outlet: "detik", documentIds: [d1.id, d2.id] })).claims.map((c) => c.id)).toEqual([a.claimId]);
    expect((await s.buildExport(null, { from: "2023-09-07", to: "2023-09", documentIds: [d1.id, d2.id] })).claims.map((c) => c.id)).toEqual([a.claimId]);
    expect(s.exportFileName("csv", { outlet: "Tempo", from: "2023-09" }, data)).toMatch(/^saring-claims-2023-09-tempo-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});

describe("large exports", () => {
  it("exports more claims than SQLite's 999 bind parameters", async () => {
    const reviewer = await s.makeUser("REVIEWER");
    const words = Array.from({ length: 1050 }, (_, i) => `klaim${i}x`);
    const text = words.join(" ");
    const d = (await s.importDocument(reviewer, { text, source: "api" })).document;
    const starts = words.map((_, i) => words.slice(0, i).join(" ").length + (i > 0 ? 1 : 0));
    for (let i = 0; i < words.length; i += 50) {
      await Promise.all(words.slice(i, i + 50).map((w, j) => s.createAnnotation(reviewer, d.id, { start: starts[i + j]!, end: starts[i + j]! + w.length })));
    }
    const data = await s.buildExport(null, { documentIds: [d.id] });
    expect(data.claims).toHaveLength(1050);
    // Claims come in creation order (concurrent here); by position they are the words.
    const appearances = data.claims.flatMap((c) => c.appearances).sort((a, b) => a.start - b.start);
    expect(appearances.map((a) => a.quote)).toEqual(words);
  }, 120_000);
});

function viewerOf(user: { id: string; name: string; role: string; email: string }) {
  return { ...user, role: "VIEWER" as const } as Parameters<typeof s.buildExport>[0];
}
