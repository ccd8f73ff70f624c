import { describe, expect, it } from "vitest";
import { snapToWords } from "./words.ts";

function snap(text: string, start: number, end: number): string {
  const r = snapToWords(text, start, end);
  return text.slice(r.start, r.end);
}

describe("snapping a selection to whole words", () => {
  const text = "JAKARTA - Amerika Serikat memperingatkan Korea Utara akan menanggung konsekuensi.";

  it("widens a selection that cuts into words at either end", () => {
    const start = text.indexOf("ngatkan");
    const end = text.indexOf("Korea") + 3;
    expect(snap(text, start, end)).toBe("memperingatkan Korea");
  });

  it("keeps a selection that already sits on word boundaries, trimming spaces", () => {
    const start = text.indexOf("Amerika") - 1;
    const end = text.indexOf("Serikat") + "Serikat".length + 1;
    expect(snap(text, start, end)).toBe("Amerika Serikat");
  });

  it("does not pull in punctuation: a selection ending before the full stop stays there", () => {
    const start = text.indexOf("konsekuensi");
    expect(snap(text, start, start + 5)).toBe("konsekuensi");
    expect(snap(text, start, text.length)).toBe("konsekuensi.");
  });

  it("keeps reduplicated words and apostrophes whole: barang-barang, Jum'at", () => {
    const t = "untuk barang-barang seperti amunisi pada Jum'at lalu";
    expect(snap(t, t.indexOf("barang-b") + 3, t.indexOf("barang-b") + 9)).toBe("barang-barang");
    expect(snap(t, t.indexOf("Jum") + 1, t.indexOf("Jum") + 3)).toBe("Jum'at");
  });

  it("never splits an emoji, a ZWJ sequence or a combining mark", () => {
    const t = "kata 👩‍👩‍👧 cafe\u0301 ok";
    const family = t.indexOf("👩");
    const r = snapToWords(t, family + 2, family + 3);
    expect(t.slice(r.start, r.end)).toBe("👩‍👩‍👧");
    const cafe = t.indexOf("cafe");
    expect(snap(t, cafe, cafe + 4)).toBe("cafe\u0301");
  });

  it("leaves a selection of only whitespace empty", () => {
    const r = snapToWords("a   b", 1, 4);
    expect(r.start).toBe(r.end);
  });
});
