// Property-based fuzzing of the importer on a real database (fast-check): random bytes, text
// with debris, control characters, BOMs, invalid UTF-8, UTF-16, NULs and odd file names. Every
// file is either stored (its text readable back, NFC, no NUL) or refused with a documented
// error code — and a refused file adds nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useServices } from "./support/use-services.ts";

const s = useServices();

const REFUSALS = ["payload_too_large", "unsupported_media_type", "validation_failed"];
const enc = (t: string) => new TextEncoder().encode(t);

const fileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 300 }).map(enc),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 300 }).map((t) => enc(`JAKARTA - ${t}\nBACA JUGA: ${t}\nSCROLL TO CONTINUE WITH CONTENT`)),
  fc.tuple(fc.constantFrom("\uFEFF", "\u0000", "\u0007", "\r\n", "\u202E", ""), fc.string({ maxLength: 200 })).map(([p, t]) => enc(`${p}Korea Utara ${t}`)),
  fc.uint8Array({ minLength: 1, maxLength: 60 }).map((b) => Uint8Array.from([0xff, 0xfe, ...b])),
  fc.constantFrom(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d]), Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), new Uint8Array(0), enc("   \n\t  ")),
);
const fileName = fc.oneof({ weight: 4, arbitrary: fc.constant("berita.txt") }, fc.constantFrom("berita.txt", "berita.md", "laporan.pdf", "x.docx", "noext", "../../etc/passwd", "a\u0000b.txt", "💥.txt", ""), fc.string({ maxLength: 40 }));

describe("importer fuzz", () => {
  it("stores or refuses 400 generated files, never anything else", async () => {
    const reviewer = await s.makeUser("REVIEWER");
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fileBytes, fileName, async (bytes, name) => {
        const before = await s.db().document.count();
        try {
          const result = await s.importDocumentFile(reviewer, { bytes, fileName: name, source: "upload" });
          const stored = await s.findDocument(result.document.id);
          expect(stored).not.toBeNull();
          expect(stored!.text).not.toContain("\u0000");
          expect(stored!.text).toBe(stored!.text.normalize("NFC"));
          expect(await s.db().document.count()).toBe(before + (result.created ? 1 : 0));
          outcomes.set(result.created ? "created" : "duplicate", (outcomes.get(result.created ? "created" : "duplicate") ?? 0) + 1);
        } catch (err) {
          const code = (err as { code?: string }).code ?? String(err);
          expect(REFUSALS, `unexpected failure: ${String(err)}`).toContain(code);
          expect(await s.db().document.count()).toBe(before);
          outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
        }
      }),
      { numRuns: 400 },
    );
    console.log(`[import fuzz] ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(", ")}`);
    expect(outcomes.get("created") ?? 0).toBeGreaterThan(20);
    expect([...outcomes.keys()].filter((k) => k !== "created" && k !== "duplicate").length).toBeGreaterThan(0);
  });
});
