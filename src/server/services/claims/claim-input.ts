// What clients may send about claims: changes (with the version they started from), review
// steps, comments, new appearances, list queries.
import { z } from "zod";
import { REVIEW_STATES } from "../../../domain/claims/review.ts";
import { verdictKeySchema } from "./verdict-input.ts";
import { evidenceSchema } from "../annotations/annotation-input.ts";
import { partialIsoDate } from "../documents/document-metadata.ts";

const verdict = verdictKeySchema;
const reason = z.string().trim().max(2000, "The reason is too long (2,000 characters at most).");

export const updateClaimSchema = z
  .object({
    version: z.number().int().positive("version is the claim's current version number."),
    verdict: verdict.optional(),
    summary: z.string().trim().max(1000, "The summary is one sentence (1,000 characters at most).").optional(),
    claimant: z.string().trim().max(300, "The claimant is too long (300 characters at most).").optional(),
    claimDate: z.string().trim().pipe(partialIsoDate).nullable().optional(),
    rationale: z.string().max(20_000, "The rationale is too long (20,000 characters at most).").optional(),
    evidence: z.array(evidenceSchema).max(50, "At most 50 sources per claim.").optional(),
    reason: reason.optional(),
  })
  .strict();

export const reviewSchema = z.object({ reason: reason.optional() }).strict();
export const commentSchema = z.object({ body: z.string().trim().min(1, "Write something first.").max(10_000, "A comment is 10,000 characters at most.") }).strict();

export const appearanceSchema = z
  .object({
    documentId: z.string().min(1, "documentId names the document."),
    start: z.unknown(),
    end: z.unknown(),
    translation: z.string().max(10_000, "The translation is too long (10,000 characters at most).").optional(),
  })
  .strict();

export const mergeSchema = z.object({ from: z.string().min(1, "from names the claim to merge into this one.") }).strict();

const list = (inner: z.ZodType<string>) =>
  z
    .union([inner, z.array(inner)])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]));

export const claimQuerySchema = z.object({
  verdict: list(verdict),
  reviewState: list(z.enum(REVIEW_STATES, `reviewState is one of ${REVIEW_STATES.join(", ")}.`)),
  documentId: z.string().optional(),
  outlet: z.string().trim().max(200).optional(),
  claimant: z.string().trim().max(300).optional(),
  reviewer: z.string().optional(),
  q: z.string().trim().max(500).optional(),
  sort: z.enum(["updated", "created", "verdict", "appearances"], "sort is one of updated, created, verdict, appearances.").default("updated"),
  page: z.coerce.number().int("page is a whole number.").min(1, "page starts at 1.").max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, "pageSize is at most 100.").default(25),
});

export type UpdateClaimInput = z.infer<typeof updateClaimSchema>;
export type ClaimQuery = z.infer<typeof claimQuerySchema>;
