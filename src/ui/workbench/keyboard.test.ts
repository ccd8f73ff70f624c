import { describe, expect, it } from "vitest";
import { pageAction, type PageState } from "./keyboard.ts";

const press = (key: string, extra: { ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean; target?: unknown } = {}) => ({ key, ctrlKey: false, altKey: false, metaKey: false, target: null, ...extra }) as unknown as KeyboardEvent;
const closed: PageState = { active: false, panel: null, canWrite: true };
const editing: PageState = { active: true, panel: "edit", canWrite: true };

describe("the workbench's page-wide shortcuts", () => {
  it("J and K step through the claims, ? toggles the help, Esc closes — whatever is open", () => {
    for (const state of [closed, editing, { ...editing, canWrite: false }]) {
      expect(pageAction(press("j"), state)).toEqual({ do: "step", by: 1 });
      expect(pageAction(press("k"), state)).toEqual({ do: "step", by: -1 });
      expect(pageAction(press("?"), state)).toEqual({ do: "toggle-help" });
      expect(pageAction(press("Escape"), state)).toEqual({ do: "close" });
    }
  });

  it("E needs an active claim; T, digits and Delete need the claim panel", () => {
    expect(pageAction(press("e"), closed)).toBeNull();
    expect(pageAction(press("e"), editing)).toEqual({ do: "reopen" });
    expect(pageAction(press("t"), closed)).toBeNull();
    expect(pageAction(press("t"), { ...closed, panel: "new" })).toEqual({ do: "focus-translation" });
    expect(pageAction(press("1"), closed)).toBeNull();
    expect(pageAction(press("1"), editing)).toEqual({ do: "set-verdict", index: 0 });
    expect(pageAction(press("9"), { ...closed, panel: "new" })).toEqual({ do: "set-verdict", index: 8 });
    expect(pageAction(press("0"), editing)).toBeNull();
    expect(pageAction(press("Delete"), editing)).toEqual({ do: "delete" });
    // A span not yet saved has nothing to delete.
    expect(pageAction(press("Delete"), { ...editing, panel: "new" })).toBeNull();
  });

  it("a reader who may not write gets no verdict, delete or candidate keys", () => {
    const reader: PageState = { ...editing, canWrite: false };
    expect(pageAction(press("1"), reader)).toBeNull();
    expect(pageAction(press("Delete"), reader)).toBeNull();
    expect(pageAction(press("c"), reader)).toBeNull();
    expect(pageAction(press("c"), closed)).toEqual({ do: "next-candidate" });
    expect(pageAction(press("e"), reader)).toEqual({ do: "reopen" });
  });

  it("stays out of the way while typing in a field and with Ctrl, Alt or Meta held", () => {
    for (const tagName of ["INPUT", "TEXTAREA", "SELECT"]) expect(pageAction(press("j", { target: { tagName, isContentEditable: false } }), editing)).toBeNull();
    expect(pageAction(press("j", { target: { tagName: "DIV", isContentEditable: true } }), editing)).toBeNull();
    expect(pageAction(press("j", { target: { tagName: "ARTICLE", isContentEditable: false } }), editing)).toEqual({ do: "step", by: 1 });
    expect(pageAction(press("k", { ctrlKey: true }), editing)).toBeNull();
    expect(pageAction(press("1", { altKey: true }), editing)).toBeNull();
    expect(pageAction(press("c", { metaKey: true }), editing)).toBeNull();
  });

  it("leaves other keys to the browser", () => {
    for (const key of ["a", "Enter", " ", "ArrowDown", "Tab", "J"]) expect(pageAction(press(key), editing)).toBeNull();
  });
});
