// Everything the document page shows, read once: the document, its annotations, its text's
// paragraphs and claim candidates (remembered per text), the verdict labels and the glossary.
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { listAnnotations } from "../../data/annotations.ts";
import { findDocument, type DocumentRecord } from "../../data/documents.ts";
import { notFound } from "../../errors.ts";
import { annotationView, type AnnotationView } from "../annotations/annotation-view.ts";
import { textFacts, type TextFacts } from "./text-facts.ts";
import { verdictLabels } from "../claims/verdict-labels.ts";
import { listGlossary, type GlossaryTermView } from "../glossary/glossary.ts";
import type { VerdictLabel } from "../../../domain/claims/verdicts.ts";

export interface OpenDocument extends TextFacts {
  doc: DocumentRecord;
  annotations: AnnotationView[];
  labels: VerdictLabel[];
  glossary: GlossaryTermView[];
}

export async function openDocument(user: CurrentUser, id: string): Promise<OpenDocument> {
  authorize(user, "document.read");
  const [doc, rows, labels, glossary] = await Promise.all([findDocument(id), listAnnotations(id), verdictLabels(user), listGlossary(user)]);
  if (!doc) throw notFound("The document");
  return { doc, annotations: rows.map(annotationView), ...textFacts(doc), labels, glossary };
}
