// Gathering an export: the documents and claims in scope as the renderers' ExportData.
// Appearances outside the chosen documents still count: a claim says where else it appears.
import type { ExportData } from "../../../domain/export/export-data.ts";
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { config } from "../../config.ts";
import { loadExportDocuments, loadExportRows, type ExportFilter } from "../../data/export.ts";
import { listVerdictLabels } from "../../data/verdict-labels.ts";

/** `actor` null: the operator at the command line. */
export async function buildExport(actor: CurrentUser | null, filter: ExportFilter): Promise<ExportData> {
  if (actor) authorize(actor, "document.export");
  const [{ documents, claims }, labels] = await Promise.all([loadExportRows(filter), listVerdictLabels()]);
  const inScope = new Set(documents.map((d) => d.id));
  const extraIds = [...new Set(claims.flatMap((c) => c.annotations.map((a) => a.documentId)).filter((id) => !inScope.has(id)))];
  const extra = { documents: [] as Awaited<ReturnType<typeof loadExportDocuments>> };
  for (let i = 0; i < extraIds.length; i += 300) extra.documents.push(...(await loadExportDocuments(extraIds.slice(i, i + 300))));
  return {
    generatedAt: new Date().toISOString(),
    generatedBy: actor?.name ?? "command line",
    organisation: config().organisation,
    baseUrl: config().publicUrl,
    labels,
    documents: [...documents, ...extra.documents],
    claims: claims.map((c) => ({
      id: c.id,
      summary: c.summary,
      verdict: c.verdict,
      claimant: c.claimant,
      claimDate: c.claimDate,
      rationale: c.rationale,
      evidence: c.evidence.map((e) => ({ url: e.url, title: e.title, quote: e.quote, stance: e.stance, accessedAt: e.accessedAt })),
      reviewState: c.reviewState,
      verdictSetBy: c.verdictSetBy?.name ?? null,
      approvedBy: c.approvedBy?.name ?? null,
      approvedAt: c.approvedAt?.toISOString() ?? null,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
      corrections: c.events.map((e) => {
        const verdict = (JSON.parse(e.details) as { verdict?: { before?: string; after?: string } }).verdict;
        return { at: e.at.toISOString(), by: e.actor?.name ?? null, reason: e.reason, before: verdict?.before ?? "", after: verdict?.after ?? "" };
      }),
      appearances: c.annotations.map((a) => ({
        annotationId: a.id,
        documentId: a.documentId,
        start: a.start,
        end: a.end,
        quote: a.quote,
        prefix: a.prefix,
        suffix: a.suffix,
        textHash: a.textHash,
        translation: a.translation,
        translationOrigin: a.translationOrigin,
        translationReviewed: a.translationReviewedById !== null,
        createdBy: a.createdBy.name,
        createdAt: a.createdAt.toISOString(),
        updatedAt: a.updatedAt.toISOString(),
      })),
    })),
  };
}
