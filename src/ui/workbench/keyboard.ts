// Keyboard selection in the article: the browser keeps no caret in text that is not editable,
// so arrows, Home and End move (and with Shift extend) the document selection with
// Selection.modify.
export function moveCaret(e: KeyboardEvent | React.KeyboardEvent, root: HTMLElement): boolean {
  const directions: Record<string, ["forward" | "backward", "character" | "word" | "line" | "lineboundary"]> = {
    ArrowRight: ["forward", e.ctrlKey || e.altKey ? "word" : "character"],
    ArrowLeft: ["backward", e.ctrlKey || e.altKey ? "word" : "character"],
    ArrowDown: ["forward", "line"],
    ArrowUp: ["backward", "line"],
  };
  directions.Home = ["backward", "lineboundary"];
  directions.End = ["forward", "lineboundary"];
  const move = directions[e.key];
  if (!move) return false;
  const sel = window.getSelection() as (Selection & { modify?: (alter: string, direction: string, granularity: string) => void }) | null;
  if (!sel?.modify) return false;
  if (sel.rangeCount === 0 || !root.contains(sel.anchorNode)) {
    const first = root.querySelector("p:not(.non-content) [data-s]")?.firstChild ?? root.querySelector("[data-s]")?.firstChild;
    if (!first) return false;
    sel.collapse(first, 0);
    return true;
  }
  sel.modify(e.shiftKey ? "extend" : "move", move[0], move[1]);
  return true;
}

/** Typing in a form field: global shortcuts stay out of the way. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
}
