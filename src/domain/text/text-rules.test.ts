// Normalisation, debris, outlet, date and title rules beyond the seed articles.
import { describe, expect, it } from "vitest";
import { findNonContent, isDebrisLine } from "./debris.ts";
import { normalizeText, textHash } from "./normalize.ts";
import { detectOutlet } from "./outlet.ts";
import { splitParagraphs } from "./paragraphs.ts";
import { detectPublishedDate } from "./published-date.ts";
import { firstSentenceEnd, sentenceAround as sentenceAroundFn } from "./sentences.ts";
import { deriveTitle, stripDateline } from "./title.ts";

describe("normalizeText", () => {
  it("drops a BOM, turns CRLF and CR into LF, and composes to NFC", () => {
    expect(normalizeText("\uFEFFa\r\nb\rc\n")).toBe("a\nb\nc\n");
    expect(normalizeText("Jose\u0301")).toBe("José");
    expect(normalizeText("Jose\u0301").length).toBe(4);
  });
  it("keeps everything else: tabs, NBSP, quotes, trailing spaces, blank lines", () => {
    const s = "a\t“b”\u00a0c  \n\n\nd";
    expect(normalizeText(s)).toBe(s);
  });
  it("hashes the same text the same, different text differently", () => {
    expect(textHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(textHash(normalizeText("Cafe\u0301\r\n"))).toBe(textHash(normalizeText("Café\n")));
  });
});

describe("debris", () => {
  it.each([
    "BACA JUGA:",
    "Baca juga: Harga Beras Naik Lagi",
    "SCROLL TO CONTINUE WITH CONTENT",
    "Smallest Font Largest Font",
    "Cek Berita dan Artikel yang lain di Google News",
    "Lihat juga Video 'Kim Jong Un Bertemu Putin':",
    "Simak berita selengkapnya di halaman berikutnya.",
    "Pilihan Editor: RI Komentari Soal Peta Baru",
    " date 2023-09 Judul berita",
    "REUTERS",
    "ANTARA",
    "ADVERTISEMENT",
    "Artikel ini telah tayang di Kompas.com dengan judul ...",
    "Dapatkan update berita pilihan setiap hari",
    "Download aplikasi Liputan6.com",
    "Halaman selanjutnya",
    "Bagikan",
    "Facebook Twitter WhatsApp",
    "Editor: Sri Mulyani",
    "Penulis: Budi",
    "(ant/ant)",
    "Ikuti berita terkini dari CNN Indonesia di Google News",
  ])("recognises %j", (line) => {
    expect(isDebrisLine(line)).toBe(true);
  });

  it.each([
    "Warga membaca juga berita tentang harga beras di pasar.",
    "Video itu menunjukkan Kim Jong Un tiba di stasiun.",
    "Presiden mengatakan editor: tidak ada.",
    "Simak, kata dia, pernyataan menteri kemarin sangat penting bagi investor karena menyangkut subsidi.",
    "Reuters melaporkan bahwa pertemuan itu berlangsung tertutup.",
    "Data 2023-09 menunjukkan kenaikan harga.",
    "",
  ])("keeps content %j", (line) => {
    expect(isDebrisLine(line)).toBe(false);
  });

  it("gives code-point ranges of whole lines, astral characters before them included", () => {
    const text = "Kim 😀 tiba.\nBACA JUGA:\nPutin menunggu.";
    expect(findNonContent(text)).toEqual([{ start: 12, end: 22 }]);
    expect([...text].slice(12, 22).join("")).toBe("BACA JUGA:");
  });

  it("splits paragraphs on lines, skipping blank ones, with both kinds of offsets", () => {
    const text = "Satu 😀.\n\n  \nBACA JUGA:\nDua.";
    const ps = splitParagraphs(text);
    expect(ps.map((p) => [p.start, p.end, p.nonContent])).toEqual([
      [0, 7, false],
      [12, 22, true],
      [23, 27, false],
    ]);
    expect(text.slice(ps[2]!.utf16Start, ps[2]!.utf16End)).toBe("Dua.");
  });
});

describe("detectOutlet", () => {
  it.each([
    ["TEMPO.CO, Jakarta - Hubungan kian dekat.", "Tempo"],
    ["Bisnis.com, JAKARTA - Negosiasi senjata.", "Bisnis.com"],
    ["KOMPAS.com - Harga naik.", "Kompas.com"],
    ["JAKARTA, KOMPAS.com - Harga naik.", "Kompas.com"],
    ["Liputan6.com, Jakarta - Harga naik.", "Liputan6.com"],
    ["Jakarta, CNN Indonesia -- Harga naik.", "CNN Indonesia"],
    ["Jakarta (ANTARA) - Harga naik.", "Antara"],
    ["Judul\nsatu\nSCROLL TO CONTINUE WITH CONTENT\nSimak berita selengkapnya di halaman berikutnya.", "detik"],
  ])("finds the outlet of %j", (text, outlet) => {
    expect(detectOutlet(text)).toBe(outlet);
  });
  it("does not take a wire service quoted as source for the outlet", () => {
    expect(detectOutlet("JAKARTA - Amerika Serikat memperingatkan, melansir Reuters 6 September.\nREUTERS")).toBeNull();
    expect(detectOutlet("Korea Utara akan membayar harga.\nReuters berkontribusi pada laporan ini.")).toBeNull();
  });
  it("looks for datelines only at the top", () => {
    expect(detectOutlet("a\nb\nc\nd\ne\nTEMPO.CO, Jakarta - kutipan di akhir.")).toBeNull();
  });
});

describe("detectPublishedDate", () => {
  it.each([
    ["pada Selasa (5/9/2023) dan Rabu (6/9/2023)", "2023-09-06"],
    ["Jumat, 08 Sep 2023 14:30 WIB", "2023-09-08"],
    ["terbit 6 September 2023 pukul 10.00", "2023-09-06"],
    ["diperbarui 2023-09-12", "2023-09-12"],
    ["tanggal 17 Agustus 2023 dan 1 Agt 2023", "2023-08-17"],
    ["published September 7, 2023", "2023-09-07"],
    ["4 Des 2023 dan 3 Mei 2024", "2024-05-03"],
  ])("reads %j", (text, iso) => {
    expect(detectPublishedDate(text)).toBe(iso);
  });
  it("ignores dates without a year and impossible dates", () => {
    expect(detectPublishedDate("melansir Reuters 6 September, lalu Kamis (7/9)")).toBeNull();
    expect(detectPublishedDate("pada 31/2/2023")).toBeNull();
    expect(detectPublishedDate("pada 12/13/2023")).toBeNull();
  });
  it("falls back to the month of a header line", () => {
    expect(detectPublishedDate(" date 2023-09 Judul\nIsi tanpa tanggal.")).toBe("2023-09");
  });
});

describe("titles", () => {
  it("strips datelines", () => {
    expect(stripDateline("TEMPO.CO, Jakarta - Hubungan kian dekat.")).toBe("Hubungan kian dekat.");
    expect(stripDateline("Bisnis.com, JAKARTA - Negosiasi.")).toBe("Negosiasi.");
    expect(stripDateline("JAKARTA - Amerika Serikat.")).toBe("Amerika Serikat.");
    expect(stripDateline("Jakarta, CNN Indonesia -- Harga naik.")).toBe("Harga naik.");
    expect(stripDateline("Jakarta (ANTARA) - Harga naik.")).toBe("Harga naik.");
    expect(stripDateline("KOMPAS.com - Harga naik.")).toBe("Harga naik.");
    expect(stripDateline("Harga beras - yang naik - membuat warga resah.")).toBe("Harga beras - yang naik - membuat warga resah.");
  });
  it("ends the first sentence at the right full stop", () => {
    const s = "Dr. Andi dari Jl. Sudirman No. 5 membayar Rp. 7.500 kepada Jake S. Sullivan. Lalu pergi.";
    expect(s.slice(0, firstSentenceEnd(s))).toBe("Dr. Andi dari Jl. Sudirman No. 5 membayar Rp. 7.500 kepada Jake S. Sullivan.");
    const q = "Ia berkata, “Kami tidak akan menyerah.” Kemudian ia pergi.";
    expect(q.slice(0, firstSentenceEnd(q))).toBe("Ia berkata, “Kami tidak akan menyerah.”");
  });
  it("looks only between from and to, and answers absolute indices", () => {
    const s = "Awal. Dr. Andi tiba pukul 7. lalu pulang. Ekor";
    const from = s.indexOf("Dr.");
    expect(s.slice(from, firstSentenceEnd(s, from))).toBe("Dr. Andi tiba pukul 7. lalu pulang.");
    // The word before a full stop does not reach back past `from`: "S." alone is an initial.
    const t = "JakeS. Sullivan. Lagi";
    expect(firstSentenceEnd(t)).toBe(t.indexOf(" Sullivan"));
    expect(firstSentenceEnd(t, t.indexOf("S."))).toBe(t.indexOf("Sullivan.") + "Sullivan.".length);
    // What follows `to` is not looked at: cut just after "7.", the lower-case "lalu" is unseen.
    const cut = s.indexOf("7.") + 2;
    expect(firstSentenceEnd(s, from, cut)).toBe(cut);
    expect(firstSentenceEnd(s, from, from + 3)).toBe(from + 3);
  });
  it("skips leading debris and cuts long titles at a word", () => {
    expect(deriveTitle("BACA JUGA:\nTEMPO.CO, Jakarta - Harga beras naik. Lagi.")).toBe("Harga beras naik.");
    const long = "Kata ".repeat(40);
    const title = deriveTitle(long, 30);
    expect(title.endsWith("…")).toBe(true);
    expect([...title].length).toBeLessThanOrEqual(30);
    expect(title).toBe("Kata Kata Kata Kata Kata Kata…");
  });
});

describe("sentenceAround", () => {
  const text = "Satu dua. Dr. Andi datang pukul 7.30 tadi. “Kami pergi.” Selesai\nBaris baru.";
  const around = (needle: string) => {
    const r = sentenceAroundFn(text, text.indexOf(needle));
    return text.slice(r.start, r.end);
  };
  it("selects the whole sentence around a position, across abbreviations and quotes", () => {
    expect(around("Andi")).toBe("Dr. Andi datang pukul 7.30 tadi.");
    expect(around("dua")).toBe("Satu dua.");
    expect(around("Kami")).toBe("“Kami pergi.”");
    expect(around("Selesai")).toBe("Selesai");
    expect(around("Baris")).toBe("Baris baru.");
  });
});
