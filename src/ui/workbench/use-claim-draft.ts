"use client";
// The claim panel's working copy: the values being edited, the version they started from
// (`base`, sent with a save so another person's save is detected), a conflict the server
// reported, and the status line — and what happens to unsaved work: kept as a draft when another
// claim is opened (restored on coming back), guarded when the tab is closed, and following the
// annotation when it changes underneath (saved here, re-anchored).
import { useEffect, useRef, useState } from "react";
import { useT } from "../i18n";
import type { Annotation, ClaimFields } from "./types";

export interface Draft {
  values: ClaimFields;
  base: Annotation | null;
}

/** The annotation being edited, or a new span (code points). */
export type FormTarget = { kind: "edit"; annotation: Annotation } | { kind: "new"; start: number; end: number; quote: string };

export type FormStatus = { kind: "error" | "ok"; message: string } | null;

const empty: ClaimFields = { translation: "", translationOrigin: "typed", verdict: "UNVERIFIED", claimant: "", rationale: "", evidence: [] };

export function fieldsOf(a: Annotation): ClaimFields {
  return { translation: a.translation, translationOrigin: a.translationOrigin, verdict: a.verdict, claimant: a.claimant, rationale: a.rationale, evidence: a.evidence };
}

/** Which draft a target's unsaved work is kept under. */
export const draftKey = (target: FormTarget) => (target.kind === "edit" ? target.annotation.id : `new-${target.start}-${target.end}`);

/** `onOpen` runs each time another annotation or span is opened, after its values are set. */
export function useClaimDraft(target: FormTarget, drafts: Map<string, Draft>, onOpen: () => void) {
  const t = useT();
  const editing = target.kind === "edit" ? target.annotation : null;
  const [values, setValues] = useState<ClaimFields>(editing ? fieldsOf(editing) : empty);
  const [base, setBase] = useState<Annotation | null>(editing);
  const [conflict, setConflict] = useState<Annotation | null>(null);
  const [status, setStatus] = useState<FormStatus>(null);
  /** A message to show on the claim a new span just became (the form starts over for it). */
  const carried = useRef<string | null>(null);

  // A different annotation (or span) was opened: start from its values, or from the draft
  // left there unsaved (with the version it started from, so a save can still detect others).
  const key = draftKey(target);
  const dirty = JSON.stringify(values) !== JSON.stringify(base ? fieldsOf(base) : empty);
  const latest = useRef<{ key: string; draft: Draft; dirty: boolean } | null>(null);
  useEffect(() => {
    latest.current = { key, draft: { values, base }, dirty };
  });
  useEffect(() => {
    const draft = drafts.get(key);
    setValues(draft ? draft.values : editing ? fieldsOf(editing) : empty);
    setBase(draft ? draft.base : editing);
    setConflict(null);
    setStatus(carried.current ? { kind: "ok", message: carried.current } : draft ? { kind: "ok", message: t("workbench.draftRestored") } : null);
    carried.current = null;
    onOpen();
    return () => {
      // Leaving this claim (another one opened, or the panel closed) keeps what was typed.
      const last = latest.current;
      if (last?.key === key && last.dirty) drafts.set(key, last.draft);
      else drafts.delete(key);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  // Closing the tab with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  // The same annotation changed underneath (saved here, re-anchored): follow its version.
  useEffect(() => {
    if (editing && base && editing.id === base.id && editing.version > base.version && !conflict) setBase(editing);
  }, [editing, base, conflict]);

  /** Saved or deleted: nothing to keep as a draft when the panel moves on. */
  const forgetDraft = () => {
    latest.current = null;
  };
  return { values, setValues, base, setBase, conflict, setConflict, status, setStatus, carried, forgetDraft };
}
