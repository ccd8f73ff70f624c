"use client";
// The claim panel: translation, verdict, claimant (with speakers found next to the span),
// rationale and evidence. Saving sends the version it started from; when someone else saved
// first the server refuses, the form keeps everything typed and shows what they changed.
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from "react";
import type { prepareGlossary } from "@/domain/glossary/glossary-match";
import { nextOrigin, type TranslationOrigin } from "@/domain/translation/translation-origin";
import { useT } from "../i18n";
import { api, type ClaimMatch } from "./api-client";
import { VerdictBadge } from "./verdict-badge";
import { fieldLabel } from "./change-display";
import { theirChanges } from "./conflict";
import { EvidenceFields } from "./evidence-fields";
import { GlossaryHints, useGlossaryMatches } from "./glossary-hints";
import { HistoryList } from "./history-list";
import { MemoryOffers, useMemoryOffers } from "./memory-offers";
import { TranslationProvenance } from "./translation-provenance";
import type { Annotation, ClaimFields, VerdictOption } from "./types";
import { draftKey, fieldsOf, useClaimDraft, type Draft, type FormTarget } from "./use-claim-draft";

export type { Draft };

export interface FormHandle {
  setVerdict(key: string): void;
  focusTranslation(): void;
  save(): void;
  remove(): void;
}

interface Props {
  documentId: string;
  target: FormTarget;
  suggestions: string[];
  options: VerdictOption[];
  canWrite: boolean;
  onSaved: (a: Annotation, created: boolean) => void;
  onDeleted: (id: string) => void;
  onClose: () => void;
  /** Unsaved work per claim, kept by the workbench while the panel shows another claim. */
  drafts: Map<string, Draft>;
  /** For editing: the current text selection as a code-point span, if any. */
  currentSelection: () => { start: number; end: number } | null;
  /** The glossary, prepared for matching. */
  glossary: ReturnType<typeof prepareGlossary>;
  /** The signed-in person's id (a translation is reviewed by someone else). */
  me: string;
  /** A machine translation service is configured: offer machine drafts. */
  machineTranslation: boolean;
}

