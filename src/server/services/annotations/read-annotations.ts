// Reading a document's annotations and one annotation's history.
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { listAnnotationEvents, listAnnotations } from "../../data/annotations.ts";
import { db } from "../../db/client.ts";
import { notFound } from "../../errors.ts";
import { annotationView, type AnnotationView } from "./annotation-view.ts";

export async function listDocumentAnnotations(user: CurrentUser, documentId: string): Promise<AnnotationView[]> {
  authorize(user, "document.read");
  const exists = await db().document.findUnique({ where: { id: documentId }, select: { id: true } });
  if (!exists) throw notFound("The document");
  return (await listAnnotations(documentId)).map(annotationView);
}

export interface HistoryEntry {
  id: string;
  at: string;
  action: string;
  actor: { id: string; name: string } | null;
  changes: Record<string, { before: unknown; after: unknown }>;
}

export async function annotationHistory(user: CurrentUser, annotationId: string): Promise<HistoryEntry[]> {
  authorize(user, "document.read");
  const events = await listAnnotationEvents(annotationId);
  if (events.length === 0) throw notFound("The annotation");
  return events.map((e) => ({ id: e.id, at: e.at.toISOString(), action: e.action, actor: e.actor, changes: JSON.parse(e.changes) as HistoryEntry["changes"] }));
}
