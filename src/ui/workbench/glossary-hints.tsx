"use client";
// Under the translation field: the glossary terms found in the highlighted words (affixed forms
// too), each with its English and an Insert button (Alt+1…9 from the translation field), and a
// notice for each term the translation renders differently (flagged, never blocked).
import { useMemo } from "react";
import { inconsistentTerms, matchGlossary, type GlossaryMatch, type prepareGlossary } from "@/domain/glossary/glossary-match";
import { useT } from "../i18n";

export function useGlossaryMatches(quote: string, glossary: ReturnType<typeof prepareGlossary>): GlossaryMatch[] {
  return useMemo(() => {
    const seen = new Set<string>();
    return matchGlossary(quote, glossary).filter((m) => !seen.has(m.termId) && seen.add(m.termId));
  }, [quote, glossary]);
}

export function GlossaryHints({ matches, translation, onInsert, readOnly }: { matches: GlossaryMatch[]; translation: string; onInsert: (text: string) => void; readOnly: boolean }) {
  const t = useT();
  if (matches.length === 0) return null;
  const differing = translation.trim() ? inconsistentTerms(translation, matches) : [];
  return (
    <section className="glossary-hints" aria-label={t("glossary.inSpan")}>
      <p className="label">{t("glossary.inSpan")}</p>
      <ul>
        {matches.slice(0, 9).map((m, i) => (
          <li key={m.termId} data-testid="glossary-hint">
            <span lang="id">{m.matched}</span> → <strong lang="en">{m.target}</strong>{" "}
            {!readOnly && (
              <button type="button" className="secondary small" onClick={() => onInsert(m.target)} aria-label={t("glossary.insertTerm", { target: m.target })} title={`Alt+${i + 1}`}>
                {t("glossary.insert")} <kbd>Alt+{i + 1}</kbd>
              </button>
            )}
          </li>
        ))}
      </ul>
      <div aria-live="polite">
        {differing.map((m) => (
          <p key={m.termId} className="alert warning" data-testid="glossary-differs">
            {t("glossary.differs", { source: m.matched, target: m.target })}
          </p>
        ))}
      </div>
    </section>
  );
}
