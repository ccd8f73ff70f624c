// Document offsets (UTF-16) as positions in the article's text blocks, with numbers only (no
// DOM): the browser turns them into Ranges, and the server uses them to plan the first paint.
// A block is one paragraph's text: where it starts in the document and how long it is.

export interface BlockSpan {
  start: number;
  length: number;
}

export interface BlockPoint {
  /** The block's index in document order. */
  block: number;
  /** UTF-16 offset inside the block's text. */
  offset: number;
}

/** The index of the last block starting at or before `at`, or -1. */
export function blockIndexAt(blocks: ReadonlyArray<BlockSpan>, at: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The block position of a document offset. Offsets before the first block snap to its start;
 * offsets in the line break after a block stay at its end for an `end`, and move to the next
 * block's start for a `start` (so a span never begins on an invisible line break).
 */
export function blockPoint(blocks: ReadonlyArray<BlockSpan>, at: number, side: "start" | "end"): BlockPoint | null {
  if (blocks.length === 0) return null;
  const index = Math.max(0, blockIndexAt(blocks, at));
  const block = blocks[index]!;
  const rel = at - block.start;
  if (rel <= block.length) return { block: index, offset: Math.max(0, rel) };
  if (side === "start" && index + 1 < blocks.length) return { block: index + 1, offset: 0 };
  return { block: index, offset: block.length };
}

/** The blocks the server renders for these paragraphs: one per paragraph with text. */
export function paragraphBlocks(paragraphs: ReadonlyArray<{ utf16Start: number; utf16End: number }>): BlockSpan[] {
  return paragraphs.filter((p) => p.utf16End > p.utf16Start).map((p) => ({ start: p.utf16Start, length: p.utf16End - p.utf16Start }));
}
