// Reading documents for people and integrations: the list with counts, one document with its
// non-content (page debris) ranges in code points, and its claim candidates.
import { findNonContent } from "../../../domain/text/debris.ts";
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { findDocument, findDocumentText, listDocuments, type DocumentSummary } from "../../data/documents.ts";
import { notFound } from "../../errors.ts";
import { countClaimsByDocument } from "../../data/annotations.ts";
import { db } from "../../db/client.ts";
import { textFacts, type CandidateView } from "./text-facts.ts";

export interface DocumentListItem extends DocumentSummary {
  claimCount: number;
}

export interface DocumentView extends DocumentListItem {
  text: string;
  nonContent: Array<{ start: number; end: number }>;
}

export async function listDocumentsFor(user: CurrentUser): Promise<DocumentListItem[]> {
  authorize(user, "document.read");
  const [documents, counts] = await Promise.all([listDocuments(), countClaimsByDocument()]);
  return documents.map((d) => ({ ...d, claimCount: counts.get(d.id) ?? 0 }));
}

export async function getDocumentFor(user: CurrentUser, id: string): Promise<DocumentView> {
  authorize(user, "document.read");
  const doc = await findDocument(id);
  if (!doc) throw notFound("The document");
  const claimCount = (await db().annotation.groupBy({ by: ["claimId"], where: { documentId: id } })).length;
  return { ...doc, claimCount, nonContent: findNonContent(doc.text) };
}

/** Sentences of a document likely to hold a checkable claim (offsets in code points). */
export async function documentCandidates(user: CurrentUser, documentId: string): Promise<CandidateView[]> {
  authorize(user, "document.read");
  const doc = await findDocumentText(documentId);
  if (!doc) throw notFound("The document");
  return textFacts(doc).candidates;
}
