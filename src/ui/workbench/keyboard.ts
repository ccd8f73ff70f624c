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

/** What a key does anywhere on the workbench page. */
export type PageAction =
  | { do: "step"; by: 1 | -1 }
  | { do: "reopen" }
  | { do: "focus-translation" }
  | { do: "set-verdict"; index: number }
  | { do: "delete" }
  | { do: "toggle-help" }
  | { do: "next-candidate" }
  | { do: "close" };

/** What is open on the workbench when a key is pressed. */
export interface PageState {
  /** A claim is the active one (highlighted, its list item current). */
  active: boolean;
  /** The claim panel, on a saved claim or on a new span (null: closed). */
  panel: "edit" | "new" | null;
  canWrite: boolean;
}

type KeyPress = Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "target">;

/**
 * The workbench's page-wide shortcuts (the help panel lists them): J/K the next/previous claim,
 * E the active claim's panel, T its translation, 1–9 a verdict, Delete the claim, C the next
 * claim candidate, ? the help, Esc closes. None while typing in a field or with Ctrl, Alt or
 * Meta held; null: the key is not a shortcut now, and the browser keeps it.
 */
export function pageAction(e: KeyPress, state: PageState): PageAction | null {
  if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return null;
  const { key } = e;
  if (key === "j" || key === "k") return { do: "step", by: key === "j" ? 1 : -1 };
  if (key === "e") return state.active ? { do: "reopen" } : null;
  if (key === "t") return state.panel ? { do: "focus-translation" } : null;
  if (/^[1-9]$/.test(key)) return state.panel && state.canWrite ? { do: "set-verdict", index: Number(key) - 1 } : null;
  if (key === "Delete") return state.panel === "edit" && state.canWrite ? { do: "delete" } : null;
  if (key === "?") return { do: "toggle-help" };
  if (key === "c") return state.canWrite ? { do: "next-candidate" } : null;
  if (key === "Escape") return { do: "close" };
  return null;
}
