// The API's JSON shape of a document.
import type { DocumentListItem, DocumentView } from "../services/documents/read-documents.ts";

export function documentSummaryJson(d: DocumentListItem) {
  return {
    id: d.id,
    title: d.title,
    outlet: d.outlet,
    publishedAt: d.publishedAt,
    language: d.language,
    length: d.length,
    claimCount: d.claimCount,
    sourceUrl: d.sourceUrl,
    textHash: d.textHash,
    importSource: d.importSource,
    importFileName: d.importFileName,
    version: d.version,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

export function documentJson(d: DocumentView) {
  return { ...documentSummaryJson(d), text: d.text, nonContent: d.nonContent };
}
