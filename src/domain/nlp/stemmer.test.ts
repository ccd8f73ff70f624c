import { describe, expect, it } from "vitest";
import { stem } from "./stemmer.ts";

describe("Indonesian stemming", () => {
  it.each([
    ["menanggung", "tanggung"],
    ["memperingatkan", "ingat"],
    ["peringatan", "ingat"],
    ["mengatakan", "kata"],
    ["pasokan", "pasok"],
    ["memasok", "pasok"],
    ["dipergunakan", "guna"],
    ["perundingan", "runding"],
    ["pemimpin", "pimpin"],
    ["kepemimpinan", "pimpin"],
    ["berencana", "rencana"],
    ["membayar", "bayar"],
    ["menyerukan", "seru"],
    ["mematuhi", "patuh"],
    ["pertahanan", "tahan"],
    ["pernyataan", "nyata"],
    ["menyatakan", "nyata"],
    ["kemajuan", "maju"],
    ["bertemu", "temu"],
    ["pertemuan", "temu"],
    ["mengirimkan", "kirim"],
    ["dikirim", "kirim"],
    ["menekan", "tekan"],
    ["berdampak", "dampak"],
    ["kunjungan", "kunjung"],
    ["berkunjung", "kunjung"],
    ["pemerintah", "perintah"],
    ["penasihat", "nasihat"],
    ["keamanan", "aman"],
    ["perdamaian", "damai"],
    ["konsekuensinya", "konsekuensi"],
    ["menilai", "nilai"],
    ["mendorong", "dorong"],
    ["meluncurkan", "luncur"],
    ["digunakan", "guna"],
  ])("%s → %s", (word, root) => {
    expect(stem(word)).toBe(root);
  });

  it("leaves names, loanwords and plain roots alone", () => {
    for (const w of ["rusia", "ukraina", "putin", "sullivan", "pyongyang", "amerika", "senjata", "amunisi", "berita", "internasional", "konsekuensi"]) {
      expect(stem(w), w).toBe(w);
    }
  });

  it("drops particles and possessives", () => {
    expect(stem("itulah")).toBe("itu");
    expect(stem("negaranya")).toBe("negara");
  });
});
