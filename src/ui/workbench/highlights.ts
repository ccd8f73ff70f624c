// Painting with the CSS Custom Highlight API: Range objects registered by name, styled by
// ::highlight() rules. The DOM text is never split, so it stays selectable and fast (one pass
// over the spans; see docs/performance-anchors). What to paint comes from highlight-plan.ts.
import { CARET, type HighlightLayer } from "./highlight-plan";
import type { TextBlock } from "./text-dom";

/**
 * Registers a highlight plan on the article's text blocks (`[data-s]` elements, in order) and,
 * when `painted` is given and differs from what the article says, marks the moment every
 * highlight is on screen (`data-painted` and `window.__saringPaintedAt`, read by benchmarks and
 * tests). Layers of an earlier paint whose name starts with `replaces` (the verdict layers) and
 * that the plan no longer has are removed.
 *
 * Self-contained on purpose — no imports, no names from outside its body: the document page
 * also runs its source as an inline script right after the article, so highlights are painted
 * before the application's JavaScript has loaded (see early-paint.ts).
 */
export function applyHighlights(root: Element, plan: ReadonlyArray<{ name: string; priority: number; ranges: readonly number[] }>, painted: number | null, replaces: string): void {
  const registry = typeof CSS !== "undefined" && "highlights" in CSS ? CSS.highlights : null;
  if (!registry || typeof Highlight === "undefined") return;
  const nodes: Array<Text | null> = [];
  root.querySelectorAll("[data-s]").forEach((el) => {
    const node = el.firstChild;
    if (node && node.nodeType === 3) nodes.push(node as Text);
  });
  const names = new Set<string>();
  for (const layer of plan) {
    const h = new Highlight();
    h.priority = layer.priority;
    const r = layer.ranges;
    for (let i = 0; i + 3 < r.length; i += 4) {
      const a = nodes[r[i]!];
      const b = nodes[r[i + 2]!];
      if (!a || !b) continue;
      const range = new Range();
      range.setStart(a, Math.min(r[i + 1]!, a.data.length));
      range.setEnd(b, Math.min(r[i + 3]!, b.data.length));
      h.add(range);
    }
    registry.set(layer.name, h);
    names.add(layer.name);
  }
  const stale: string[] = [];
  registry.forEach((_h, name) => {
    if (name.startsWith(replaces) && !names.has(name)) stale.push(name);
  });
  for (const name of stale) registry.delete(name);
  if (painted === null) return;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (root.getAttribute("data-painted") === String(painted)) return;
      root.setAttribute("data-painted", String(painted));
      (window as unknown as { __saringPaintedAt?: number }).__saringPaintedAt = performance.now();
    }),
  );
}

export function supportsHighlights(): boolean {
  return typeof CSS !== "undefined" && "highlights" in CSS && typeof Highlight !== "undefined";
}

/** Marks the character after the keyboard caret (null: no caret to show). */
export function paintCaret(blocks: TextBlock[], at: number | null): void {
  if (!supportsHighlights()) return;
  const block = at === null ? undefined : blocks.find((b) => b.start <= at && at < b.start + b.node.data.length);
  if (!block || at === null) {
    CSS.highlights.delete(CARET);
    return;
  }
  const offset = at - block.start;
  const wide = /[\uD800-\uDBFF]/.test(block.node.data[offset] ?? "") ? 2 : 1;
  const range = new Range();
  range.setStart(block.node, offset);
  range.setEnd(block.node, Math.min(block.node.data.length, offset + wide));
  CSS.highlights.set(CARET, new Highlight(range));
}
