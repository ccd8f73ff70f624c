import { describe, expect, it } from "vitest";
import { blockIndexAt, blockPoint, paragraphBlocks } from "./block-points.ts";
import { ACTIVE, CANDIDATE, highlightName, highlightPlan, OVERLAP, overlapIntervals, uncoveredCandidates } from "./highlight-plan.ts";

// "Satu dua.\nTiga empat.\n\nLima." as paragraphs: [0,9) [10,21) [23,28)
const text = "Satu dua.\nTiga empat.\n\nLima.";
const blocks = paragraphBlocks([
  { utf16Start: 0, utf16End: 9 },
  { utf16Start: 10, utf16End: 21 },
  { utf16Start: 23, utf16End: 28 },
]);

describe("block points", () => {
  it("finds the block of an offset, and its offset inside", () => {
    expect(blockIndexAt(blocks, 0)).toBe(0);
    expect(blockIndexAt(blocks, 15)).toBe(1);
    expect(blockIndexAt(blocks, 22)).toBe(1);
    expect(blockIndexAt(blocks, -1)).toBe(-1);
    expect(blockPoint(blocks, text.indexOf("empat"), "start")).toEqual({ block: 1, offset: 5 });
    expect(blockPoint(blocks, 9, "end")).toEqual({ block: 0, offset: 9 });
  });
  it("moves a start on a line break to the next block, keeps an end at its block's end", () => {
    expect(blockPoint(blocks, 22, "start")).toEqual({ block: 2, offset: 0 });
    expect(blockPoint(blocks, 22, "end")).toEqual({ block: 1, offset: 11 });
    expect(blockPoint(blocks, 40, "start")).toEqual({ block: 2, offset: 5 });
    expect(blockPoint([], 3, "start")).toBeNull();
  });
  it("drops empty paragraphs, which render no text node", () => {
    expect(paragraphBlocks([{ utf16Start: 0, utf16End: 0 }, { utf16Start: 1, utf16End: 4 }])).toEqual([{ start: 1, length: 3 }]);
  });
});

describe("highlight plan", () => {
  const spans = [
    { id: "a", start: 0, end: 4, verdict: "FALSE" },
    { id: "b", start: 2, end: 14, verdict: "TRUE" },
    { id: "c", start: 23, end: 27, verdict: "FALSE" },
  ];
  it("groups spans by verdict, as block positions, with overlaps and the open claim", () => {
    const plan = highlightPlan(blocks, spans, [], "b");
    const layer = (name: string) => plan.find((l) => l.name === name);
    expect(layer(highlightName("FALSE"))).toEqual({ name: "saring-v-FALSE", priority: 0, ranges: [0, 0, 0, 4, 2, 0, 2, 4] });
    // b crosses the line break: from block 0 offset 2 to block 1 offset 4.
    expect(layer(highlightName("TRUE"))?.ranges).toEqual([0, 2, 1, 4]);
    expect(layer(OVERLAP)?.ranges).toEqual([0, 2, 0, 4]);
    expect(layer(ACTIVE)?.ranges).toEqual([0, 2, 1, 4]);
    expect(layer(CANDIDATE)?.ranges).toEqual([]);
  });
  it("always has the overlap, active and candidate layers, so a repaint clears them", () => {
    const names = highlightPlan(blocks, [], [], null).map((l) => l.name).sort();
    expect(names).toEqual([ACTIVE, CANDIDATE, OVERLAP].sort());
  });
  it("keeps verdict keys from breaking out of a highlight name", () => {
    expect(highlightName("x) } body { color: red")).toMatch(/^saring-v-[A-Za-z0-9_-]+$/);
  });
  it("finds overlap intervals", () => {
    expect(overlapIntervals(spans)).toEqual([[2, 4]]);
    expect(overlapIntervals([{ start: 0, end: 10 }, { start: 1, end: 9 }, { start: 2, end: 3 }])).toEqual([[1, 9]]);
  });
});

describe("uncovered candidates", () => {
  it("keeps the candidates no span touches", () => {
    const candidates = [
      { start: 0, end: 5 },
      { start: 5, end: 9 },
      { start: 20, end: 30 },
      { start: 40, end: 50 },
    ];
    const spans = [
      { start: 3, end: 4 },
      { start: 25, end: 26 },
      { start: 10, end: 15 },
    ];
    expect(uncoveredCandidates(candidates, spans)).toEqual([
      { start: 5, end: 9 },
      { start: 40, end: 50 },
    ]);
  });
  it("agrees with the plain pairwise check on random spans", () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const make = (k: number) => Array.from({ length: k }, () => { const start = rnd(200); return { start, end: start + 1 + rnd(30) }; });
      const candidates = make(rnd(20));
      const spans = make(rnd(20));
      const naive = candidates.filter((c) => !spans.some((s) => s.start < c.end && c.start < s.end));
      expect(uncoveredCandidates(candidates, spans)).toEqual(naive);
    }
  });
});
