// Regrouping appearances: merging one claim into another, and moving one appearance to another
// claim or splitting it off into a claim of its own. Every step is recorded on both claims and
// on the appearance; nothing said about a claim (events, comments) is dropped.
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { insertAnnotationEvent } from "../../data/annotations.ts";
import { bumpClaimVersion, insertClaimEvent } from "../../data/claims.ts";
import { db } from "../../db/client.ts";
import type { Tx } from "../../db/transaction.ts";
import { AppError, notFound } from "../../errors.ts";
import type { ClaimView } from "./claim-view.ts";
import { loadClaimView } from "./update-claim.ts";

async function absorb(tx: Tx, targetId: string, fromId: string): Promise<void> {
  await tx.annotation.updateMany({ where: { claimId: fromId }, data: { claimId: targetId } });
  await tx.claimComment.updateMany({ where: { claimId: fromId }, data: { claimId: targetId } });
  await tx.claimEvent.updateMany({ where: { claimId: fromId }, data: { claimId: targetId } });
  await tx.claim.delete({ where: { id: fromId } });
}

/** Merges claim `fromId` into `targetId`: its appearances, comments and events move over. */
export async function mergeClaims(actor: CurrentUser, targetId: string, fromId: string): Promise<ClaimView> {
  authorize(actor, "annotation.write");
  if (targetId === fromId) throw new AppError("validation_failed", "A claim cannot be merged into itself.");
  return db().$transaction(async (tx) => {
    const target = await loadClaimView(tx, targetId);
    const from = await loadClaimView(tx, fromId);
    if (from.reviewState === "APPROVED" && from.verdict !== target.verdict) {
      throw new AppError("forbidden", "The other claim has an approved verdict that differs from this one: change one verdict first (a correction), then merge.");
    }
    await absorb(tx, targetId, fromId);
    await bumpClaimVersion(tx, targetId, undefined, {});
    await insertClaimEvent(tx, {
      claimId: targetId,
      actorId: actor.id,
      action: "merge",
      details: { from: fromId, verdict: from.verdict, summary: from.summary, appearances: from.appearances.map((a) => a.annotationId) },
    });
    return loadClaimView(tx, targetId);
  });
}

/**
 * Moves one appearance to claim `toClaimId`, or (null) splits it off into a new draft claim with
 * the old claim's fields. The old claim goes when it has no appearance left.
 */
export async function moveAppearance(actor: CurrentUser, annotationId: string, toClaimId: string | null): Promise<ClaimView> {
  authorize(actor, "annotation.write");
  return db().$transaction(async (tx) => {
    const annotation = await tx.annotation.findUnique({ where: { id: annotationId }, select: { id: true, claimId: true, documentId: true, quote: true } });
    if (!annotation) throw notFound("The annotation");
    const from = await loadClaimView(tx, annotation.claimId);
    if (toClaimId === annotation.claimId) return from;
    let targetId: string;
    if (toClaimId) {
      await loadClaimView(tx, toClaimId); // exists, or 404
      targetId = toClaimId;
    } else {
      if (from.appearances.length === 1) throw new AppError("validation_failed", "This is the claim's only appearance: there is nothing to split it from.");
      const created = await tx.claim.create({
        data: {
          verdict: from.verdict,
          summary: from.summary,
          claimant: from.claimant,
          claimDate: from.claimDate,
          rationale: from.rationale,
          verdictSetById: from.verdictSetBy?.id ?? null,
          evidence: { create: from.evidence.map((e, position) => ({ ...e, position })) },
        },
      });
      targetId = created.id;
    }
    await tx.annotation.update({ where: { id: annotationId }, data: { claimId: targetId, version: { increment: 1 }, updatedById: actor.id } });
    const action = toClaimId ? "link" : "split";
    await insertClaimEvent(tx, { claimId: targetId, actorId: actor.id, action, details: { annotationId, from: from.id, quote: annotation.quote } });
    await insertAnnotationEvent(tx, { annotationId, documentId: annotation.documentId, actorId: actor.id, action: "update", changes: { claimId: { before: from.id, after: targetId } } });
    if (from.appearances.length === 1) {
      await absorb(tx, targetId, from.id);
    } else {
      await bumpClaimVersion(tx, from.id, undefined, {});
      await insertClaimEvent(tx, { claimId: from.id, actorId: actor.id, action: "unlink", details: { annotationId, to: targetId, quote: annotation.quote } });
    }
    await bumpClaimVersion(tx, targetId, undefined, {});
    return loadClaimView(tx, targetId);
  });
}
