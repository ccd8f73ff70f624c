// The hottest read — every annotation of a document with its claim, evidence and people, for the
// document page — in two queries on the connection (SQLite) or pool (PostgreSQL) Prisma's adapter
// uses, without Prisma's query engine, which spent most of a 2,000-claim page's server time
// turning rows into objects. Returns exactly what `listAnnotations` returns through Prisma
// (tests/integration/annotation-read-paths.test.ts compares them on both engines).
import type Database from "better-sqlite3";
import pg from "pg";
import type { AnnotationRow } from "./annotations.ts";

const ANNOTATION_COLUMNS = ["id", "documentId", "claimId", "start", "end", "quote", "prefix", "suffix", "textHash", "anchorStatus", "anchorScore", "translation", "translationOrigin", "translatedById", "translationReviewedById", "translationReviewedAt", "version", "createdById", "updatedById", "createdAt", "updatedAt"] as const;
const CLAIM_COLUMNS = ["verdict", "summary", "claimant", "claimDate", "rationale", "reviewState", "verdictSetById", "verdictSetAt", "approvedById", "approvedAt", "version", "createdAt", "updatedAt"] as const;

/** `param`: the engine's placeholder for the document id. */
function annotationsSql(param: string): string {
  const columns = [...ANNOTATION_COLUMNS.map((c) => `a."${c}"`), ...CLAIM_COLUMNS.map((c) => `c."${c}" AS "claim.${c}"`), `cb."name" AS "createdBy.name"`, `ub."name" AS "updatedBy.name"`, `tb."name" AS "translatedBy.name"`, `rb."name" AS "translationReviewedBy.name"`];
  return `SELECT ${columns.join(", ")}
    FROM "Annotation" a
    JOIN "Claim" c ON c."id" = a."claimId"
    JOIN "User" cb ON cb."id" = a."createdById"
    JOIN "User" ub ON ub."id" = a."updatedById"
    LEFT JOIN "User" tb ON tb."id" = a."translatedById"
    LEFT JOIN "User" rb ON rb."id" = a."translationReviewedById"
    WHERE a."documentId" = ${param}
    ORDER BY a."start" ASC, a."end" DESC, a."id" ASC`;
}

function evidenceSql(param: string): string {
  return `SELECT "id", "claimId", "position", "url", "title", "quote", "stance", "accessedAt" FROM "Evidence"
    WHERE "claimId" IN (SELECT "claimId" FROM "Annotation" WHERE "documentId" = ${param})
    ORDER BY "claimId" ASC, "position" ASC`;
}

type Row = Record<string, unknown>;
type EvidenceRow = AnnotationRow["claim"]["evidence"][number];

/**
 * A stored time as a Date: PostgreSQL's `timestamp(3)` text is UTC without an offset
 * ("2026-11-23 15:16:34.545"); SQLite holds Prisma's ISO text ("…T15:16:34.545+00:00") or, for
 * rows written by SQL, "2026-11-23 15:16:34" (UTC too), or epoch milliseconds.
 */
export function storedTime(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
  const s = String(value).replace(" ", "T");
  return new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(s) ? s : `${s}Z`);
}

function assemble(rows: Row[], evidence: Row[]): AnnotationRow[] {
  const evidenceOf = new Map<string, EvidenceRow[]>();
  for (const e of evidence) {
    const item = { id: e.id, claimId: e.claimId, position: Number(e.position), url: e.url, title: e.title, quote: e.quote, stance: e.stance, accessedAt: e.accessedAt ?? null } as EvidenceRow;
    const list = evidenceOf.get(item.claimId);
    if (list) list.push(item);
    else evidenceOf.set(item.claimId, [item]);
  }
  const person = (id: unknown, name: unknown) => (id === null || id === undefined ? null : { id: String(id), name: String(name) });
  return rows.map((r) => {
    const claimId = String(r.claimId);
    return {
      id: String(r.id),
      documentId: String(r.documentId),
      claimId,
      start: Number(r.start),
      end: Number(r.end),
      quote: String(r.quote),
      prefix: String(r.prefix),
      suffix: String(r.suffix),
      textHash: String(r.textHash),
      anchorStatus: String(r.anchorStatus),
      anchorScore: Number(r.anchorScore),
      translation: String(r.translation),
      translationOrigin: String(r.translationOrigin),
      translatedById: (r.translatedById as string | null) ?? null,
      translationReviewedById: (r.translationReviewedById as string | null) ?? null,
      translationReviewedAt: storedTime(r.translationReviewedAt),
      version: Number(r.version),
      createdById: String(r.createdById),
      updatedById: String(r.updatedById),
      createdAt: storedTime(r.createdAt)!,
      updatedAt: storedTime(r.updatedAt)!,
      claim: {
        id: claimId,
        verdict: String(r["claim.verdict"]),
        summary: String(r["claim.summary"]),
        claimant: String(r["claim.claimant"]),
        claimDate: (r["claim.claimDate"] as string | null) ?? null,
        rationale: String(r["claim.rationale"]),
        reviewState: String(r["claim.reviewState"]),
        verdictSetById: (r["claim.verdictSetById"] as string | null) ?? null,
        verdictSetAt: storedTime(r["claim.verdictSetAt"]),
        approvedById: (r["claim.approvedById"] as string | null) ?? null,
        approvedAt: storedTime(r["claim.approvedAt"]),
        version: Number(r["claim.version"]),
        createdAt: storedTime(r["claim.createdAt"])!,
        updatedAt: storedTime(r["claim.updatedAt"])!,
        evidence: evidenceOf.get(claimId) ?? [],
      },
      createdBy: person(r.createdById, r["createdBy.name"])!,
      updatedBy: person(r.updatedById, r["updatedBy.name"])!,
      translatedBy: person(r.translatedById, r["translatedBy.name"]),
      translationReviewedBy: person(r.translationReviewedById, r["translationReviewedBy.name"]),
    };
  });
}

type Statements = { annotations: Database.Statement; evidence: Database.Statement };
const prepared = new WeakMap<Database.Database, Statements>();

/** On SQLite: synchronous, so both queries see the same state (no transaction needed). */
export function listAnnotationsSqlite(conn: Database.Database, documentId: string): AnnotationRow[] {
  let s = prepared.get(conn);
  if (!s) prepared.set(conn, (s = { annotations: conn.prepare(annotationsSql("?")), evidence: conn.prepare(evidenceSql("?")) }));
  return assemble(s.annotations.all(documentId) as Row[], s.evidence.all(documentId) as Row[]);
}

/** `timestamp` (oid 1114) values as text, parsed as UTC by storedTime, not as local-time Dates. */
const TIMESTAMP = 1114;
const types = { getTypeParser: ((oid: number, format?: "text" | "binary") => (oid === TIMESTAMP ? (v: string) => v : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser };

/** On PostgreSQL: both queries in one REPEATABLE READ snapshot. */
export async function listAnnotationsPostgres(pool: pg.Pool, documentId: string): Promise<AnnotationRow[]> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const rows = await client.query({ text: annotationsSql("$1"), values: [documentId], types });
    const evidence = await client.query({ text: evidenceSql("$1"), values: [documentId], types });
    await client.query("COMMIT");
    return assemble(rows.rows as Row[], evidence.rows as Row[]);
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
