// Data access for translation memory: every translated span, newest first, with what the
// memory shows about it.
import { db } from "../db/client.ts";

/** How many translated spans the memory looks at, newest first. */
export const MEMORY_WINDOW = 20_000;

export async function listTranslatedSpans() {
  return db().annotation.findMany({
    where: { translation: { not: "" } },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: MEMORY_WINDOW,
    select: {
      id: true,
      documentId: true,
      quote: true,
      translation: true,
      translationOrigin: true,
      translationReviewedById: true,
      updatedAt: true,
      document: { select: { title: true, outlet: true } },
    },
  });
}
