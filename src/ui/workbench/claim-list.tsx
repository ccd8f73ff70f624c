"use client";
// The document's claims in text order: Indonesian quote beside English translation, verdict.
// Items are memoised: adding or saving one claim re-renders that item, not thousands.
import { memo } from "react";
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

export function ClaimList({ annotations, activeId, options, onOpen }: { annotations: Annotation[]; activeId: string | null; options: VerdictOption[]; onOpen: (id: string) => void }) {
  const t = useT();
  if (annotations.length === 0) return <p className="hint">{t("workbench.noClaims")}</p>;
  const noTranslation = t("workbench.noTranslation");
  return (
    <ol className="claim-list" aria-label={t("workbench.claims")}>
      {annotations.map((a) => (
        <ClaimItem key={a.id} annotation={a} active={a.id === activeId} options={options} noTranslation={noTranslation} onOpen={onOpen} />
      ))}
    </ol>
  );
}
