"use client";
// The selection in the article as a code-point span snapped to whole words (null: none), kept
// up to date as the person selects with mouse or keyboard; and, since the article's text is not
// editable and shows no caret of its own, the keyboard caret painted while the article has focus.
import { useEffect, useState } from "react";
import type { OffsetMap } from "@/domain/text/code-points";
import { snapToWords } from "@/domain/text/words";
import { paintCaret } from "./highlights";
import { caretOffset, selectionOffsets, type TextBlock } from "./text-dom";

export type Span = { start: number; end: number };

export function useArticleSelection(articleRef: React.RefObject<HTMLElement | null>, blocksRef: React.RefObject<TextBlock[]>, text: string, map: OffsetMap): Span | null {
  const [selection, setSelection] = useState<Span | null>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const root = articleRef.current;
        const s = root ? selectionOffsets(blocksRef.current, root, text) : null;
        const w = s && snapToWords(text, s.start, s.end);
        setSelection(w && w.end > w.start ? { start: map.toCodePoint(w.start), end: map.toCodePoint(w.end) } : null);
        const focused = root !== null && root === document.activeElement;
        paintCaret(blocksRef.current, focused && !s ? caretOffset(blocksRef.current) : null);
      });
    };
    const root = articleRef.current;
    const hideCaret = () => paintCaret(blocksRef.current, null);
    document.addEventListener("selectionchange", update);
    root?.addEventListener("focus", update);
    root?.addEventListener("blur", hideCaret);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener("selectionchange", update);
      root?.removeEventListener("focus", update);
      root?.removeEventListener("blur", hideCaret);
    };
  }, [map, text, articleRef, blocksRef]);
  return selection;
}
