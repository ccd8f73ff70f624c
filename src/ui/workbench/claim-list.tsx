"use client";
// The document's claims in text order: Indonesian quote beside English translation, verdict.
// Items are memoised: adding or saving one claim re-renders that item, not thousands. A long
// list shows its first claims (and always the open one) until the reader asks for all: the page
// of a 2,000-claim article stays light to send, parse and hydrate.
import { memo, useState } from "react";
import { useT } from "../i18n";
import type { Annotation, VerdictOption } from "./types";
import { VerdictBadge } from "./verdict-badge";

interface ItemProps {
  annotation: Annotation;
  active: boolean;
  options: VerdictOption[];
  noTranslation: string;
  onOpen: (id: string) => void;
}

const ClaimItem = memo(function ClaimItem({ annotation: a, active, options, noTranslation, onOpen }: ItemProps) {
  return (
    <li>
      <button type="button" className={`claim-item${active ? " active" : ""}`} aria-current={active ? "true" : undefined} data-annotation-id={a.id} onClick={() => onOpen(a.id)}>
        <span className="claim-quote" lang="id">
          {a.quote}
        </span>
        <span className="claim-translation" lang="en">
          {a.translation || noTranslation}
        </span>
        <VerdictBadge verdict={a.verdict} options={options} />
      </button>
    </li>
  );
});

/** How many claims a long list shows before "Show all". */
export const CLAIMS_FIRST_SHOWN = 100;

export function ClaimList({ annotations, activeId, options, onOpen }: { annotations: Annotation[]; activeId: string | null; options: VerdictOption[]; onOpen: (id: string) => void }) {
  const t = useT();
  const [all, setAll] = useState(false);
  if (annotations.length === 0) return <p className="hint">{t("workbench.noClaims")}</p>;
  const noTranslation = t("workbench.noTranslation");
  const shown = all ? annotations.length : Math.max(CLAIMS_FIRST_SHOWN, annotations.findIndex((a) => a.id === activeId) + 1);
  return (
    <>
      <ol className="claim-list" aria-label={t("workbench.claims")}>
        {annotations.slice(0, shown).map((a) => (
          <ClaimItem key={a.id} annotation={a} active={a.id === activeId} options={options} noTranslation={noTranslation} onOpen={onOpen} />
        ))}
      </ol>
      {shown < annotations.length && (
        <button type="button" className="secondary small" onClick={() => setAll(true)}>
          {t("workbench.showAllClaims", { count: annotations.length, hidden: annotations.length - shown })}
        </button>
      )}
    </>
  );
}
