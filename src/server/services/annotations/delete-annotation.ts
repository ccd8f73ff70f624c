// Deleting an annotation (and its claim when no other span states it). Its history stays.
import { allFields } from "../../../domain/claims/changes.ts";
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { findAnnotation, insertAnnotationEvent, removeAnnotation } from "../../data/annotations.ts";
import { db } from "../../db/client.ts";
import { notFound } from "../../errors.ts";
import { annotationView, editableFields } from "./annotation-view.ts";
import { VersionConflict } from "./update-annotation.ts";

export async function deleteAnnotation(actor: CurrentUser, id: string, expectedVersion?: number): Promise<void> {
  authorize(actor, "annotation.write");
  await db().$transaction(async (tx) => {
    const row = await findAnnotation(id, tx);
    if (!row) throw notFound("The annotation");
    const view = annotationView(row);
    if (expectedVersion !== undefined && expectedVersion !== view.version) throw new VersionConflict(view);
    await removeAnnotation(tx, id, row.claimId);
    await insertAnnotationEvent(tx, { annotationId: id, documentId: row.documentId, actorId: actor.id, action: "delete", changes: allFields(editableFields(view), "deleted") });
  });
}
