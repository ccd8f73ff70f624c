// Reading claims: the filtered, paged list across all documents (with counts per verdict), one
// claim with its appearances, its review and correction events, and its comments.
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { findClaim, listClaimEvents, listClaimPeople, listComments, queryClaims } from "../../data/claims.ts";
import { listVerdictLabels } from "../../data/verdict-labels.ts";
import { AppError, notFound } from "../../errors.ts";
import type { ClaimQuery } from "./claim-input.ts";
import { claimView, type ClaimView } from "./claim-view.ts";

export interface ClaimListItem {
  id: string;
  summary: string;
  verdict: string;
  claimant: string;
  reviewState: string;
  version: number;
  updatedAt: string;
  verdictSetBy: { id: string; name: string } | null;
  approvedBy: { id: string; name: string } | null;
  appearances: Array<{ annotationId: string; documentId: string; documentTitle: string; outlet: string | null; quote: string; translation: string }>;
}

export interface ClaimPage {
  items: ClaimListItem[];
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  countsByVerdict: Record<string, number>;
}

export async function listClaims(user: CurrentUser, query: ClaimQuery): Promise<ClaimPage> {
  authorize(user, "document.read");
  if (query.verdict?.length) {
    const keys = new Set((await listVerdictLabels()).map((l) => l.key));
    const unknown = query.verdict.filter((v) => !keys.has(v));
    if (unknown.length) throw new AppError("validation_failed", `Unknown verdict: ${unknown.join(", ")}. Verdicts are ${[...keys].join(", ")}.`, { details: { field: "verdict" } });
  }
  const filter = {
    verdict: query.verdict,
    reviewState: query.reviewState,
    documentId: query.documentId,
    outlet: query.outlet,
    claimant: query.claimant,
    reviewerId: query.reviewer,
    q: query.q,
  };
  const { rows, total, byVerdict } = await queryClaims(filter, query.sort, query.page, query.pageSize);
  return {
    items: rows.map((r) => ({
      id: r.id,
      summary: r.summary,
      verdict: r.verdict,
      claimant: r.claimant,
      reviewState: r.reviewState,
      version: r.version,
      updatedAt: r.updatedAt.toISOString(),
      verdictSetBy: r.verdictSetBy,
      approvedBy: r.approvedBy,
      appearances: r.annotations.map((a) => ({ annotationId: a.id, documentId: a.documentId, documentTitle: a.document.title, outlet: a.document.outlet, quote: a.quote, translation: a.translation })),
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
    pages: Math.max(1, Math.ceil(total / query.pageSize)),
    countsByVerdict: byVerdict,
  };
}

export async function getClaim(user: CurrentUser, id: string): Promise<ClaimView> {
  authorize(user, "document.read");
  const row = await findClaim(id);
  if (!row) throw notFound("The claim");
  return claimView(row);
}

export interface ClaimEventView {
  id: string;
  at: string;
  action: string;
  reason: string;
  actor: { id: string; name: string } | null;
  details: Record<string, unknown>;
}

export async function claimEvents(user: CurrentUser, id: string): Promise<ClaimEventView[]> {
  authorize(user, "document.read");
  const events = await listClaimEvents(id);
  return events.map((e) => ({ id: e.id, at: e.at.toISOString(), action: e.action, reason: e.reason, actor: e.actor, details: JSON.parse(e.details) as Record<string, unknown> }));
}

export interface CommentView {
  id: string;
  body: string;
  author: { id: string; name: string } | null;
  createdAt: string;
}

export async function claimComments(user: CurrentUser, id: string): Promise<CommentView[]> {
  authorize(user, "document.read");
  if (!(await findClaim(id))) throw notFound("The claim");
  return (await listComments(id)).map((c) => ({ id: c.id, body: c.body, author: c.author, createdAt: c.createdAt.toISOString() }));
}

export async function claimPeople(user: CurrentUser): Promise<Array<{ id: string; name: string }>> {
  authorize(user, "document.read");
  return listClaimPeople();
}
