// Checks a span against a document's current text and builds its selectors.
import { quoteSelector, spanProblem } from "../../../domain/anchoring/span.ts";
import { createOffsetMap, type OffsetMap } from "../../../domain/text/code-points.ts";
import { AppError } from "../../errors.ts";

/**
 * Offset maps of the last texts spans were checked against, by text hash (a hash names one
 * text): building one scans the whole text, about 1 ms for a 400 KB article, on every new span.
 */
const maps = new Map<string, OffsetMap>();
const KEPT = 16;

function offsetMapOf(text: string, textHash: string): OffsetMap {
  let map = maps.get(textHash);
  if (map) maps.delete(textHash);
  else map = createOffsetMap(text);
  maps.set(textHash, map);
  if (maps.size > KEPT) maps.delete(maps.keys().next().value!);
  return map;
}

export function anchorSpan(text: string, textHash: string, start: unknown, end: unknown) {
  const map = offsetMapOf(text, textHash);
  const problem = spanProblem(text, start, end, map);
  if (problem) throw new AppError("validation_failed", problem, { details: { field: "span" } });
  const s = start as number;
  const e = end as number;
  return { start: s, end: e, textHash, ...quoteSelector(text, s, e, map) };
}
