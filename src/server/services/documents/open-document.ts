// Everything the document page shows, read once: the document, its annotations, the claim
// candidates of its text (remembered per text), the verdict labels and the glossary.
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { listAnnotations } from "../../data/annotations.ts";
import { findDocument, type DocumentRecord } from "../../data/documents.ts";
import { notFound } from "../../errors.ts";
import { annotationView, type AnnotationView } from "../annotations/annotation-view.ts";
import { candidatesOfText, type CandidateView } from "../claims/matching.ts";
import { verdictLabels } from "../claims/verdict-labels.ts";
import { listGlossary, type GlossaryTermView } from "../glossary/glossary.ts";
import type { VerdictLabel } from "../../../domain/claims/verdicts.ts";

export interface OpenDocument {
  doc: DocumentRecord;
  annotations: AnnotationView[];
  candidates: CandidateView[];
  labels: VerdictLabel[];
  glossary: GlossaryTermView[];
}

export async function openDocument(user: CurrentUser, id: string): Promise<OpenDocument> {
  authorize(user, "document.read");
  const [doc, rows, labels, glossary] = await Promise.all([findDocument(id), listAnnotations(id), verdictLabels(user), listGlossary(user)]);
  if (!doc) throw notFound("The document");
  return { doc, annotations: rows.map(annotationView), candidates: candidatesOfText(doc), labels, glossary };
}
