"use client";
// Regrouping a claim's appearances: merge a similar claim into this one, or split one
// appearance off into a claim of its own. Both are recorded in the claims' history.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useHydrated } from "../forms/use-hydrated";
import { StatusLine } from "../forms/form-status";
import { useT } from "../i18n";
import type { VerdictOption } from "../workbench/types";
import { VerdictBadge } from "../workbench/verdict-badge";
import { claimsApi, type SimilarClaim } from "./claims-api";

export function SimilarClaims({ claimId, options }: { claimId: string; options: VerdictOption[] }) {
  const t = useT();
  const router = useRouter();
  const [items, setItems] = useState<SimilarClaim[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void claimsApi.similar(claimId).then((r) => (r.ok ? setItems(r.value) : setError(r.message)));
  }, [claimId]);

  async function merge(from: string) {
    if (!window.confirm(t("claims.confirmMerge"))) return;
    const result = await claimsApi.merge(claimId, from);
    if (!result.ok) return setError(result.message);
    setItems((list) => list.filter((i) => i.claimId !== from));
    router.refresh();
  }

  if (items.length === 0 && !error) return null;
  return (
    <section aria-labelledby="similar-title" className="suggestions">
      <h2 id="similar-title">{t("claims.similar")}</h2>
      <StatusLine status={error} />
      <ol>
        {items.map((c) => (
          <li key={c.claimId} data-testid="similar-claim">
            <a href={`/claims/${c.claimId}`}>{c.summary || c.quote}</a> <VerdictBadge verdict={c.verdict} options={options} />{" "}
            <span className="hint">{t("workbench.matchInfo", { count: c.appearances, score: Math.round(c.score * 100) })}</span>{" "}
            <button type="button" className="secondary small" onClick={() => void merge(c.claimId)}>
              {t("claims.merge")}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function SplitButton({ annotationId }: { annotationId: string }) {
  const t = useT();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const ready = useHydrated();
  async function split() {
    const result = await claimsApi.split(annotationId);
    if (!result.ok) return setError(result.message);
    router.push(`/claims/${result.value.id}`);
  }
  return (
    <>
      <button type="button" className="secondary small" disabled={!ready} onClick={() => void split()}>
        {t("claims.split")}
      </button>
      {error && (
        <span role="alert" className="alert error">
          {error}
        </span>
      )}
    </>
  );
}
