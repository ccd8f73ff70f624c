"use client";
// Suggestions of the same claim in other documents, best first; one action links a suggestion
// as a new appearance of this claim.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { StatusLine } from "../forms/form-status";
import { useT } from "../i18n";
import { claimsApi, type SuggestionView } from "./claims-api";

export function Suggestions({ claimId }: { claimId: string }) {
  const t = useT();
  const router = useRouter();
  const [items, setItems] = useState<SuggestionView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void claimsApi.suggestions(claimId).then((r) => {
      if (!live) return;
      if (r.ok) setItems(r.value);
      else setError(r.message);
    });
    return () => {
      live = false;
    };
  }, [claimId]);

  async function link(s: SuggestionView) {
    const key = `${s.documentId}:${s.start}`;
    setBusy(key);
    setError(null);
    const result = await claimsApi.link(claimId, { documentId: s.documentId, start: s.start, end: s.end });
    setBusy(null);
    if (!result.ok) return setError(result.message);
    setItems((list) => list?.filter((x) => x !== s) ?? null);
    router.refresh();
  }

  return (
    <section aria-labelledby="suggestions-title" className="suggestions">
      <h2 id="suggestions-title">{t("claims.suggestions")}</h2>
      <p className="hint">
        {t("claims.suggestionsIntro")} <a href="/equivalences">{t("claims.equivalencesLink")}</a>
      </p>
      <StatusLine status={error} />
      {!items && !error && <p className="hint">{t("claims.loadingSuggestions")}</p>}
      {items && items.length === 0 && <p className="hint">{t("claims.noSuggestions")}</p>}
      {items && items.length > 0 && (
        <ol>
          {items.map((s) => (
            <li key={`${s.documentId}:${s.start}`} data-testid="suggestion">
              <div className="hint">
                {s.outlet ?? s.documentTitle} · {t("claims.score", { score: Math.round(s.score * 100) })}
              </div>
              <blockquote lang="id" className="quote">
                {s.quote}
              </blockquote>
              <button type="button" className="secondary small" disabled={busy !== null} onClick={() => void link(s)}>
                {t("claims.link")}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
