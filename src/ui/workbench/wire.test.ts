import { describe, expect, it } from "vitest";
import { createOffsetMap } from "../../domain/text/code-points.ts";
import type { Annotation } from "./types.ts";
import { packAnnotations, packParagraphs, packSpans, unpackAnnotations, unpackParagraphs, unpackSpans } from "./wire.ts";

const text = "Kata 🇮🇩 pertama. Rudal ditembakkan 2 kali.";
const map = createOffsetMap(text);
const textAt = (start: number, end: number) => text.slice(map.toUtf16(start), map.toUtf16(end));
const ana = { id: "u1", name: "Ana" };
const budi = { id: "u2", name: "Budi" };

function annotation(over: Partial<Annotation>): Annotation {
  return {
    id: "a1",
    claimId: "c1",
    claimVersion: 2,
    reviewState: "DRAFT",
    start: 0,
    end: 4,
    quote: "Kata",
    anchorStatus: "anchored",
    translation: "Word",
    translationOrigin: "typed",
    translatedBy: ana,
    translationReviewedBy: null,
    verdict: "UNVERIFIED",
    claimant: "",
    rationale: "",
    evidence: [],
    version: 3,
    createdBy: ana,
    updatedBy: budi,
    updatedAt: "2026-11-23T10:00:00.000Z",
    ...over,
  };
}

describe("packed annotations", () => {
  const list = [
    annotation({}),
    // After an astral character: code points, not UTF-16.
    annotation({ id: "a2", claimId: "c2", start: 7, end: 15, quote: textAt(7, 15), translationReviewedBy: budi, verdict: "FALSE", rationale: "Tidak benar </script>", evidence: [{ url: "https://example.org", title: "T", quote: "q", stance: "refutes", accessedAt: null }] }),
    // An orphan keeps its quote: its words are no longer in the text.
    annotation({ id: "a3", claimId: "c3", start: 0, end: 0, quote: "kata yang hilang", anchorStatus: "orphaned", translatedBy: null }),
    // A stored quote that differs from the text at its span is kept as stored.
    annotation({ id: "a4", claimId: "c4", start: 0, end: 4, quote: "KATA" }),
  ];
  it("round-trips every field", () => {
    const packed = packAnnotations(list, textAt);
    expect(unpackAnnotations(JSON.parse(JSON.stringify(packed)), textAt)).toEqual(list);
  });
  it("sends each person once and leaves out quotes the text already has", () => {
    const packed = packAnnotations(list, textAt);
    expect(packed.people).toEqual([ana, budi]);
    expect(packed.rows.map((r) => r[6])).toEqual([null, null, "kata yang hilang", "KATA"]);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(list).length * 0.75);
  });
});

describe("paragraphs and spans, packed as flat number arrays", () => {
  it("gives back the same paragraphs, debris flags included", () => {
    const paragraphs = [
      { utf16Start: 0, utf16End: 17, nonContent: false },
      { utf16Start: 18, utf16End: 30, nonContent: true },
      { utf16Start: 31, utf16End: 31, nonContent: false },
    ];
    const packed = packParagraphs(paragraphs);
    expect(packed).toEqual([0, 17, 0, 18, 30, 1, 31, 31, 0]);
    expect(unpackParagraphs(packed)).toEqual(paragraphs);
    expect(unpackParagraphs(packParagraphs([]))).toEqual([]);
  });

  it("gives back the same spans, in order", () => {
    const spans = [{ start: 5, end: 9 }, { start: 2, end: 40 }];
    expect(packSpans(spans)).toEqual([5, 9, 2, 40]);
    expect(unpackSpans(packSpans(spans))).toEqual(spans);
  });
});
