// Between the rendered article and document offsets. The article renders each paragraph's
// text in one text node inside `[data-s]` (its UTF-16 start in the document text), so a DOM
// position maps to a document offset in O(log n), and back. Document offsets here are UTF-16;
// code points are converted once, at the API boundary (see use-offsets.ts).

import { blockPoint, type BlockSpan } from "./block-points";

export interface TextBlock extends BlockSpan {
  node: Text;
}

/** The text blocks of an article element, in document order. */
export function collectBlocks(root: HTMLElement): TextBlock[] {
  const blocks: TextBlock[] = [];
  root.querySelectorAll<HTMLElement>("[data-s]").forEach((el) => {
    const node = el.firstChild;
    if (node && node.nodeType === Node.TEXT_NODE) blocks.push({ start: Number(el.dataset.s), length: (node as Text).data.length, node: node as Text });
  });
  return blocks;
}

/** A DOM point for a document offset; offsets between blocks snap to the nearest block edge. */
export function pointAt(blocks: TextBlock[], at: number, side: "start" | "end"): { node: Text; offset: number } | null {
  const p = blockPoint(blocks, at, side);
  return p && { node: blocks[p.block]!.node, offset: p.offset };
}

export function rangeFor(blocks: TextBlock[], start: number, end: number): Range | null {
  const a = pointAt(blocks, start, "start");
  const b = pointAt(blocks, end, "end");
  if (!a || !b) return null;
  const range = new Range();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** The document offset of a DOM point inside the article, or null when it is outside any block. */
export function offsetOf(blocks: TextBlock[], node: Node, offset: number): number | null {
  for (const b of blocks) if (b.node === node) return b.start + offset;
  // Not in a block's text (e.g. an element boundary): the first block that starts at or after
  // the point; after the last block, the end of the text.
  const point = new Range();
  point.setStart(node, offset);
  for (const b of blocks) if (point.comparePoint(b.node, 0) >= 0) return b.start;
  const last = blocks[blocks.length - 1];
  return last ? last.start + last.node.data.length : null;
}

/** The current selection as document offsets (UTF-16), whitespace trimmed; null if none. */
export function selectionOffsets(blocks: TextBlock[], root: HTMLElement, text: string): { start: number; end: number } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  let start = offsetOf(blocks, range.startContainer, range.startOffset);
  let end = offsetOf(blocks, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** The document offset under a screen point, if the point is on text. */
export function offsetAtPoint(blocks: TextBlock[], x: number, y: number): number | null {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  let node: Node | null = null;
  let offset = 0;
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y);
    if (pos) [node, offset] = [pos.offsetNode, pos.offset];
  } else if (document.caretRangeFromPoint) {
    const r = document.caretRangeFromPoint(x, y);
    if (r) [node, offset] = [r.startContainer, r.startOffset];
  }
  if (!node || node.nodeType !== Node.TEXT_NODE) return null;
  const block = blocks.find((b) => b.node === node);
  if (!block) return null;
  // The caret is between characters: take the character whose box holds the point.
  for (const candidate of [offset, offset - 1]) {
    if (candidate < 0 || candidate >= block.node.data.length) continue;
    const r = new Range();
    r.setStart(block.node, candidate);
    r.setEnd(block.node, candidate + 1);
    for (const rect of r.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return block.start + candidate;
    }
  }
  return null;
}

/** The document offset of the keyboard caret (the selection's anchor) in a block, or null. */
export function caretOffset(blocks: TextBlock[]): number | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0) return null;
  const block = blocks.find((b) => b.node === sel.anchorNode);
  return block ? block.start + sel.anchorOffset : null;
}

/** Puts the browser selection on a document span (and scrolls it into view if asked). */
export function selectSpan(blocks: TextBlock[], start: number, end: number): void {
  const range = rangeFor(blocks, start, end);
  const sel = window.getSelection();
  if (!range || !sel) return;
  sel.removeAllRanges();
  sel.addRange(range);
}