export const AnnotationForm = forwardRef<FormHandle, Props>(function AnnotationForm(props, ref) {
  const t = useT();
  const { target } = props;
  const editing = target.kind === "edit" ? target.annotation : null;
  const translationRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { values, setValues, base, setBase, conflict, setConflict, status, setStatus, carried, forgetDraft } = useClaimDraft(target, props.drafts, () => {
    // A new span goes straight to its translation; opening a claim leaves focus where it was
    // (the claim list, for j/k), and T jumps to the translation.
    if (target.kind === "new") translationRef.current?.focus();
  });
  const [busy, setBusy] = useState(false);
  const [matches, setMatches] = useState<ClaimMatch[]>([]);
  const idPrefix = editing ? `f-${editing.id}` : "f-new";
  const targetKey = draftKey(target);

  // A new span may state a claim already made elsewhere: offer those claims.
  useEffect(() => {
    setMatches([]);
    if (target.kind !== "new") return;
    let live = true;
    void api.claimMatches(props.documentId, target.start, target.end).then((r) => {
      if (live && r.ok) setMatches(r.value);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [targetKey]);

  async function joinClaim(claimId: string) {
    if (target.kind !== "new" || busy) return;
    setBusy(true);
    const result = await api.create(props.documentId, { start: target.start, end: target.end, translation: values.translation, translationOrigin: values.translationOrigin, claimId });
    setBusy(false);
    if (!result.ok) return setStatus({ kind: "error", message: result.message });
    forgetDraft();
    carried.current = t("workbench.joined");
    props.onSaved(result.value, true);
  }

  const set = <K extends keyof ClaimFields>(key: K, value: ClaimFields[K]) => setValues((v) => ({ ...v, [key]: value }));
  /** A new translation text, and where it now comes from (typed, memory, glossary, machine). */
  const setTranslation = (text: string, step: "type" | "glossary" | "memory" | "machine") =>
    setValues((v) => ({ ...v, translation: text, translationOrigin: nextOrigin(v.translationOrigin as TranslationOrigin, step, text) }));
  /** Puts text at the translation's caret (replacing a selection there), spaced from its neighbours. */
  const insertAtCaret = (text: string) => {
    const area = translationRef.current;
    const current = values.translation;
    const from = area?.selectionStart ?? current.length;
    const to = area?.selectionEnd ?? current.length;
    const before = current.slice(0, from);
    const after = current.slice(to);
    const piece = `${before && !/\s$/.test(before) ? " " : ""}${text}${after && !/^[\s.,;:!?)]/.test(after) ? " " : ""}`;
    setTranslation(before + piece + after, "glossary");
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(before.length + piece.length, before.length + piece.length);
    });
  };

  async function save(version?: number) {
    if (!props.canWrite || busy) return;
    if (formRef.current && !formRef.current.reportValidity()) return;
    setBusy(true);
    setStatus(null);
    const result =
      target.kind === "new"
        ? await api.create(props.documentId, { start: target.start, end: target.end, ...values })
        : await api.update(target.annotation.id, { version: version ?? base?.version ?? target.annotation.version, claimVersion: claimVersionFor(version), ...values });
    setBusy(false);
    if (result.ok) {
      forgetDraft(); // saved: no draft to keep
      setConflict(null);
      setBase(result.value);
      setStatus({ kind: "ok", message: t("workbench.saved") });
      if (target.kind === "new") carried.current = t("workbench.saved");
      props.onSaved(result.value, target.kind === "new");
      return;
    }
    if (result.status === 409 && result.current) {
      setConflict(result.current);
      return;
    }
    setStatus({ kind: "error", message: result.message });
  }

  /** The claim version this save started from (after a conflict: the one the person has seen). */
  function claimVersionFor(afterConflict?: number): number | undefined {
    if (afterConflict !== undefined && conflict) return conflict.claimVersion;
    return base?.claimVersion ?? (target.kind === "edit" ? target.annotation.claimVersion : undefined);
  }

  async function remove() {
    if (!editing || !base || !window.confirm(t("workbench.confirmDelete"))) return;
    setBusy(true);
    const result = await api.remove(editing.id, base.version);
    setBusy(false);
    if (result.ok) {
      forgetDraft();
      props.onDeleted(editing.id);
    }
    else if (result.status === 409 && result.current) setConflict(result.current);
    else setStatus({ kind: "error", message: result.message });
  }

  async function setSpan() {
    if (!editing || !base) return;
    const sel = props.currentSelection();
    if (!sel) {
      setStatus({ kind: "error", message: t("workbench.selectFirst") });
      return;
    }
    setBusy(true);
    const result = await api.update(editing.id, { version: base.version, start: sel.start, end: sel.end });
    setBusy(false);
    if (result.ok) {
      setBase(result.value);
      setStatus({ kind: "ok", message: t("workbench.spanChanged", { quote: result.value.quote }) });
      props.onSaved(result.value, false);
    } else if (result.status === 409 && result.current) setConflict(result.current);
    else setStatus({ kind: "error", message: result.message });
  }

  function acceptMemory(offer: { translation: string; score: number }) {
    setTranslation(offer.translation, "memory");
    setStatus({ kind: "ok", message: t("memory.used", { score: Math.round(offer.score * 100) }) });
    translationRef.current?.focus();
  }

  async function machineDraftFor(text: string) {
    if (busy) return;
    if (values.translation.trim() && !window.confirm(t("machine.replaceConfirm"))) return;
    setBusy(true);
    setStatus({ kind: "ok", message: t("machine.drafting") });
    const result = await api.machineDraft(text);
    setBusy(false);
    if (!result.ok) return setStatus({ kind: "error", message: t("machine.failed", { message: result.message }) });
    setTranslation(result.value.translation, "machine");
    setStatus({ kind: "ok", message: t("machine.drafted") });
    translationRef.current?.focus();
  }

  async function reviewTranslation() {
    if (!editing || !base || busy) return;
    setBusy(true);
    const result = await api.reviewTranslation(editing.id, base.version);
    setBusy(false);
    if (result.ok) {
      setBase(result.value);
      setValues((v) => ({ ...v, translationOrigin: result.value.translationOrigin }));
      setStatus({ kind: "ok", message: t("review.done") });
      props.onSaved(result.value, false);
    } else if (result.status === 409 && result.current) setConflict(result.current);
    else setStatus({ kind: "error", message: result.message });
  }

  useImperativeHandle(ref, () => ({
    setVerdict: (key) => set("verdict", key),
    focusTranslation: () => translationRef.current?.focus(),
    save: () => void save(),
    remove: () => void remove(),
  }));

  const quote = editing ? editing.quote : target.kind === "new" ? target.quote : "";
  const glossaryMatches = useGlossaryMatches(quote, props.glossary);
  const ro = !props.canWrite;
  const memoryOffers = useMemoryOffers(quote, editing?.id, !ro);
  return (
    <form
      ref={formRef}
      className="claim-form"
      aria-labelledby={`${idPrefix}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        } else if (e.key === "Escape") {
          e.preventDefault();
          props.onClose();
        }
      }}
    >
      <h2 id={`${idPrefix}-title`}>{editing ? t("workbench.editClaim") : t("workbench.newClaim")}</h2>
      {ro && <p className="hint">{t("workbench.readOnly")}</p>}
      {conflict && base && (
        <div role="alert" className="alert error conflict">
          <p>
            <strong>{t("workbench.conflictTitle", { name: conflict.updatedBy.name })}</strong> {t("workbench.conflictIntro")}
          </p>
          <ul>
            {theirChanges(base, conflict, props.options).map((c) => (
              <li key={c.field}>
                <span className="field-name">{fieldLabel(t, c.field)}</span>: <del>{c.before}</del> → <ins>{c.after}</ins>
              </li>
            ))}
          </ul>
          <div className="row">
            <button type="button" onClick={() => void save(conflict.version)} disabled={busy}>
              {t("workbench.conflictKeepMine")}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setValues(fieldsOf(conflict));
                setBase(conflict);
                setConflict(null);
                props.onSaved(conflict, false);
              }}
            >
              {t("workbench.conflictTakeTheirs")}
            </button>
          </div>
        </div>
      )}
      {status && (
        <div role={status.kind === "error" ? "alert" : "status"} className={`alert ${status.kind}`}>
          {status.message}
        </div>
      )}
      {editing && (
        <p className="claim-link">
          <a href={`/claims/${editing.claimId}`}>{t("workbench.openClaim")}</a> · <span className={`state state-${editing.reviewState}`}>{t(`claims.state_${editing.reviewState}` as "claims.state_DRAFT")}</span>
        </p>
      )}
      <div className="field">
        <span className="label">{t("workbench.quote")}</span>
        <blockquote lang="id" className="quote">
          {quote}
        </blockquote>
      </div>
      {target.kind === "new" && matches.length > 0 && (
        <section className="claim-matches" aria-labelledby={`${idPrefix}-matches`}>
          <h3 id={`${idPrefix}-matches`}>{t("workbench.matchesTitle")}</h3>
          <ul>
            {matches.map((m) => (
              <li key={m.claimId} data-testid="claim-match">
                <span lang="id" className="claim-quote">
                  {m.summary || m.quote}
                </span>{" "}
                <VerdictBadge verdict={m.verdict} options={props.options} />{" "}
                <span className="hint">{t("workbench.matchInfo", { count: m.appearances, score: Math.round(m.score * 100) })}</span>{" "}
                {props.canWrite && (
                  <button type="button" className="secondary small" disabled={busy} onClick={() => void joinClaim(m.claimId)}>
                    {t("workbench.joinClaim")}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="field">
        <label htmlFor={`${idPrefix}-translation`}>{t("workbench.translation")}</label>
        <textarea
          id={`${idPrefix}-translation`}
          ref={translationRef}
          lang="en"
          className="short"
          value={values.translation}
          readOnly={ro}
          onChange={(e) => setTranslation(e.target.value, "type")}
          onKeyDown={(e) => {
            if (e.altKey && !e.ctrlKey && !e.metaKey && e.code === "KeyM" && memoryOffers[0] && !ro) {
              e.preventDefault();
              acceptMemory(memoryOffers[0]);
              return;
            }
            const n = e.altKey && !e.ctrlKey && !e.metaKey && /^Digit[1-9]$/.test(e.code) ? Number(e.code.slice(5)) : 0;
            if (n && glossaryMatches[n - 1] && !ro) {
              e.preventDefault();
              insertAtCaret(glossaryMatches[n - 1]!.target);
            }
          }}
        />
        {editing && base && (
          <TranslationProvenance annotation={base} me={props.me} canWrite={props.canWrite} busy={busy} changed={values.translation !== base.translation} onReview={() => void reviewTranslation()} />
        )}
        {!ro && props.machineTranslation && (
          <p className="row">
            <button type="button" className="secondary small" disabled={busy} onClick={() => void machineDraftFor(quote)}>
              {t("machine.draft")}
            </button>
          </p>
        )}
        {!ro && <MemoryOffers offers={memoryOffers} quote={quote} onUse={acceptMemory} idPrefix={idPrefix} />}
        <GlossaryHints matches={glossaryMatches} translation={values.translation} onInsert={insertAtCaret} readOnly={ro} />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-verdict`}>{t("workbench.verdict")}</label>
        <select id={`${idPrefix}-verdict`} value={values.verdict} disabled={ro} onChange={(e) => set("verdict", e.target.value)}>
          {props.options.map((o, i) => (
            <option key={o.key} value={o.key}>
              {i + 1}. {o.en} — {o.id}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-claimant`}>{t("workbench.claimant")}</label>
        <input id={`${idPrefix}-claimant`} type="text" value={values.claimant} readOnly={ro} onChange={(e) => set("claimant", e.target.value)} />
        {!ro && props.suggestions.length > 0 && (
          <div className="chips" role="group" aria-label={t("workbench.claimantSuggestions")}>
            {props.suggestions.map((name) => (
              <button type="button" key={name} className="chip" aria-pressed={values.claimant === name} onClick={() => set("claimant", name)}>
                {name}
              </button>
            ))}
          </div>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-rationale`}>{t("workbench.rationale")}</label>
        <textarea id={`${idPrefix}-rationale`} lang="en" className="short" value={values.rationale} readOnly={ro} onChange={(e) => set("rationale", e.target.value)} />
      </div>
      <EvidenceFields value={values.evidence} onChange={(v) => set("evidence", v)} disabled={ro} idPrefix={idPrefix} />
      {!ro && (
        <div className="row form-actions">
          <button type="submit" disabled={busy}>
            {busy ? t("workbench.saving") : t("workbench.save")}
          </button>
          {editing && (
            <button type="button" className="secondary" onClick={() => void setSpan()} disabled={busy}>
              {t("workbench.setSpan")}
            </button>
          )}
          {editing && (
            <button type="button" className="danger" onClick={() => void remove()} disabled={busy}>
              {t("workbench.delete")}
            </button>
          )}
          <button type="button" className="secondary" onClick={props.onClose}>
            {t("workbench.close")}
          </button>
        </div>
      )}
      {ro && (
        <button type="button" className="secondary" onClick={props.onClose}>
          {t("workbench.close")}
        </button>
      )}
      {editing && <HistoryList annotationId={editing.id} version={base?.version ?? editing.version} options={props.options} />}
    </form>
  );
});
