// Importing documents against a real database: normalisation, duplicates (also racing),
// refusals that store nothing, metadata from the text, and the demo seed.
import { describe, expect, it } from "vitest";
import { useServices } from "./support/use-services.ts";

const services = useServices();

async function documentCount() {
  return (await services.db().document.count()) as number;
}

describe("importDocument", () => {
  it("stores NFC text with LF line endings, and derives title, outlet and date", async () => {
    const admin = await services.makeUser("ADMIN");
    const raw = "\uFEFFTEMPO.CO, Jakarta - Menteri Jose\u0301 mengatakan harga beras naik.\r\nRabu (6/9/2023) ia menambahkan hal itu.\rBACA JUGA:\r\n";
    const { document, created } = await services.importDocument(admin, { text: raw, source: "paste" });
    expect(created).toBe(true);
    const stored = await services.findDocument(document.id);
    expect(stored?.text).toBe("TEMPO.CO, Jakarta - Menteri José mengatakan harga beras naik.\nRabu (6/9/2023) ia menambahkan hal itu.\nBACA JUGA:\n");
    expect(stored?.text.includes("\r")).toBe(false);
    expect(stored?.length).toBe([...stored!.text].length);
    expect(stored?.outlet).toBe("Tempo");
    expect(stored?.publishedAt).toBe("2023-09-06");
    expect(stored?.title).toBe("Menteri José mengatakan harga beras naik.");
  });

  it("keeps given metadata over what the text says", async () => {
    const admin = await services.makeUser("ADMIN");
    const { document } = await services.importDocument(admin, {
      text: "Bisnis.com, JAKARTA - Sebuah berita lain tentang ekspor.",
      title: "Judul sendiri",
      outlet: "Bisnis Indonesia",
      publishedAt: "2023-09",
      source: "api",
    });
    expect(document).toMatchObject({ title: "Judul sendiri", outlet: "Bisnis Indonesia", publishedAt: "2023-09", importSource: "api" });
  });

  it("does not duplicate the same text, also in another Unicode form or line-ending style", async () => {
    const reviewer = await services.makeUser("REVIEWER");
    const a = await services.importDocument(reviewer, { text: "Caf\u00e9 buka pukul 7.\nHarga naik.", source: "paste" });
    const b = await services.importDocument(reviewer, { text: "Cafe\u0301 buka pukul 7.\r\nHarga naik.", source: "upload" });
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(b.document.id).toBe(a.document.id);
  });

  it("two identical imports at the same moment make one document", async () => {
    const reviewer = await services.makeUser("REVIEWER");
    const text = `Berita serentak ${Date.now()} tentang pasokan senjata.`;
    const results = await Promise.all([1, 2, 3, 4].map(() => services.importDocument(reviewer, { text, source: "api" })));
    expect(new Set(results.map((r) => r.document.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it("refuses empty, binary, oversized and malformed content, storing nothing", async () => {
    const reviewer = await services.makeUser("REVIEWER");
    const before = await documentCount();
    const refusals: Array<[string, Promise<unknown>, string]> = [
      ["empty", services.importDocument(reviewer, { text: "", source: "paste" }), "validation_failed"],
      ["whitespace", services.importDocument(reviewer, { text: " \n\u00a0\t", source: "paste" }), "validation_failed"],
      ["NUL", services.importDocument(reviewer, { text: "ab\u0000cd", source: "paste" }), "unsupported_media_type"],
      ["too large", services.importDocument(reviewer, { text: "a".repeat(2 * 1024 * 1024 + 1), source: "paste" }), "payload_too_large"],
      ["lone surrogate", services.importDocument(reviewer, { text: "abc \ud800 def", source: "paste" }), "validation_failed"],
      ["png", services.importDocumentFile(reviewer, { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), fileName: "a.txt", source: "upload" }), "unsupported_media_type"],
      ["latin-1", services.importDocumentFile(reviewer, { bytes: new Uint8Array([0x48, 0x61, 0x72, 0x67, 0x61, 0xe9, 0x20, 0x6e, 0x61, 0x69, 0x6b]), fileName: "a.txt", source: "upload" }), "validation_failed"],
      ["pdf name", services.importDocumentFile(reviewer, { bytes: new TextEncoder().encode("Teks biasa."), fileName: "a.pdf", source: "upload" }), "unsupported_media_type"],
    ];
    for (const [name, attempt, code] of refusals) {
      await expect(attempt, name).rejects.toMatchObject({ code });
    }
    expect(await documentCount()).toBe(before);
  });

  it("refuses imports by viewers", async () => {
    const viewer = await services.makeUser("VIEWER");
    await expect(services.importDocument(viewer, { text: "Teks seorang penonton.", source: "paste" })).rejects.toMatchObject({ code: "forbidden" });
  });
});
