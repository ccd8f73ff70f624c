import { describe, expect, it } from "vitest";
import { suggestClaimants } from "./claimant.ts";

function around(text: string, quote: string) {
  const start = text.indexOf(quote);
  return suggestClaimants(text, start, start + quote.length);
}

describe("claimant suggestions", () => {
  it("reads “…,” kata X after the quote, offering the person before their full title", () => {
    const text = "Memberikan senjata kepada Rusia “tidak akan berdampak baik bagi Korea Utara,” kata Penasihat Keamanan Nasional AS Jake Sullivan kepada wartawan.";
    expect(around(text, "tidak akan berdampak baik bagi Korea Utara")).toEqual(["Jake Sullivan", "Penasihat Keamanan Nasional AS Jake Sullivan"]);
  });

  it("finds the speaker later in the sentence when the span is only part of the quote", () => {
    const text = 'Memberikan senjata kepada Rusia "tidak akan berdampak baik bagi Korea Utara dan mereka akan menanggung konsekuensinya," kata Penasihat Keamanan Nasional AS Jake Sullivan kepada wartawan. Kirby mengatakan hal lain.';
    expect(around(text, "Memberikan senjata kepada Rusia")[0]).toBe("Jake Sullivan");
    // The next sentence has its own speaker.
    expect(around(text, "hal lain")[0]).toBe("Kirby");
  });

  it("reads X mengatakan before the span", () => {
    const text = "Kirby mengatakan Korea Utara mengirimkan roket dan rudal infanteri ke Rusia tahun lalu.";
    expect(around(text, "Korea Utara mengirimkan roket dan rudal infanteri ke Rusia")[0]).toBe("Kirby");
  });

  it("reads menurut para analis", () => {
    const text = "Hal ini menunjukkan adanya peningkatan nilai di Korea Utara, menurut para analis politik.";
    expect(around(text, "adanya peningkatan nilai di Korea Utara")).toContain("para analis politik");
  });

  it("resolves sebutnya to the last speaker named before", () => {
    const text = "Harris menuturkan kepada CBS News bahwa hal itu akan menjadi tanda keputusasaan.\n\"Saya pikir itu akan menjadi kesalahan besar,\" sebutnya.";
    expect(around(text, "Saya pikir itu akan menjadi kesalahan besar")[0]).toBe("Harris");
  });

  it("offers nothing it cannot ground in the text", () => {
    expect(around("harga beras naik lagi pada pekan ini.", "harga beras naik")).toEqual([]);
  });
});
