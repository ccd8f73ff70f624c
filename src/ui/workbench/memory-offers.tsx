"use client";
// Under the translation field: earlier translations of the same or similar Indonesian words
// (translation memory, any document), best first with their match percentage; Use (or Alt+M
// for the best) fills the field.
import { useEffect, useState } from "react";
import { useT } from "../i18n";
import { api, type MemoryOfferView } from "./api-client";

export function useMemoryOffers(quote: string, exclude: string | undefined, enabled: boolean): MemoryOfferView[] {
  const [offers, setOffers] = useState<MemoryOfferView[]>([]);
  useEffect(() => {
    setOffers([]);
    if (!enabled || !quote.trim()) return;
    let live = true;
    void api.translationMemory(quote, exclude).then((r) => {
      if (live && r.ok) setOffers(r.value);
    });
    return () => {
      live = false;
    };
  }, [quote, exclude, enabled]);
  return offers;
}

export function MemoryOffers({ offers, quote, onUse, idPrefix }: { offers: MemoryOfferView[]; quote: string; onUse: (offer: MemoryOfferView) => void; idPrefix: string }) {
  const t = useT();
  if (offers.length === 0) return null;
  const sameWords = (source: string) => source.replace(/\s+/g, " ").trim() === quote.replace(/\s+/g, " ").trim();
  return (
    <section className="memory-offers" aria-labelledby={`${idPrefix}-memory`}>
      <p className="label" id={`${idPrefix}-memory`}>
        {t("memory.title")} <span className="hint">· {t("memory.shortcut")}</span>
      </p>
      <ul>
        {offers.map((o) => {
          const percent = Math.round(o.score * 100);
          return (
            <li key={o.annotationId} data-testid="memory-offer">
              <span className="score">{t("memory.offer", { score: percent })}</span> <strong lang="en">{o.translation}</strong>{" "}
              <button type="button" className="secondary small" onClick={() => onUse(o)} aria-label={t("memory.useOffer", { score: percent })}>
                {t("memory.use")}
              </button>
              <div className="hint">
                {!sameWords(o.source) && (
                  <>
                    <span lang="id">“{o.source}”</span>{" "}
                  </>
                )}
                <span lang="id">{t("memory.from", { document: o.outlet ?? o.documentTitle })}</span>
                {o.origin === "machine" && !o.reviewed && <> · {t("review.unreviewedMachine")}</>}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
