import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../../domain/text/paragraphs.ts";
import type { Annotation } from "./types.ts";
import { workbenchDetails } from "./page-payload.ts";
import { unpackAnnotations, type PackedAnnotations } from "./wire.ts";

const text = "Bendera 🇰🇵 berkibar.\n\nKorea Utara mengirim rudal. Rusia membantah.";
const paragraphs = splitParagraphs(text);
const cp = (quote: string) => {
  const at = text.indexOf(quote);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...quote].length };
};
const person = { id: "u1", name: "Ana" };
const annotation = (id: string, quote: string, over: Partial<Annotation> = {}): Annotation => ({
  id, claimId: `c-${id}`, claimVersion: 1, reviewState: "DRAFT", ...cp(quote), quote, anchorStatus: "anchored", translation: "", translationOrigin: "typed",
  translatedBy: null, translationReviewedBy: null, verdict: "FALSE", claimant: "", rationale: "", evidence: [], version: 1, createdBy: person, updatedBy: person, updatedAt: "2026-11-23T00:00:00.000Z", ...over,
});

describe("the page's workbench details", () => {
  const annotations = [annotation("a", "berkibar"), annotation("b", "Korea Utara mengirim rudal."), annotation("o", "kata hilang", { anchorStatus: "orphaned", start: 0, end: 0 })];
  const candidates = [cp("Korea Utara mengirim rudal."), cp("Rusia membantah.")];
  const details = workbenchDetails({ text, paragraphs, candidates }, annotations);

  it("plans the first paint on the article's blocks, in UTF-16, without orphans or covered candidates", () => {
    const call = /\((\{.*\}|function[\s\S]*\})\)\(document\.querySelector\("article\.doc-text"\),(.*),(\d+),"saring-v-"\);$/.exec(details.firstPaint);
    expect(call).not.toBeNull();
    const plan = JSON.parse(call![2]!) as Array<{ name: string; ranges: number[] }>;
    const layer = (name: string) => plan.find((l) => l.name === name)?.ranges;
    // "berkibar" after a flag of two astral characters: UTF-16 offset 13 in block 0.
    expect(layer("saring-v-FALSE")).toEqual([0, 13, 0, 21, 1, 0, 1, 27]);
    expect(layer("saring-candidate")).toEqual([1, 28, 1, 44]);
    expect(call![3]).toBe("2");
  });
  it("packs the annotations so the workbench gets them back whole", () => {
    expect(unpackAnnotations(JSON.parse(details.annotations) as PackedAnnotations, (s, e) => [...text].slice(s, e).join(""))).toEqual(annotations);
  });
});
