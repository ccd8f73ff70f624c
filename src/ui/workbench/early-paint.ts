// The first paint of a document's highlights, before the application's JavaScript loads: the
// page puts this inline script (allowed by the page's CSP nonce) right after the article, so the
// browser paints every highlight as soon as it has parsed the text. Once React has hydrated,
// the workbench repaints the same plan with the same function.
import { ARTICLE_SELECTOR, VERDICT_LAYER_PREFIX, type HighlightLayer } from "./highlight-plan";
import { applyHighlights } from "./highlights";

/** JSON that is safe inside a <script> element (no "</script>", no "<!--"). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** The inline script's source: paints `plan` on the article. */
export function earlyPaintScript(plan: readonly HighlightLayer[], painted: number): string {
  return `(${applyHighlights.toString()})(document.querySelector(${scriptJson(ARTICLE_SELECTOR)}),${scriptJson(plan)},${painted},${scriptJson(VERDICT_LAYER_PREFIX)});`;
}
