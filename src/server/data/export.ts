// Data for exports: the claims that appear in the documents in scope, with their appearances,
// evidence, people and corrections; and those documents.
import { db } from "../db/client.ts";

export interface ExportFilter {
  documentIds?: string[];
  verdict?: string[];
  reviewState?: string[];
  outlet?: string;
  /** Document dates, ISO, inclusive; partial dates ("2023-09") compare as prefixes. */
  from?: string;
  to?: string;
}

const person = { select: { name: true } } as const;
const CHUNK = 300;

export async function loadExportRows(f: ExportFilter) {
  const documentWhere = {
    ...(f.documentIds?.length ? { id: { in: f.documentIds } } : {}),
    ...(f.outlet ? { outlet: f.outlet } : {}),
    ...(f.from || f.to ? { publishedAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lte: `${f.to}\uffff` } : {}) } } : {}),
  };
  const documents = await db().document.findMany({
    where: documentWhere,
    orderBy: [{ publishedAt: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true, outlet: true, publishedAt: true, sourceUrl: true, language: true, textHash: true, text: true },
  });
  const claimWhere = {
    annotations: { some: { document: documentWhere } },
    ...(f.verdict?.length ? { verdict: { in: f.verdict } } : {}),
    ...(f.reviewState?.length ? { reviewState: { in: f.reviewState } } : {}),
  };
  const order = [{ createdAt: "asc" as const }, { id: "asc" as const }];
  const ids = (await db().claim.findMany({ where: claimWhere, orderBy: order, select: { id: true } })).map((c) => c.id);
  // In chunks: an include sends every parent id as a bind parameter (SQLite allows 999).
  const claims = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    claims.push(
      ...(await db().claim.findMany({
        where: { id: { in: ids.slice(i, i + CHUNK) } },
        orderBy: order,
        include: {
          evidence: { orderBy: { position: "asc" } },
          verdictSetBy: person,
          approvedBy: person,
          events: { where: { action: "correction" }, orderBy: { at: "asc" }, include: { actor: person } },
          annotations: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { createdBy: person } },
        },
      })),
    );
  }
  return { documents, claims };
}

/** Documents by id (those a claim in scope also appears in). */
export async function loadExportDocuments(ids: string[]) {
  return db().document.findMany({
    where: { id: { in: ids } },
    orderBy: [{ publishedAt: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true, outlet: true, publishedAt: true, sourceUrl: true, language: true, textHash: true, text: true },
  });
}
