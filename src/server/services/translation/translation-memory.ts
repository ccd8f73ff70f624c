// Translation memory: earlier translations of the same or similar Indonesian words, in any
// document, best first with their match score.
import { rankMemory } from "../../../domain/translation/memory-score.ts";
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { listTranslatedSpans } from "../../data/translation-memory.ts";

export interface MemoryOfferView {
  source: string;
  translation: string;
  /** 0…1: 1 the same words, 0.99 differing only in case or punctuation, less for fuzzy matches. */
  score: number;
  documentId: string;
  documentTitle: string;
  outlet: string | null;
  annotationId: string;
  origin: string;
  reviewed: boolean;
}

export async function lookupTranslationMemory(user: CurrentUser, input: { text: string; exclude?: string; limit?: number }): Promise<MemoryOfferView[]> {
  authorize(user, "document.read");
  const rows = await listTranslatedSpans();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const offers = rankMemory(
    input.text,
    rows.map((r) => ({
      annotationId: r.id,
      documentId: r.documentId,
      source: r.quote,
      translation: r.translation,
      origin: r.translationOrigin,
      reviewed: r.translationReviewedById !== null,
      updatedAt: r.updatedAt.toISOString(),
    })),
    { exclude: input.exclude, limit: input.limit },
  );
  return offers.map((o) => {
    const doc = byId.get(o.annotationId)!.document;
    return {
      source: o.source,
      translation: o.translation,
      score: o.score,
      documentId: o.documentId,
      documentTitle: doc.title,
      outlet: doc.outlet,
      annotationId: o.annotationId,
      origin: o.origin,
      reviewed: o.reviewed,
    };
  });
}
