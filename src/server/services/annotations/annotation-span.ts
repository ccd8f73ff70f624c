// Checks a span against a document's current text and builds its selectors.
import { quoteSelector, spanProblem } from "../../../domain/anchoring/span.ts";
import { createOffsetMap } from "../../../domain/text/code-points.ts";
import { AppError } from "../../errors.ts";

export function anchorSpan(text: string, textHash: string, start: unknown, end: unknown) {
  const map = createOffsetMap(text);
  const problem = spanProblem(text, start, end, map);
  if (problem) throw new AppError("validation_failed", problem, { details: { field: "span" } });
  const s = start as number;
  const e = end as number;
  return { start: s, end: e, textHash, ...quoteSelector(text, s, e, map) };
}
