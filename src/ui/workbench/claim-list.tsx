"use client";
// The document's claims in text order: Indonesian quote beside English translation, verdict.
import { useT } from "../i18n";
import type { Annotation, VerdictOption } from "./types";
import { VerdictBadge } from "./verdict-badge";

export function ClaimList({ annotations, activeId, options, onOpen }: { annotations: Annotation[]; activeId: string | null; options: VerdictOption[]; onOpen: (id: string) => void }) {
  const t = useT();
  if (annotations.length === 0) return <p className="hint">{t("workbench.noClaims")}</p>;
  return (
    <ol className="claim-list" aria-label={t("workbench.claims")}>
      {annotations.map((a) => (
        <li key={a.id}>
          <button type="button" className={`claim-item${a.id === activeId ? " active" : ""}`} aria-current={a.id === activeId ? "true" : undefined} data-annotation-id={a.id} onClick={() => onOpen(a.id)}>
            <span className="claim-quote" lang="id">
              {a.quote}
            </span>
            <span className="claim-translation" lang="en">
              {a.translation || t("workbench.noTranslation")}
            </span>
            <VerdictBadge verdict={a.verdict} options={options} />
          </button>
        </li>
      ))}
    </ol>
  );
}
