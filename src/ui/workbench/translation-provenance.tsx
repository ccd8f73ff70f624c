"use client";
// Under a saved translation: where it came from, and its second-person review — the review
// button for anyone allowed to write who did not make the translation.
import { useT } from "../i18n";
import type { Annotation } from "./types";

export function TranslationProvenance({ annotation, me, canWrite, busy, changed, onReview }: { annotation: Annotation; me: string; canWrite: boolean; busy: boolean; changed: boolean; onReview: () => void }) {
  const t = useT();
  if (!annotation.translation.trim()) return null;
  const origin = t(`origin.${annotation.translationOrigin}` as "origin.typed");
  const reviewer = annotation.translationReviewedBy;
  const mine = annotation.translatedBy?.id === me;
  return (
    <p className="provenance" data-testid="translation-provenance">
      <span>
        {t("origin.label")}: {origin}
      </span>
      {" · "}
      {reviewer ? (
        <span className="reviewed">{t("review.reviewed", { name: reviewer.name })}</span>
      ) : (
        <span className={annotation.translationOrigin === "machine" ? "unreviewed-machine" : undefined}>
          {annotation.translationOrigin === "machine" ? t("review.unreviewedMachine") : t("review.unreviewed")}
        </span>
      )}
      {!reviewer && canWrite && !changed && (
        <>
          {" "}
          {mine ? (
            <span className="hint">({t("review.ownTranslation")})</span>
          ) : (
            <button type="button" className="secondary small" disabled={busy} onClick={onReview}>
              {t("review.markReviewed")}
            </button>
          )}
        </>
      )}
    </p>
  );
}
