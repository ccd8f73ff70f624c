// A second person marks an annotation's translation reviewed (not who made it). The version
// guards against reviewing a text that changed in the meantime.
import { translationReviewProblem } from "../../../domain/translation/translation-origin.ts";
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { bumpAnnotationVersion, findAnnotation, insertAnnotationEvent } from "../../data/annotations.ts";
import { db } from "../../db/client.ts";
import { AppError, notFound } from "../../errors.ts";
import { annotationView, type AnnotationView } from "./annotation-view.ts";
import { VersionConflict } from "./update-annotation.ts";

export async function reviewTranslation(actor: CurrentUser, id: string, version: number): Promise<AnnotationView> {
  authorize(actor, "annotation.write");
  return db().$transaction(async (tx) => {
    const row = await findAnnotation(id, tx);
    if (!row) throw notFound("The annotation");
    if (row.version !== version) throw new VersionConflict(annotationView(row));
    const problem = translationReviewProblem(row, actor.id);
    if (problem) throw new AppError(row.translatedById === actor.id ? "forbidden" : "validation_failed", problem);
    const now = new Date();
    if (!(await bumpAnnotationVersion(tx, id, version, { translationReviewedById: actor.id, translationReviewedAt: now }, actor.id))) {
      throw new VersionConflict(annotationView((await findAnnotation(id, tx))!));
    }
    await insertAnnotationEvent(tx, { annotationId: id, documentId: row.documentId, actorId: actor.id, action: "review-translation", changes: { translationReviewed: { before: false, after: true } } });
    return annotationView((await findAnnotation(id, tx))!);
  });
}
