// What a client may send to create or change an annotation; the same rules for the API and
// the workbench (which uses the API).
import { z } from "zod";
import { verdictKeySchema } from "../claims/verdict-input.ts";
import { TRANSLATION_ORIGINS } from "../../../domain/translation/translation-origin.ts";
import { httpUrl, partialIsoDate } from "../documents/document-metadata.ts";


export const evidenceSchema = z
  .object({
    url: httpUrl,
    title: z.string().trim().max(500, "An evidence title is too long (500 characters at most).").default(""),
    quote: z.string().max(5000, "A quoted passage is too long (5,000 characters at most).").default(""),
    stance: z.enum(["supports", "refutes", "context"], "stance is one of supports, refutes, context.").default("context"),
    accessedAt: z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "accessedAt is a date: YYYY-MM-DD.")
      .pipe(partialIsoDate)
      .nullish()
      .transform((v) => v ?? null),
  })
  .strict();

const fields = {
  translation: z.string().max(10_000, "The translation is too long (10,000 characters at most)."),
  // Where the translation sent with it came from (typed when left out).
  translationOrigin: z.enum(TRANSLATION_ORIGINS, "translationOrigin is one of typed, memory, glossary, machine."),
  verdict: verdictKeySchema,
  claimant: z.string().trim().max(300, "The claimant is too long (300 characters at most)."),
  rationale: z.string().max(20_000, "The rationale is too long (20,000 characters at most)."),
  evidence: z.array(evidenceSchema).max(50, "At most 50 sources per claim."),
};

// Offsets are checked against the text by the service (spanProblem): any JSON value is taken
// here so that every bad offset gets the same clear 422.
export const createAnnotationSchema = z
  .object({
    start: z.unknown(),
    end: z.unknown(),
    // An existing claim this span is another appearance of (its verdict is the claim's).
    claimId: z.string().min(1).optional(),
    translation: fields.translation.optional(),
    translationOrigin: fields.translationOrigin.optional(),
    verdict: fields.verdict.optional(),
    claimant: fields.claimant.optional(),
    rationale: fields.rationale.optional(),
    evidence: fields.evidence.optional(),
  })
  .strict();

export const updateAnnotationSchema = z
  .object({
    version: z.number().int().positive("version is the annotation's current version number."),
    // The claim's version this change started from: verdict and the rest belong to the claim,
    // which other appearances share; a stale one is refused like a stale annotation version.
    claimVersion: z.number().int().positive("claimVersion is the claim's current version number.").optional(),
    // Why an approved verdict changes (required then: it goes to the corrections log).
    reason: z.string().trim().max(2000, "The reason is too long (2,000 characters at most).").optional(),
    start: z.unknown().optional(),
    end: z.unknown().optional(),
    translation: fields.translation.optional(),
    translationOrigin: fields.translationOrigin.optional(),
    verdict: fields.verdict.optional(),
    claimant: fields.claimant.optional(),
    rationale: fields.rationale.optional(),
    evidence: fields.evidence.optional(),
  })
  .strict();

export type CreateAnnotationInput = z.infer<typeof createAnnotationSchema>;
export type UpdateAnnotationInput = z.infer<typeof updateAnnotationSchema>;
