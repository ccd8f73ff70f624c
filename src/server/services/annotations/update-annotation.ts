// Changing an annotation (translation, verdict and the rest, or its span) with optimistic
// concurrency: a stale version is refused with the current state, nothing is overwritten.
import { diffFields } from "../../../domain/claims/changes.ts";
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { bumpAnnotationVersion, findAnnotation, insertAnnotationEvent } from "../../data/annotations.ts";
import { db } from "../../db/client.ts";
import type { Tx } from "../../db/transaction.ts";
import { AppError, notFound } from "../../errors.ts";
import { changeClaim, loadClaimState } from "../claims/change-claim.ts";
import { anchorSpan } from "./annotation-span.ts";
import type { UpdateAnnotationInput } from "./annotation-input.ts";
import { annotationView, editableFields, type AnnotationView } from "./annotation-view.ts";

export class VersionConflict extends AppError {
  constructor(readonly current: AnnotationView) {
    super("conflict", `Someone else saved this annotation first (now version ${current.version}). Your changes were not saved; compare and save again.`, {
      details: { current },
    });
  }
}

async function load(tx: Tx, id: string): Promise<AnnotationView> {
  const row = await findAnnotation(id, tx);
  if (!row) throw notFound("The annotation");
  return annotationView(row);
}

export async function updateAnnotation(actor: CurrentUser, id: string, input: UpdateAnnotationInput): Promise<AnnotationView> {
  authorize(actor, "annotation.write");
  return db().$transaction(async (tx) => {
    const current = await load(tx, id);
    if (current.version !== input.version) throw new VersionConflict(current);

    const { version, start, end, evidence, translation, verdict, claimant, rationale } = input;
    const spanChanged = (start !== undefined || end !== undefined) && (start !== current.start || end !== current.end || current.anchorStatus === "orphaned");
    let span: ReturnType<typeof anchorSpan> | undefined;
    if (spanChanged) {
      const doc = await tx.document.findUniqueOrThrow({ where: { id: current.documentId }, select: { text: true, textHash: true } });
      span = anchorSpan(doc.text, doc.textHash, start ?? current.start, end ?? current.end);
    }
    const after = {
      ...(span ? { start: span.start, end: span.end, quote: span.quote } : {}),
      translation,
      verdict,
      claimant,
      rationale,
      evidence,
    };
    const changes = diffFields(editableFields(current), after);
    if (span && current.anchorStatus === "orphaned") changes.anchorStatus = { before: "orphaned", after: "anchored" };
    // A new translation text: who made it and where it came from; a review of the old text
    // does not carry over.
    const translationChanged = translation !== undefined && translation !== current.translation;
    const origin = translation ? (input.translationOrigin ?? "typed") : "typed";
    if (translationChanged && origin !== current.translationOrigin) changes.translationOrigin = { before: current.translationOrigin, after: origin };
    if (translationChanged && current.translationReviewedBy) changes.translationReviewed = { before: true, after: false };

    const saved = await bumpAnnotationVersion(
      tx,
      id,
      version,
      {
        ...(span ? { ...span, anchorStatus: "anchored", anchorScore: 1 } : {}),
        ...(translationChanged
          ? { translation, translationOrigin: origin, translatedById: translation ? actor.id : null, translationReviewedById: null, translationReviewedAt: null }
          : {}),
      },
      actor.id,
    );
    // Another save got in between our read and this write.
    if (!saved) throw new VersionConflict(await load(tx, id));
    // Verdict, claimant, rationale and evidence belong to the claim: written through, with the
    // claim's rules (four eyes, corrections of approved verdicts) and its own version.
    if (verdict !== undefined || claimant !== undefined || rationale !== undefined || evidence !== undefined) {
      const claim = await loadClaimState(tx, current.claimId);
      const result = await changeClaim(tx, claim, { verdict, claimant, rationale, evidence, reason: input.reason }, actor.id, input.claimVersion);
      if (!result.saved) throw new VersionConflict(await load(tx, id));
    }
    const action = span && current.anchorStatus === "orphaned" ? "reattach" : "update";
    await insertAnnotationEvent(tx, { annotationId: id, documentId: current.documentId, actorId: actor.id, action, changes });
    return load(tx, id);
  });
}
