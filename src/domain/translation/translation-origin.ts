// Where a translation came from, and the second-person check of it. Pure.

export const TRANSLATION_ORIGINS = ["typed", "memory", "glossary", "machine"] as const;
export type TranslationOrigin = (typeof TRANSLATION_ORIGINS)[number];

export function isTranslationOrigin(value: unknown): value is TranslationOrigin {
  return typeof value === "string" && (TRANSLATION_ORIGINS as readonly string[]).includes(value);
}

export interface TranslationState {
  translation: string;
  translationOrigin: string;
  translatedById: string | null;
  translationReviewedById: string | null;
}

/** Why `actorId` may not mark the translation reviewed, or null. */
export function translationReviewProblem(state: TranslationState, actorId: string): string | null {
  if (!state.translation.trim()) return "There is no translation to review yet.";
  if (state.translationReviewedById) return "This translation has already been reviewed.";
  if (state.translatedById === actorId) return "You made this translation, so another person must review it (four eyes).";
  return null;
}

/** Reports mark machine translations nobody has checked yet; everything else reads as is. */
export function isUnreviewedMachineTranslation(a: { translation: string; translationOrigin: string; translationReviewed: boolean }): boolean {
  return a.translation.trim() !== "" && a.translationOrigin === "machine" && !a.translationReviewed;
}

export const UNREVIEWED_MACHINE_NOTE = "Machine translation, not reviewed";

/**
 * The origin of a translation being edited, after one step of the person's work: a text filled
 * from memory or a machine draft keeps that origin while it is edited; a glossary insert into
 * typed text makes it "glossary"; an emptied field starts over as typed.
 */
export function nextOrigin(current: TranslationOrigin, step: "type" | "glossary" | "memory" | "machine", textAfter: string): TranslationOrigin {
  if (step === "memory" || step === "machine") return step;
  if (textAfter.trim() === "") return "typed";
  if (step === "glossary" && current === "typed") return "glossary";
  return current;
}
