// A span of a document's text in code points, and its W3C TextQuoteSelector: the exact quote
// with up to 32 characters of context on each side. Pure.
import { createOffsetMap, type OffsetMap } from "../text/code-points.ts";

export const CONTEXT_LENGTH = 32;

export interface QuoteSelector {
  quote: string;
  prefix: string;
  suffix: string;
}

/** Why a span cannot be annotated, or null when it can. */
export function spanProblem(text: string, start: unknown, end: unknown, map: OffsetMap = createOffsetMap(text)): string | null {
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return "start and end must be whole numbers (code-point offsets).";
  const s = start as number;
  const e = end as number;
  if (s < 0 || e > map.length) return `The span must lie within the text (0 to ${map.length}).`;
  if (s >= e) return "start must be less than end.";
  const quote = text.slice(map.toUtf16(s), map.toUtf16(e));
  if (quote.trim() === "") return "The span holds only whitespace.";
  return null;
}

export function quoteSelector(text: string, start: number, end: number, map: OffsetMap = createOffsetMap(text), context = CONTEXT_LENGTH): QuoteSelector {
  const from = map.toUtf16(start);
  const to = map.toUtf16(end);
  return {
    quote: text.slice(from, to),
    prefix: text.slice(map.toUtf16(Math.max(0, start - context)), from),
    suffix: text.slice(to, map.toUtf16(Math.min(map.length, end + context))),
  };
}
