// What the document page gives the workbench of its annotations: the annotations packed
// (wire.ts), and the inline script that paints their highlights before the app's JavaScript
// runs (early-paint.ts), planned on the same text blocks the article renders. Pure: the page
// calls it on the server.
import { createOffsetMap } from "@/domain/text/code-points";
import { paragraphBlocks } from "./block-points";
import { earlyPaintScript } from "./early-paint";
import { highlightPlan, openCandidates, paintSpans } from "./highlight-plan";
import type { Annotation } from "./types";
import { packAnnotations, textAtSpan } from "./wire";

export interface WorkbenchDetails {
  /**
   * The packed annotations as JSON text. React's page payload carries a string as it is, where it
   * would encode (on the server) and decode (on the server for the HTML, and in the browser) the
   * packed rows' 40,000-odd values one by one; the browser reads it with one JSON.parse.
   */
  annotations: string;
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
  // Offsets are code points in the data and UTF-16 in the page; the same steps as the workbench's
  // own paint (annotator.tsx), so both paint the same ranges.
  const map = createOffsetMap(page.text);
  const spans = paintSpans(annotations, map);
  const plan = highlightPlan(paragraphBlocks(page.paragraphs), spans, openCandidates(page.candidates, spans, map), null);
  return {
    annotations: JSON.stringify(packAnnotations(annotations, textAtSpan(page.text, map))),
    firstPaint: earlyPaintScript(plan, spans.length),
  };
}
