"use client";
// Everything of the workbench that works with the document's annotations: the highlights, the
// selection, the claim panel, the claim list, the keyboard. The article itself is the
// workbench's (workbench.tsx); its events come here.
// Offsets are code points in the API and UTF-16 in the DOM; they are converted here, once,
// with one offset map of the text.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { suggestClaimants } from "@/domain/claims/claimant";
import { createOffsetMap } from "@/domain/text/code-points";
import { sentenceAround } from "@/domain/text/sentences";
import { prepareGlossary, type GlossaryTerm } from "@/domain/glossary/glossary-match";
import { useT } from "../i18n";
import { AnnotationForm, type Draft, type FormHandle } from "./annotation-form";
import { api } from "./api-client";
import type { ArticleHandlers } from "./article";
import { ClaimList } from "./claim-list";
import { highlightPlan, openCandidates, paintSpans, VERDICT_LAYER_PREFIX, type PaintSpan } from "./highlight-plan";
import { applyHighlights } from "./highlights";
import { moveCaret, pageAction } from "./keyboard";
import { caretOffset, collectBlocks, offsetAtPoint, rangeFor, selectionOffsets, selectSpan, type TextBlock } from "./text-dom";
import { useArticleSelection } from "./use-article-selection";
import type { Annotation, VerdictOption } from "./types";
import type { WorkbenchDetails } from "./page-payload";
import { textAtSpan, unpackAnnotations, type PackedAnnotations } from "./wire";
import { Legend, VerdictBadge } from "./verdict-badge";

export interface AnnotatorProps {
  documentId: string;
  text: string;
  /** The annotations and the first paint's script, from the page (see page-payload.ts). */
  details: WorkbenchDetails;
  /** The page's CSP nonce, for the first paint's inline script. */
  nonce?: string;
  articleRef: React.RefObject<HTMLElement | null>;
  /** Where the article's event handlers are set. */
  handlers: React.RefObject<ArticleHandlers | null>;
  options: VerdictOption[];
  canWrite: boolean;
  /** Sentences likely to hold a checkable claim (code points). */
  candidates: Array<{ start: number; end: number }>;
  /** The glossary (Indonesian → English) for the terms in a span. */
  glossary: GlossaryTerm[];
  /** The signed-in person's id. */
  me: string;
  /** A machine translation service is configured. */
  machineTranslation: boolean;
}

type Target = { kind: "edit"; id: string } | { kind: "new"; start: number; end: number } | null;

const byPosition = (a: Annotation, b: Annotation) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id);

