import { describe, expect, it } from "vitest";
import { memoryScore, memoryWords, prepareQuery, rankMemory, type MemoryCandidate } from "./memory-score.ts";

const score = (q: string, s: string) => memoryScore(prepareQuery(q), s);

function candidate(over: Partial<MemoryCandidate> & { source: string; translation: string }): MemoryCandidate {
  return { annotationId: over.source.slice(0, 12) + over.translation.length, documentId: "d1", origin: "typed", reviewed: false, updatedAt: "2026-11-01T00:00:00.000Z", ...over };
}

describe("memoryWords", () => {
  it("keeps letters, digits and hyphenated words, in lower case, without punctuation", () => {
    expect(memoryWords("“Korea Utara akan membayar HARGA,” kata Sullivan — 2023.")).toEqual(["korea", "utara", "akan", "membayar", "harga", "kata", "sullivan", "2023"]);
    expect(memoryWords("senjata-senjata Rusia")).toEqual(["senjata-senjata", "rusia"]);
  });
});

describe("memoryScore", () => {
  it("gives 100 % to the same quote, also in another Unicode form or spacing", () => {
    expect(score("Korea Utara akan membayar harga", "Korea Utara akan membayar harga")).toBe(1);
    expect(score("Kim Jong Un bertemu Putin", "Kim  Jong Un\nbertemu Putin")).toBe(1);
    // "é" decomposed (e + combining acute) vs. composed
    expect(score("kafe\u0301 di Pyongyang", "kaf\u00e9 di Pyongyang")).toBe(1);
  });

  it("gives 99 % when only case, punctuation or quote marks differ", () => {
    expect(score("“Korea Utara akan membayar harga,” kata Sullivan.", "\"korea utara akan membayar harga\" kata Sullivan")).toBe(0.99);
  });

  it("counts whole words changed against the longer text", () => {
    // one word of five differs: 80 %
    expect(score("Korea Utara akan membayar harga", "Korea Utara harus membayar harga")).toBeCloseTo(0.8, 5);
    // one word of six added: 1 − 1/6
    expect(score("Korea Utara akan membayar harga", "Korea Utara akan membayar mahal harga")).toBeCloseTo(5 / 6, 5);
    // word order matters: two substitutions in five words
    expect(score("Rusia membeli senjata Korea Utara", "Korea Utara membeli senjata Rusia")).toBeLessThan(0.7);
  });

  it("never gives a fuzzy match more than 98 %", () => {
    const long = Array.from({ length: 60 }, (_, i) => `kata${i}`).join(" ");
    expect(score(long, `${long} tambahan`)).toBe(0.98);
  });

  it("scores unrelated or empty texts 0", () => {
    expect(score("Korea Utara akan membayar harga", "Cuaca cerah di Jakarta hari ini")).toBe(0);
    expect(score("Korea Utara", "Korea Utara memasok amunisi artileri dan roket untuk perang di Ukraina menurut Gedung Putih")).toBe(0);
    expect(score("", "Korea Utara")).toBe(0);
    expect(score("!!!", "...")).toBe(0);
  });
});

describe("rankMemory", () => {
  const sullivan = "Korea Utara akan membayar harga atas pasokan senjata ke Rusia";
  const candidates = [
    candidate({ annotationId: "a1", documentId: "cnn", source: sullivan, translation: "North Korea will pay a price for supplying arms to Russia", updatedAt: "2026-11-01T00:00:00.000Z" }),
    // The same quote, translated the same way in another outlet: one offer, not two.
    candidate({ annotationId: "a2", documentId: "kompas", source: `${sullivan}.`, translation: "North Korea will pay a price for supplying arms to Russia", updatedAt: "2026-11-03T00:00:00.000Z" }),
    candidate({ annotationId: "a3", documentId: "detik", source: "Korut akan membayar harga atas pasokan senjata ke Rusia", translation: "North Korea will pay the price for arms supplies to Russia", reviewed: true }),
    candidate({ annotationId: "a4", documentId: "detik", source: "Cuaca cerah di Jakarta", translation: "Sunny weather in Jakarta" }),
    candidate({ annotationId: "a5", documentId: "tempo", source: sullivan, translation: "   " }),
  ];

  it("offers the same and similar quotes best first, one per distinct translation, unrelated ones left out", () => {
    const offers = rankMemory(sullivan, candidates);
    expect(offers.map((o) => [o.annotationId, o.score])).toEqual([
      ["a1", 1],
      ["a3", Math.round((1 - 2 / 10) * 1000) / 1000],
    ]);
  });

  it("among equal offers prefers a reviewed translation, then the newest", () => {
    const same = [
      candidate({ annotationId: "old", source: sullivan, translation: "A", updatedAt: "2026-01-01T00:00:00.000Z" }),
      candidate({ annotationId: "new", source: sullivan, translation: "B", updatedAt: "2026-06-01T00:00:00.000Z" }),
      candidate({ annotationId: "checked", source: sullivan, translation: "C", updatedAt: "2025-01-01T00:00:00.000Z", reviewed: true }),
    ];
    expect(rankMemory(sullivan, same).map((o) => o.annotationId)).toEqual(["checked", "new", "old"]);
  });

  it("leaves out the annotation being edited, offers below the threshold, and past the limit", () => {
    expect(rankMemory(sullivan, candidates, { exclude: "a1" }).map((o) => o.annotationId)).toEqual(["a2", "a3"]);
    expect(rankMemory(sullivan, candidates, { minScore: 0.9 }).map((o) => o.annotationId)).toEqual(["a1"]);
    expect(rankMemory(sullivan, candidates, { limit: 1 })).toHaveLength(1);
  });
});
