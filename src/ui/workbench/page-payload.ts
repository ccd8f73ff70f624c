// What the document page gives the workbench of its annotations: the annotations packed
// (wire.ts), and the inline script that paints their highlights before the app's JavaScript
// runs (early-paint.ts), planned on the same text blocks the article renders. Pure: the page
// calls it on the server.
import { createOffsetMap } from "@/domain/text/code-points";
import { paragraphBlocks } from "./block-points";
import { earlyPaintScript } from "./early-paint";
import { highlightPlan, uncoveredCandidates } from "./highlight-plan";
import type { Annotation } from "./types";
import { packAnnotations, type PackedAnnotations } from "./wire";

export interface WorkbenchDetails {
  annotations: PackedAnnotations;
  /** The first paint's inline script. */
  firstPaint: string;
}

interface PageText {
  text: string;
  paragraphs: ReadonlyArray<{ utf16Start: number; utf16End: number }>;
  /** Claim candidates, code points. */
  candidates: ReadonlyArray<{ start: number; end: number }>;
}

export function workbenchDetails(page: PageText, annotations: readonly Annotation[]): WorkbenchDetails {
  const { text } = page;
  // Offsets are code points in the data and UTF-16 in the page.
  const map = createOffsetMap(text);
  const utf16 = (s: { start: number; end: number }) => ({ start: map.toUtf16(Math.min(s.start, map.length)), end: map.toUtf16(Math.min(s.end, map.length)) });
  const anchored = annotations.filter((a) => a.anchorStatus !== "orphaned").map((a) => ({ id: a.id, verdict: a.verdict, ...utf16(a) }));
  const plan = highlightPlan(paragraphBlocks(page.paragraphs), anchored, uncoveredCandidates(page.candidates.map(utf16), anchored), null);
  return {
    annotations: packAnnotations(annotations, (start, end) => text.slice(map.toUtf16(start), map.toUtf16(end))),
    firstPaint: earlyPaintScript(plan, anchored.length),
  };
}