export function Annotator(props: AnnotatorProps) {
  const t = useT();
  const { text, options, articleRef, details } = props;
  const map = useMemo(() => createOffsetMap(text), [text]);
  const glossary = useMemo(() => prepareGlossary(props.glossary), [props.glossary]);
  const blocksRef = useRef<TextBlock[]>([]);
  const formRef = useRef<FormHandle>(null);
  const drafts = useRef(new Map<string, Draft>());
  const [annotations, setAnnotations] = useState<Annotation[]>(() => unpackAnnotations(JSON.parse(details.annotations) as PackedAnnotations, textAtSpan(text, map)).sort(byPosition));
  const [activeId, setActiveId] = useState<string | null>(null);
  const [target, setTarget] = useState<Target>(null);
  const [hover, setHover] = useState<{ x: number; y: number; ids: string[] } | null>(null);
  const [chooser, setChooser] = useState<{ x: number; y: number; ids: string[] } | null>(null);
  const [announce, setAnnounce] = useState("");
  const [showHelp, setShowHelp] = useState(false);

  const anchored = useMemo(() => annotations.filter((a) => a.anchorStatus !== "orphaned"), [annotations]);
  const orphans = useMemo(() => annotations.filter((a) => a.anchorStatus === "orphaned"), [annotations]);
  const spans16: PaintSpan[] = useMemo(() => paintSpans(anchored, map), [anchored, map]);
  const byId = useMemo(() => new Map(annotations.map((a) => [a.id, a])), [annotations]);
  // Candidates not yet covered by a claim, in UTF-16.
  const candidates16 = useMemo(() => openCandidates(props.candidates, spans16, map), [props.candidates, spans16, map]);

  /** Annotates the next claim candidate after the selection or caret (or the first). */
  function nextCandidate() {
    if (candidates16.length === 0) return setAnnounce(t("workbench.noCandidates"));
    const sel = window.getSelection();
    const root = articleRef.current;
    const here = root && sel && sel.rangeCount ? (selectionOffsets(blocksRef.current, root, text)?.end ?? caretOffset(blocksRef.current) ?? -1) : -1;
    const next = candidates16.find((c) => c.start >= here) ?? candidates16[0]!;
    selectSpan(blocksRef.current, next.start, next.end);
    rangeFor(blocksRef.current, next.start, next.end)?.startContainer.parentElement?.scrollIntoView?.({ block: "center" });
    // One keystroke: the candidate is selected and its claim panel opens (Esc, then C, skips it).
    setActiveId(null);
    setTarget({ kind: "new", start: map.toCodePoint(next.start), end: map.toCodePoint(next.end) });
    setAnnounce(t("workbench.candidateSelected", { quote: text.slice(next.start, Math.min(next.end, next.start + 80)) }));
  }

  useLayoutEffect(() => {
    if (articleRef.current) blocksRef.current = collectBlocks(articleRef.current);
  }, [text, articleRef]);

  const selection = useArticleSelection(articleRef, blocksRef, text, map);

  useLayoutEffect(() => {
    const root = articleRef.current;
    if (root) applyHighlights(root, highlightPlan(blocksRef.current, spans16, candidates16, activeId), spans16.length, VERDICT_LAYER_PREFIX);
  }, [spans16, candidates16, activeId]);

  // Marks the moment the workbench answers clicks and keys (highlights may be painted before:
  // see early-paint.ts). Tests wait for the attribute, benchmarks read the time.
  useEffect(() => {
    articleRef.current?.closest(".workbench")?.setAttribute("data-interactive", "");
    (window as unknown as { __saringInteractiveAt?: number }).__saringInteractiveAt = performance.now();
  }, [articleRef]);


  const idsAt = useCallback((offset16: number) => spans16.filter((s) => s.start <= offset16 && offset16 < s.end).sort((a, b) => a.end - a.start - (b.end - b.start)).map((s) => s.id), [spans16]);

  // Stable callbacks (the claim list's items are memoised) read the latest spans from a ref.
  const spansRef = useRef(spans16);
  useLayoutEffect(() => {
    spansRef.current = spans16;
  }, [spans16]);

  const scrollTo = useCallback((id: string) => {
    const s = spansRef.current.find((x) => x.id === id);
    const range = s && rangeFor(blocksRef.current, s.start, s.end);
    const el = range?.startContainer.parentElement;
    el?.scrollIntoView?.({ block: "center", behavior: "auto" });
  }, []);

  const open = useCallback(
    (id: string) => {
      setActiveId(id);
      setTarget({ kind: "edit", id });
      setChooser(null);
      scrollTo(id);
    },
    [scrollTo],
  );

  const annotateSelection = useCallback(() => {
    if (!props.canWrite || !selection) return false;
    setActiveId(null);
    setTarget({ kind: "new", ...selection });
    return true;
  }, [props.canWrite, selection]);

  function onSaved(a: Annotation, created: boolean) {
    setAnnotations((list) => [...list.filter((x) => x.id !== a.id), a].sort(byPosition));
    setActiveId(a.id);
    setTarget({ kind: "edit", id: a.id });
    if (created) window.getSelection()?.removeAllRanges();
    setAnnounce(t("workbench.saved"));
  }

  function onDeleted(id: string) {
    setAnnotations((list) => list.filter((x) => x.id !== id));
    setActiveId(null);
    setTarget(null);
    setAnnounce(t("workbench.deleted"));
    articleRef.current?.focus();
  }

  async function reattach(a: Annotation) {
    if (!selection) return setAnnounce(t("workbench.selectFirst"));
    const result = await api.update(a.id, { version: a.version, ...selection });
    if (result.ok) {
      onSaved(result.value, false);
      setAnnounce(t("workbench.reattached"));
    } else setAnnounce(result.message);
  }

  function step(delta: 1 | -1) {
    if (anchored.length === 0) return;
    const index = anchored.findIndex((a) => a.id === activeId);
    const next = anchored[(index + delta + anchored.length) % anchored.length] ?? anchored[0]!;
    // Rendered now, so its list item (perhaps beyond the claims shown so far) can take focus.
    flushSync(() => open(next.id));
    document.querySelector<HTMLElement>(`[data-annotation-id="${next.id}"]`)?.focus();
  }

  // Shortcuts anywhere on the page (keyboard.ts says which key does what, and when).
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const action = pageAction(e, { active: activeId !== null, panel: target?.kind ?? null, canWrite: props.canWrite });
      if (!action) return;
      e.preventDefault();
      const option = action.do === "set-verdict" ? options[action.index] : undefined;
      if (action.do === "step") step(action.by);
      else if (action.do === "reopen" && activeId) open(activeId);
      else if (action.do === "focus-translation") formRef.current?.focusTranslation();
      else if (option) formRef.current?.setVerdict(option.key);
      else if (action.do === "delete") formRef.current?.remove();
      else if (action.do === "toggle-help") setShowHelp((v) => !v);
      else if (action.do === "next-candidate") nextCandidate();
      else if (action.do === "close") {
        setTarget(null);
        setChooser(null);
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  function onArticleKeyDown(e: React.KeyboardEvent<HTMLElement>) {
    if (!articleRef.current) return;
    if (moveCaret(e, articleRef.current)) {
      e.preventDefault();
      return;
    }
    if (e.key === "s" && !e.ctrlKey && !e.metaKey) {
      const sel = window.getSelection();
      const at = sel && sel.rangeCount ? selectionOffsets(blocksRef.current, articleRef.current, text)?.start ?? caretOffset(blocksRef.current) : caretOffset(blocksRef.current);
      if (at === null || at === undefined) return;
      const sentence = sentenceAround(text, at);
      selectSpan(blocksRef.current, sentence.start, sentence.end);
      e.preventDefault();
    } else if (e.key === "Enter" && annotateSelection()) e.preventDefault();
  }


  function onArticleMouseUp(e: React.MouseEvent<HTMLElement>) {
    const sel = window.getSelection();
    if (sel && !sel.isCollapsed) return;
    const at = offsetAtPoint(blocksRef.current, e.clientX, e.clientY);
    const ids = at === null ? [] : idsAt(at);
    if (ids.length === 1) open(ids[0]!);
    else if (ids.length > 1) setChooser({ x: e.clientX, y: e.clientY, ids });
  }

  const moveFrame = useRef(0);
  function onArticleMouseMove(e: React.MouseEvent<HTMLElement>) {
    const { clientX: x, clientY: y } = e;
    cancelAnimationFrame(moveFrame.current);
    moveFrame.current = requestAnimationFrame(() => {
      const at = offsetAtPoint(blocksRef.current, x, y);
      const ids = at === null ? [] : idsAt(at);
      setHover(ids.length ? { x, y, ids } : null);
    });
  }

  const formTarget =
    target?.kind === "edit" && byId.get(target.id)
      ? { kind: "edit" as const, annotation: byId.get(target.id)! }
      : target?.kind === "new"
        ? { kind: "new" as const, start: target.start, end: target.end, quote: text.slice(map.toUtf16(target.start), map.toUtf16(target.end)) }
        : null;
  const suggestions = useMemo(() => {
    if (!formTarget) return [];
    const s = formTarget.kind === "edit" ? formTarget.annotation : formTarget;
    return suggestClaimants(text, map.toUtf16(s.start), map.toUtf16(s.end));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formTarget?.kind, formTarget?.kind === "edit" ? formTarget.annotation.id : formTarget?.start, text, map]);

  const selectionQuote = selection ? text.slice(map.toUtf16(selection.start), map.toUtf16(selection.end)) : "";
  // The article's events come here.
  useLayoutEffect(() => {
    props.handlers.current = { onKeyDown: onArticleKeyDown, onMouseUp: onArticleMouseUp, onMouseMove: onArticleMouseMove, onMouseLeave: () => setHover(null) };
  });
  useEffect(() => {
    const handlers = props.handlers;
    return () => {
      handlers.current = null;
    };
  }, [props.handlers]);

  return (
    <>
      {/* Right after the article: paints every highlight as soon as the text is parsed, before the app's JavaScript runs. */}
      <script nonce={props.nonce} dangerouslySetInnerHTML={{ __html: details.firstPaint }} />
      <aside className="workbench-side" aria-label={t("workbench.claims")}>
        <div role="status" aria-live="polite" className="visually-hidden" data-testid="announcer">
          {announce}
        </div>
        <FlashMessage />
        {props.canWrite && (
          <div className="selection-bar">
            <button type="button" onClick={annotateSelection} disabled={!selection}>
              {t("workbench.annotate")}
            </button>
            {selection && (
              <p className="hint" lang="id">
                {t("workbench.selectionHint", { quote: selectionQuote.length > 80 ? `${selectionQuote.slice(0, 80)}…` : selectionQuote })}
              </p>
            )}
          </div>
        )}
        {formTarget && (
          <AnnotationForm
            ref={formRef}
            documentId={props.documentId}
            target={formTarget}
            suggestions={suggestions}
            options={options}
            canWrite={props.canWrite}
            onSaved={onSaved}
            onDeleted={onDeleted}
            onClose={() => {
              setTarget(null);
              setActiveId(null);
            }}
            currentSelection={() => selection}
            drafts={drafts.current}
            glossary={glossary}
            me={props.me}
            machineTranslation={props.machineTranslation}
          />
        )}
        {orphans.length > 0 && (
          <section className="orphans" aria-labelledby="orphans-title">
            <h2 id="orphans-title">{t("workbench.orphans", { count: orphans.length })}</h2>
            <p className="hint">{t("workbench.orphansIntro")}</p>
            <ul>
              {orphans.map((a) => (
                <li key={a.id} data-testid="orphan">
                  <span lang="id" className="claim-quote">
                    {a.quote}
                  </span>{" "}
                  {props.canWrite && (
                    <button type="button" className="secondary small" onClick={() => void reattach(a)} disabled={!selection}>
                      {t("workbench.reattach")}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        <h2>{t("workbench.claims")}</h2>
        <ClaimList annotations={anchored} activeId={activeId} options={options} onOpen={open} />
        <Legend options={options} title={t("workbench.legend")} overlap={t("workbench.overlap")} />
        {props.candidates.length > 0 && <p className="hint candidate-legend">{t("workbench.candidatesLegend")}</p>}
        <details open={showHelp} onToggle={(e) => setShowHelp(e.currentTarget.open)}>
          <summary>{t("workbench.shortcuts")}</summary>
          <p className="hint">{t("workbench.shortcutList")}</p>
        </details>
      </aside>
      {hover && !chooser && (
        <div className="hover-card" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 16 }}>
          {hover.ids.length > 1 && <p className="hint">{t("workbench.hoverMore", { count: hover.ids.length })}</p>}
          {hover.ids.map((id) => {
            const a = byId.get(id);
            return a ? (
              <div key={id} className="hover-item">
                <span lang="en">{a.translation || t("workbench.noTranslation")}</span> <VerdictBadge verdict={a.verdict} options={options} />
              </div>
            ) : null;
          })}
        </div>
      )}
      {chooser && (
        <div className="chooser" role="menu" aria-label={t("workbench.chooseClaim")} style={{ left: chooser.x + 8, top: chooser.y + 8 }}>
          <p className="hint">{t("workbench.chooseClaim")}</p>
          {chooser.ids.map((id) => {
            const a = byId.get(id);
            return a ? (
              <button key={id} type="button" role="menuitem" className="claim-item" onClick={() => open(id)}>
                <span lang="id" className="claim-quote">
                  {a.quote}
                </span>
                <VerdictBadge verdict={a.verdict} options={options} />
              </button>
            ) : null;
          })}
        </div>
      )}
    </>
  );
}

/** A message left by the previous page state (e.g. after a text correction reloaded it). */
function FlashMessage() {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const m = sessionStorage.getItem("saring-flash");
    if (m) {
      sessionStorage.removeItem("saring-flash");
      setMessage(m);
    }
  }, []);
  return message ? (
    <div role="status" className="alert ok">
      {message}
    </div>
  ) : null;
}
