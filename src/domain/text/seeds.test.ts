// The five real seed articles: what a reader of them sees as debris, outlet, date and title.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findNonContent } from "./debris.ts";
import { normalizeText } from "./normalize.ts";
import { detectOutlet } from "./outlet.ts";
import { splitParagraphs } from "./paragraphs.ts";
import { detectPublishedDate } from "./published-date.ts";
import { deriveTitle } from "./title.ts";
import { sliceByCodePoints } from "./code-points.ts";

const dir = new URL("../../../seeds/", import.meta.url);
const seeds = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => [f.slice(0, 3), normalizeText(readFileSync(new URL(f, dir), "utf8"))]),
) as Record<"000" | "001" | "002" | "003" | "004", string>;

const debrisLines = (text: string) => findNonContent(text).map((r) => sliceByCodePoints(text, r.start, r.end).trim());

describe("the seed articles", () => {
  it("are all there", () => {
    expect(Object.keys(seeds).sort()).toEqual(["000", "001", "002", "003", "004"]);
  });

  it("have exactly their page debris recognised", () => {
    expect(debrisLines(seeds["000"])).toEqual(["BACA JUGA:"]);
    expect(debrisLines(seeds["001"])).toEqual([
      expect.stringMatching(/^date 2023-09 AS memperingatkan Kim Jong-un/),
      "Smallest Font Largest Font",
      "Cek Berita dan Artikel yang lain di Google News",
    ]);
    expect(debrisLines(seeds["002"])).toEqual(["Reuters berkontribusi pada laporan ini."]);
    expect(debrisLines(seeds["003"])).toEqual(["REUTERS", "Pilihan Editor: RI Komentari Soal Peta Baru Cina yang Diprotes Malaysia hingga India"]);
    expect(debrisLines(seeds["004"])).toEqual([
      "SCROLL TO CONTINUE WITH CONTENT",
      "Lihat juga Video 'Kim Jong Un Akan Bertemu Putin di Rusia, Bahas Pasokan Senjata':",
      "Simak berita selengkapnya di halaman berikutnya.",
    ]);
  });

  it("keep every article paragraph as content", () => {
    for (const text of Object.values(seeds)) {
      const content = splitParagraphs(text).filter((p) => !p.nonContent);
      expect(content.length).toBeGreaterThanOrEqual(8);
      for (const p of content) expect(sliceByCodePoints(text, p.start, p.end).length).toBeGreaterThan(30);
    }
  });

  it("name their outlet where the text says so", () => {
    expect(detectOutlet(seeds["000"])).toBeNull();
    expect(detectOutlet(seeds["001"])).toBe("Bisnis.com");
    expect(detectOutlet(seeds["002"])).toBeNull();
    expect(detectOutlet(seeds["003"])).toBe("Tempo");
    expect(detectOutlet(seeds["004"])).toBe("detik");
  });

  it("give their date where the text has a full one", () => {
    expect(detectPublishedDate(seeds["000"])).toBeNull();
    expect(detectPublishedDate(seeds["001"])).toBe("2023-09-06");
    expect(detectPublishedDate(seeds["002"])).toBeNull();
    expect(detectPublishedDate(seeds["003"])).toBeNull();
    expect(detectPublishedDate(seeds["004"])).toBe("2023-09-08");
  });

  it("get readable titles from their first sentence", () => {
    expect(deriveTitle(seeds["000"])).toBe(
      "Amerika Serikat memperingatkan Korea Utara akan menanggung konsekuensi setiap pasokan senjata Rusia…",
    );
    // Its header line carries the headline.
    expect(deriveTitle(seeds["001"])).toBe(
      "AS memperingatkan Kim Jong-un bahwa Korea Utara akan menanggung konsekuensi jika memasok senjata ke…",
    );
    expect(deriveTitle(seeds["002"])).toMatch(/^Korea Utara akan “membayar harga” jika melanjutkan kesepakatan/);
    expect(deriveTitle(seeds["003"])).toBe("Hubungan antara Rusia dan Korea Utara kian dekat.");
    expect(deriveTitle(seeds["004"])).toMatch(/^Wakil Presiden Amerika Serikat \(AS\) Kamala Harris menyebut Korea Utara/);
    for (const text of Object.values(seeds)) expect([...deriveTitle(text)].length).toBeLessThanOrEqual(100);
  });
});
