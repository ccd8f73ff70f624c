// Translation help on a real database: translation memory across documents, where each
// translation came from and its second-person review, what exports say about it; and the
// LibreTranslate client against a local server that speaks that API.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeTranslator, type FakeTranslator } from "../support/fake-libretranslate.ts";
import { useServices } from "./support/use-services.ts";

const s = useServices();

const QUOTE = "Korea Utara akan membayar harga atas pasokan senjata ke Rusia";

async function annotate(user: Awaited<ReturnType<typeof s.makeUser>>, text: string, quote: string, translation: string, translationOrigin?: "typed" | "memory" | "glossary" | "machine") {
  const { document } = await s.importDocument(user, { text: `${text}\n${Math.random()}`, source: "api" });
  const start = [...text].length - [...text.slice(text.indexOf(quote))].length;
  return s.createAnnotation(user, document.id, { start, end: start + [...quote].length, translation, ...(translationOrigin ? { translationOrigin } : {}) });
}

describe("translation memory", () => {
  it("offers earlier translations of the same and similar words from any document, best first, one per distinct translation", async () => {
    const reviewer = await s.makeUser("REVIEWER");
    const viewer = await s.makeUser("VIEWER");
    const a = await annotate(reviewer, `"${QUOTE}," kata Sullivan.`, QUOTE, "North Korea will pay a price for supplying arms to Russia");
    // The same quote in another outlet, translated the same way: one offer.
    await annotate(reviewer, `Sullivan: ${QUOTE}.`, QUOTE, "North Korea will pay a price for supplying arms to Russia");
    const similar = await annotate(reviewer, "Menurut AS, Korut akan membayar harga atas pasokan senjata ke Rusia.", "Korut akan membayar harga atas pasokan senjata ke Rusia", "North Korea will pay the price for arms to Russia");
    await annotate(reviewer, "Cuaca cerah di Jakarta hari ini.", "Cuaca cerah di Jakarta", "Sunny weather in Jakarta");

    const offers = await s.lookupTranslationMemory(viewer, { text: `${QUOTE}.` });
    expect(offers.map((o) => [o.translation, o.score])).toEqual([
      ["North Korea will pay a price for supplying arms to Russia", 0.99],
      ["North Korea will pay the price for arms to Russia", 0.8],
    ]);
    expect(offers[1]).toMatchObject({ annotationId: similar.id, documentId: similar.documentId, origin: "typed", reviewed: false, source: "Korut akan membayar harga atas pasokan senjata ke Rusia" });
    expect(offers[0]!.documentTitle).toBeTruthy();

    // Editing an annotation: it is not offered to itself.
    const without = await s.lookupTranslationMemory(viewer, { text: QUOTE, exclude: a.id });
    expect(without[0]!.annotationId).not.toBe(a.id);
    expect(await s.lookupTranslationMemory(viewer, { text: "Tidak ada yang mirip sama sekali di sini" })).toEqual([]);
  });
});

