// Reading documents for people and integrations: the list with counts, and one document with
// its non-content (page debris) ranges in code points.
import { findNonContent } from "../../../domain/text/debris.ts";
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { findDocument, listDocuments, type DocumentSummary } from "../../data/documents.ts";
import { notFound } from "../../errors.ts";

export interface DocumentListItem extends DocumentSummary {
  claimCount: number;
}

export interface DocumentView extends DocumentListItem {
  text: string;
  nonContent: Array<{ start: number; end: number }>;
}

export async function listDocumentsFor(user: CurrentUser): Promise<DocumentListItem[]> {
  authorize(user, "document.read");
  // Claims arrive with the annotation workbench; until then every document has none.
  return (await listDocuments()).map((d) => ({ ...d, claimCount: 0 }));
}

export async function getDocumentFor(user: CurrentUser, id: string): Promise<DocumentView> {
  authorize(user, "document.read");
  const doc = await findDocument(id);
  if (!doc) throw notFound("The document");
  return { ...doc, claimCount: 0, nonContent: findNonContent(doc.text) };
}
