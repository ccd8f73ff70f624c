import { describe, expect, it } from "vitest";
import { checkImportText, decodeImportFile } from "./check-import.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const LIMIT = 1024;

describe("decodeImportFile", () => {
  it("accepts UTF-8 .txt and .md files, with or without a BOM", () => {
    expect(decodeImportFile(enc("Harga beras naik."), "a.txt", LIMIT)).toEqual({ ok: true, text: "Harga beras naik." });
    expect(decodeImportFile(new Uint8Array([0xef, 0xbb, 0xbf, ...enc("Halo")]), "B.MD", LIMIT)).toEqual({ ok: true, text: "Halo" });
  });

  it.each([
    ["a PDF", [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], /looks like a PDF/],
    ["a PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], /looks like a PNG image/],
    ["a DOCX", [0x50, 0x4b, 0x03, 0x04, 0x14], /ZIP archive or Word document/],
    ["NUL bytes", [0x61, 0x00, 0x62], /NUL bytes/],
    ["control bytes", [0x61, 0x01, 0x62], /control characters/],
  ])("refuses %s as binary", (_name, bytes, message) => {
    const result = decodeImportFile(new Uint8Array(bytes), "x.txt", LIMIT);
    expect(result).toMatchObject({ ok: false, code: "binary" });
    expect(!result.ok && result.message).toMatch(message);
  });

  it("refuses invalid UTF-8 and UTF-16 with advice", () => {
    expect(decodeImportFile(new Uint8Array([0x61, 0xe9, 0x62]), "x.txt", LIMIT)).toMatchObject({ ok: false, code: "invalid_utf8" });
    const utf16 = decodeImportFile(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), "x.txt", LIMIT);
    expect(utf16).toMatchObject({ ok: false, code: "invalid_utf8" });
    expect(!utf16.ok && utf16.message).toContain("UTF-16");
  });

  it("refuses other file types, oversized and empty files", () => {
    expect(decodeImportFile(enc("teks"), "x.docx", LIMIT)).toMatchObject({ ok: false, code: "unsupported_type" });
    expect(decodeImportFile(enc("teks"), "txt", LIMIT)).toMatchObject({ ok: false, code: "unsupported_type" });
    const big = decodeImportFile(new Uint8Array(LIMIT + 1).fill(0x61), "x.txt", LIMIT);
    expect(big).toMatchObject({ ok: false, code: "too_large" });
    expect(!big.ok && big.message).toContain("1 KB");
    expect(decodeImportFile(enc(" \n\t\u00a0\u3000"), "x.txt", LIMIT)).toMatchObject({ ok: false, code: "empty" });
  });
});

describe("checkImportText", () => {
  it("accepts text with tabs, form feeds and any script", () => {
    expect(checkImportText("Satu\tdua\fTiga 🇮🇩 ☺", LIMIT)).toMatchObject({ ok: true });
  });
  it("counts the limit in UTF-8 bytes", () => {
    expect(checkImportText("é".repeat(512), LIMIT)).toMatchObject({ ok: true });
    expect(checkImportText("é".repeat(513), LIMIT)).toMatchObject({ ok: false, code: "too_large" });
  });
  it("refuses NUL and control characters, lone surrogates and blank text", () => {
    expect(checkImportText("a\u0000b", LIMIT)).toMatchObject({ ok: false, code: "binary" });
    expect(checkImportText("a\u001bb", LIMIT)).toMatchObject({ ok: false, code: "binary" });
    expect(checkImportText("a\ud800b", LIMIT)).toMatchObject({ ok: false, code: "invalid_text" });
    expect(checkImportText("a\udc00", LIMIT)).toMatchObject({ ok: false, code: "invalid_text" });
    expect(checkImportText("\u200b \n", LIMIT)).toMatchObject({ ok: false, code: "empty" });
  });
});
