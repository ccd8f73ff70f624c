// Data access for claims: one claim with its appearances, the filtered and paged list, versioned
// updates, evidence, review events and comments.
import { config } from "../config.ts";
import { db } from "../db/client.ts";
import type { Tx } from "../db/transaction.ts";
import type { EvidenceInput } from "./annotations.ts";

const person = { select: { id: true, name: true } } as const;

export const claimInclude = {
  evidence: { orderBy: { position: "asc" as const } },
  verdictSetBy: person,
  approvedBy: person,
  annotations: {
    orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
    include: { document: { select: { id: true, title: true, outlet: true, publishedAt: true } }, createdBy: person },
  },
};

export type ClaimRow = NonNullable<Awaited<ReturnType<typeof findClaim>>>;

export async function findClaim(id: string, tx: Tx = db()) {
  return tx.claim.findUnique({ where: { id }, include: claimInclude });
}

export type ClaimData = Partial<{
  verdict: string;
  summary: string;
  claimant: string;
  claimDate: string | null;
  rationale: string;
  reviewState: string;
  verdictSetById: string | null;
  verdictSetAt: Date | null;
  approvedById: string | null;
  approvedAt: Date | null;
}>;

/** Writes `data` and bumps the version if it is still `version`; false when someone saved first. */
export async function bumpClaimVersion(tx: Tx, id: string, version: number | undefined, data: ClaimData): Promise<boolean> {
  const where = version === undefined ? { id } : { id, version };
  const result = await tx.claim.updateMany({ where, data: { ...data, version: { increment: 1 } } });
  return result.count === 1;
}

export async function replaceEvidence(tx: Tx, claimId: string, evidence: EvidenceInput[]): Promise<void> {
  await tx.evidence.deleteMany({ where: { claimId } });
  if (evidence.length) await tx.evidence.createMany({ data: evidence.map((e, position) => ({ ...e, claimId, position })) });
}

export async function insertClaimEvent(tx: Tx, e: { claimId: string; actorId: string | null; action: string; reason?: string; details?: Record<string, unknown> }) {
  await tx.claimEvent.create({ data: { claimId: e.claimId, actorId: e.actorId, action: e.action, reason: e.reason ?? "", details: JSON.stringify(e.details ?? {}) } });
}

export async function listClaimEvents(claimId: string) {
  return db().claimEvent.findMany({ where: { claimId }, orderBy: [{ at: "asc" }, { id: "asc" }], include: { actor: person } });
}

export async function listComments(claimId: string) {
  return db().claimComment.findMany({ where: { claimId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { author: person } });
}

export async function insertComment(claimId: string, authorId: string, body: string) {
  return db().claimComment.create({ data: { claimId, authorId, body }, include: { author: person } });
}

export interface ClaimFilter {
  verdict?: string[];
  reviewState?: string[];
  documentId?: string;
  outlet?: string;
  claimant?: string;
  reviewerId?: string;
  q?: string;
}

export type ClaimSort = "updated" | "created" | "verdict" | "appearances";

/** Case-insensitive `contains` on both engines (SQLite's LIKE already ignores ASCII case). */
function contains(value: string) {
  return config().database.engine === "postgresql" ? { contains: value, mode: "insensitive" as const } : { contains: value };
}

function whereOf(f: ClaimFilter) {
  const and: object[] = [];
  if (f.verdict?.length) and.push({ verdict: { in: f.verdict } });
  if (f.reviewState?.length) and.push({ reviewState: { in: f.reviewState } });
  if (f.documentId) and.push({ annotations: { some: { documentId: f.documentId } } });
  if (f.outlet) and.push({ annotations: { some: { document: { outlet: contains(f.outlet) } } } });
  if (f.claimant) and.push({ claimant: contains(f.claimant) });
  if (f.reviewerId) and.push({ OR: [{ verdictSetById: f.reviewerId }, { approvedById: f.reviewerId }, { annotations: { some: { OR: [{ createdById: f.reviewerId }, { updatedById: f.reviewerId }] } } }] });
  if (f.q) {
    const q = contains(f.q);
    and.push({ OR: [{ summary: q }, { claimant: q }, { rationale: q }, { annotations: { some: { OR: [{ quote: q }, { translation: q }] } } }] });
  }
  return and.length ? { AND: and } : {};
}

function orderOf(sort: ClaimSort) {
  switch (sort) {
    case "created":
      return [{ createdAt: "desc" as const }, { id: "asc" as const }];
    case "verdict":
      return [{ verdict: "asc" as const }, { updatedAt: "desc" as const }, { id: "asc" as const }];
    case "appearances":
      return [{ annotations: { _count: "desc" as const } }, { updatedAt: "desc" as const }, { id: "asc" as const }];
    default:
      return [{ updatedAt: "desc" as const }, { id: "asc" as const }];
  }
}

export async function queryClaims(filter: ClaimFilter, sort: ClaimSort, page: number, pageSize: number) {
  const where = whereOf(filter);
  const [rows, total, byVerdict] = await Promise.all([
    db().claim.findMany({
      where,
      orderBy: orderOf(sort),
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: {
        verdictSetBy: person,
        approvedBy: person,
        annotations: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, quote: true, translation: true, documentId: true, document: { select: { title: true, outlet: true } } } },
      },
    }),
    db().claim.count({ where }),
    db().claim.groupBy({ by: ["verdict"], where, _count: { _all: true } }),
  ]);
  return { rows, total, byVerdict: Object.fromEntries(byVerdict.map((g) => [g.verdict, g._count._all])) as Record<string, number> };
}

/** The people who annotated or set verdicts: the dashboard's reviewer filter. */
export async function listClaimPeople() {
  return db().user.findMany({
    where: { OR: [{ annotationsMade: { some: {} } }, { verdictsSet: { some: {} } }, { claimsApproved: { some: {} } }] },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
