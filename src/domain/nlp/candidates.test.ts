import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { normalizeText } from "../text/normalize.ts";
import { claimCandidates } from "./candidates.ts";

const seed = (f: string) => normalizeText(readFileSync(new URL(`../../../seeds/${f}`, import.meta.url), "utf8"));

describe("claim candidates", () => {
  it("marks attributed statements with officials and numbers, not background or debris", () => {
    const text = [
      "Kirby mengatakan Korea Utara mengirimkan 300 roket ke Rusia tahun lalu.",
      "Cuaca di Jakarta cerah sepanjang hari.",
      "BACA JUGA:",
      '"Kami tetap khawatir," kata Juru bicara Gedung Putih.',
    ].join("\n");
    const found = claimCandidates(text).map((c) => text.slice(c.start, c.end));
    expect(found).toEqual(["Kirby mengatakan Korea Utara mengirimkan 300 roket ke Rusia tahun lalu.", '"Kami tetap khawatir," kata Juru bicara Gedung Putih.']);
    expect(claimCandidates(text)[0]!.reasons).toEqual(expect.arrayContaining(["reporting", "number", "date"]));
  });

  it("on a seed article: Sullivan's warning is a candidate, the debris lines are not", () => {
    const text = seed("000_2e142af25c887b67.txt");
    const found = claimCandidates(text).map((c) => text.slice(c.start, c.end));
    expect(found.some((s) => s.includes("kata Penasihat Keamanan Nasional AS Jake Sullivan"))).toBe(true);
    expect(found.some((s) => s.includes("BACA JUGA"))).toBe(false);
    expect(found.length).toBeGreaterThanOrEqual(5);
  });
});
