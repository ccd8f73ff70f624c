// Creating an annotation: a span of the document's current text, its translation, and a new
// claim (verdict, claimant, rationale, evidence) that this span is the first appearance of, or
// another appearance of an existing claim.
import { allFields } from "../../../domain/claims/changes.ts";
import { DEFAULT_VERDICT } from "../../../domain/claims/verdicts.ts";
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { insertAnnotation, insertAnnotationEvent } from "../../data/annotations.ts";
import { findDocumentText } from "../../data/documents.ts";
import { db, directPostgres, directSqlite } from "../../db/client.ts";
import { AppError, notFound } from "../../errors.ts";
import { insertClaimEvent } from "../../data/claims.ts";
import { assertVerdict, assertVerdictKey } from "../claims/verdict-labels.ts";
import { anchorSpan } from "./annotation-span.ts";
import { insertAnnotationDirect } from "../../data/annotations-direct-sqlite.ts";
import { insertAnnotationPostgres } from "../../data/annotations-direct-postgres.ts";
import type { DirectAnnotationInput } from "../../data/annotations-direct.ts";
import type { CreateAnnotationInput } from "./annotation-input.ts";
import { annotationView, editableFields, type AnnotationView } from "./annotation-view.ts";

const textCorrected = () => new AppError("conflict", "The document's text was corrected while you were annotating it. Reload it and select the words again.");

export async function createAnnotation(actor: CurrentUser, documentId: string, input: CreateAnnotationInput): Promise<AnnotationView> {
  authorize(actor, "annotation.write");
  // A new claim: written without Prisma's query engine — on SQLite in one synchronous
  // transaction (unless a Prisma transaction is open on the connection right now), on
  // PostgreSQL in one statement — with the same checks and the same rows.
  const conn = directSqlite();
  const pool = directPostgres();
  if (!input.claimId && ((conn && !conn.inTransaction) || pool)) {
    const direct: DirectAnnotationInput = {
      documentId,
      translation: input.translation ?? "",
      translationOrigin: input.translationOrigin ?? "typed",
      actor,
      claim: { verdict: input.verdict ?? DEFAULT_VERDICT, claimant: input.claimant ?? "", rationale: input.rationale ?? "", evidence: input.evidence ?? [] },
      anchor: (text, textHash) => anchorSpan(text, textHash, input.start, input.end),
      // As on Prisma's path: a verdict given must be a label; none given is the default.
      checkVerdict: (stored) => {
        if (input.verdict !== undefined) assertVerdictKey(stored, input.verdict);
      },
      changes: (row) => allFields(editableFields(annotationView(row)), "created"),
    };
    const row = conn ? insertAnnotationDirect(conn, direct) : await insertAnnotationPostgres(pool!, direct);
    if (!row) throw notFound("The document");
    if (row === "text-changed") throw textCorrected();
    return annotationView(row);
  }
  // Reading and checking happen before the transaction, which then holds only the writes.
  const doc = await findDocumentText(documentId);
  if (!doc) throw notFound("The document");
  const span = anchorSpan(doc.text, doc.textHash, input.start, input.end);
  if (input.claimId) {
    if (input.verdict !== undefined || input.claimant !== undefined || input.rationale !== undefined || input.evidence !== undefined) {
      throw new AppError("validation_failed", "This span joins an existing claim: its verdict, claimant, rationale and evidence are the claim's. Change them on the claim.", { details: { field: "claimId" } });
    }
  } else if (input.verdict !== undefined) await assertVerdict(db(), input.verdict);
  return db().$transaction(async (tx) => {
    // The text may have been corrected since it was read: then the span means other words.
    if ((await findDocumentText(documentId, tx, { hashOnly: true }))?.textHash !== doc.textHash) {
      throw textCorrected();
    }
    const row = await insertAnnotation(tx, {
      documentId,
      ...span,
      translation: input.translation ?? "",
      translationOrigin: input.translationOrigin ?? "typed",
      actor,
      claim: input.claimId
        ? { id: input.claimId }
        : { verdict: input.verdict ?? DEFAULT_VERDICT, claimant: input.claimant ?? "", rationale: input.rationale ?? "", evidence: input.evidence ?? [] },
    });
    if (!row) throw notFound("The claim");
    if (input.claimId) await insertClaimEvent(tx, { claimId: input.claimId, actorId: actor.id, action: "link", details: { annotationId: row.id, documentId, quote: span.quote } });
    const view = annotationView(row);
    await insertAnnotationEvent(tx, { annotationId: row.id, documentId, actorId: actor.id, action: "create", changes: allFields(editableFields(view), "created") });
    return view;
  });
}