describe("translation origin and review", () => {
  it("records who translated and from where; a second person reviews; a new text needs a new review; exports say so", async () => {
    const ayu = await s.makeUser("REVIEWER");
    const budi = await s.makeUser("EDITOR");
    const made = await annotate(ayu, `Gedung Putih: ${QUOTE}.`, QUOTE, "North Korea will pay a price", "machine");
    expect(made).toMatchObject({ translationOrigin: "machine", translatedBy: { id: ayu.id }, translationReviewedBy: null });
    const empty = await annotate(ayu, "Kata Sullivan di Gedung Putih.", "Kata Sullivan", "", "machine");
    expect(empty).toMatchObject({ translationOrigin: "typed", translatedBy: null });

    await expect(s.reviewTranslation(ayu, made.id, made.version)).rejects.toMatchObject({ code: "forbidden" });
    await expect(s.reviewTranslation(budi, made.id, made.version + 1)).rejects.toMatchObject({ code: "conflict" });
    await expect(s.reviewTranslation(budi, empty.id, empty.version)).rejects.toMatchObject({ code: "validation_failed" });
    const reviewed = await s.reviewTranslation(budi, made.id, made.version);
    expect(reviewed).toMatchObject({ translationReviewedBy: { id: budi.id }, version: made.version + 1 });
    expect(reviewed.translationReviewedAt).toBeTruthy();
    await expect(s.reviewTranslation(budi, made.id, reviewed.version)).rejects.toMatchObject({ code: "validation_failed" });

    // Another field changes: the review stands. The text changes: it is the editor's now, unreviewed.
    const claimant = await s.updateAnnotation(ayu, made.id, { version: reviewed.version, claimant: "Jake Sullivan", translation: reviewed.translation });
    expect(claimant.translationReviewedBy).toMatchObject({ id: budi.id });
    const edited = await s.updateAnnotation(budi, made.id, { version: claimant.version, translation: "North Korea will pay the price", translationOrigin: "memory" });
    expect(edited).toMatchObject({ translationOrigin: "memory", translatedBy: { id: budi.id }, translationReviewedBy: null, translationReviewedAt: null });
    const history = await s.annotationHistory(budi, made.id);
    expect(history.map((h) => h.action)).toContain("review-translation");
    expect(history.at(-1)?.changes).toMatchObject({ translationOrigin: { before: "machine", after: "memory" }, translationReviewed: { before: true, after: false } });

    // An unreviewed machine translation is marked in the reports; CSV says origin and review.
    const machine = await annotate(ayu, `Rusia dan ${QUOTE}.`, QUOTE, "North Korea pays", "machine");
    const data = await s.buildExport(budi, { documentIds: [machine.documentId, made.documentId] });
    const html = String((await s.renderExport("html", data)).body);
    expect(html.match(/Machine translation, not reviewed/g)).toHaveLength(1);
    const csv = String((await s.renderExport("csv", data)).body);
    expect(csv).toContain('"North Korea pays","machine","false"');
    expect(csv).toContain('"North Korea will pay the price","memory","false"');
  });
});

describe("machine translation", () => {
  let translator: FakeTranslator;
  beforeAll(async () => {
    translator = await startFakeTranslator({ key: "k-123", slowMs: 1_500 });
  });
  afterAll(async () => translator.close());
  const service = () => ({ url: translator.url, key: "k-123", timeoutMs: 500 });

  it("is off without configuration: nothing offered, nothing sent", async () => {
    const reviewer = await s.makeUser("REVIEWER");
    expect(process.env.SARING_MT_URL).toBeUndefined();
    expect(s.machineTranslationAvailable()).toBe(false);
    const before = translator.requests.length;
    await expect(s.machineDraft(reviewer, "Korea Utara")).rejects.toMatchObject({ code: "not_found" });
    expect(translator.requests.length).toBe(before);
  });

  it("drafts through a LibreTranslate-compatible API, and turns its failures into clear errors without the key", async () => {
    expect(await s.translateWithService(service(), "Korea Utara akan membayar harga")).toBe("North Korea will pay a price");
    expect(translator.requests.at(-1)).toEqual({ q: "Korea Utara akan membayar harga", source: "id", target: "en", format: "text", api_key: "k-123" });

    const failures = [
      [() => s.translateWithService({ ...service(), key: "wrong" }, "Korea Utara"), "bad_gateway", /HTTP 403: Invalid API key/],
      [() => s.translateWithService(service(), "[gagal] Korea Utara"), "bad_gateway", /HTTP 500: Translation engine crashed/],
      [() => s.translateWithService(service(), "[lambat] Korea Utara"), "gateway_timeout", /within 0\.5 s/],
      [() => s.translateWithService({ ...service(), url: "http://127.0.0.1:9" }, "Korea Utara"), "bad_gateway", /could not be reached/],
    ] as const;
    for (const [attempt, code, message] of failures) {
      const err = (await attempt().then(() => null, (e: unknown) => e)) as { code: string; message: string } | null;
      expect(err).toMatchObject({ code });
      expect(err!.message).toMatch(message);
      expect(err!.message).not.toContain("k-123");
      expect(err!.message).not.toContain("wrong");
    }
  });
});
