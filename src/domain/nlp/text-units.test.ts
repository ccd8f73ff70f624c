import { describe, expect, it } from "vitest";
import { matchTerms } from "./equivalences.ts";
import { termCounts } from "./match-index.ts";
import { sentencePassages } from "./passages.ts";
import { STOPWORDS } from "./stopwords.ts";
import { tokenize } from "./tokens.ts";

describe("tokens", () => {
  it("keeps positions in UTF-16 over emoji and NBSP, reduplication whole, numbers whole", () => {
    const text = "🇰🇵 Korut\u00a0mengirim barang-barang senilai 1.000 dolar, 7,5 ton; Korea-Rusia";
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.norm)).toEqual(["korut", "mengirim", "barang-barang", "senilai", "1.000", "dolar", "7,5", "ton", "korea", "rusia"]);
    expect(tokens.find((t) => t.norm === "barang-barang")!.stem).toBe("barang");
    expect(tokens.find((t) => t.norm === "mengirim")!.stem).toBe("kirim");
  });
});

describe("equivalent names and phrases", () => {
  const terms = (s: string) => matchTerms(s, STOPWORDS).map((t) => t.term);

  it("gives aliases one canonical term, longest phrase first", () => {
    expect(terms("AS memperingatkan Korut")).toEqual(terms("Amerika Serikat memperingatkan Korea Utara"));
    expect(terms("Presiden Putin")).toEqual(["=vladimir_putin"]);
    expect(terms("akan membayar harga")).toEqual(terms("akan menanggung konsekuensi"));
  });

  it("matches a capitalised short alias only in capitals: 'as' is not AS", () => {
    expect(terms("AS")).toEqual(["=amerika_serikat"]);
    expect(terms("as")).not.toContain("=amerika_serikat");
  });

  it("keeps negation and modality, drops function words", () => {
    expect(terms("Korut tidak akan memasok senjata")).toEqual(["=korea_utara", "tidak", "akan", "=memasok_senjata"]);
    expect(terms("yang dan di ke")).toEqual([]);
  });

  it("counts word pairs too, so phrasing counts", () => {
    const counts = termCounts("Korut memasok senjata ke Rusia");
    expect(counts.get("=korea_utara =memasok_senjata")).toBe(0.5);
  });
});

describe("sentence passages", () => {
  it("survives abbreviations, initials and decimals; a list ending closes a sentence before a capital", () => {
    const text = "Harga beras Rp. 15.000 per kg, kata Prof. Budi S. Hartono dari Jl. Sudirman No. 5, Dr. Ani dan lain-lain dsb. Ia menambahkan inflasi 2.5 persen dll. menurut BPS.";
    expect(sentencePassages(text).map((p) => p.text)).toEqual([
      "Harga beras Rp. 15.000 per kg, kata Prof. Budi S. Hartono dari Jl. Sudirman No. 5, Dr. Ani dan lain-lain dsb.",
      "Ia menambahkan inflasi 2.5 persen dll. menurut BPS.",
    ]);
  });

  it("splits content into sentences with their offsets and never offers page debris", () => {
    const text = 'Kirby mengatakan Korut mengirim roket. "Kami khawatir," katanya.\nBACA JUGA:\nSCROLL TO CONTINUE WITH CONTENT\nDr. Lankov menilai Kim ingin dukungan Rusia.';
    const passages = sentencePassages(text);
    for (const p of passages) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(passages.map((p) => p.text)).toEqual(["Kirby mengatakan Korut mengirim roket.", '"Kami khawatir," katanya.', "Dr. Lankov menilai Kim ingin dukungan Rusia."]);
  });
});
