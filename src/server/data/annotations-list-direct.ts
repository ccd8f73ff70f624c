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

/** The people an annotation names, and the alias of the User row each is joined as. */
const PEOPLE = { createdBy: "cb", updatedBy: "ub", translatedBy: "tb", translationReviewedBy: "rb" } as const;
type Column = (typeof ANNOTATION_COLUMNS)[number] | `claim.${(typeof CLAIM_COLUMNS)[number]}` | `${keyof typeof PEOPLE}.name`;
/** What the annotations query selects, in order: rows come back as arrays in this order. */
const SELECTED: Array<{ sql: string; name: Column }> = [
  ...ANNOTATION_COLUMNS.map((c) => ({ sql: `a."${c}"`, name: c })),
  ...CLAIM_COLUMNS.map((c) => ({ sql: `c."${c}"`, name: `claim.${c}` as const })),
  ...Object.entries(PEOPLE).map(([who, table]) => ({ sql: `${table}."name"`, name: `${who as keyof typeof PEOPLE}.name` as const })),
];
/** A selected column's index in a row. */
const at = Object.fromEntries(SELECTED.map((c, i) => [c.name, i])) as Record<Column, number>;

/** `param`: the engine's placeholder for the document id. */
function annotationsSql(param: string): string {
  return `SELECT ${SELECTED.map((c) => c.sql).join(", ")}
    FROM "Annotation" a
    JOIN "Claim" c ON c."id" = a."claimId"
    JOIN "User" cb ON cb."id" = a."createdById"
    JOIN "User" ub ON ub."id" = a."updatedById"
    LEFT JOIN "User" tb ON tb."id" = a."translatedById"
    LEFT JOIN "User" rb ON rb."id" = a."translationReviewedById"
    WHERE a."documentId" = ${param}
    ORDER BY a."start" ASC, a."end" DESC, a."id" ASC`;
}

const EVIDENCE_COLUMNS = ["id", "claimId", "position", "url", "title", "quote", "stance", "accessedAt"] as const;

function evidenceSql(param: string): string {
  return `SELECT ${EVIDENCE_COLUMNS.map((c) => `"${c}"`).join(", ")} FROM "Evidence"
    WHERE "claimId" IN (SELECT "claimId" FROM "Annotation" WHERE "documentId" = ${param})
    ORDER BY "claimId" ASC, "position" ASC`;
}

/** Rows as arrays (the drivers' array mode): a 2,000-row read built about a third of its time as keyed objects. */
type Row = unknown[];
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
  for (const [id, claimId, position, url, title, quote, stance, accessedAt] of evidence) {
    const item = { id, claimId, position: Number(position), url, title, quote, stance, accessedAt: accessedAt ?? null } as EvidenceRow;
    const list = evidenceOf.get(item.claimId);
    if (list) list.push(item);
    else evidenceOf.set(item.claimId, [item]);
  }
  const person = (id: unknown, name: unknown) => (id === null || id === undefined ? null : { id: String(id), name: String(name) });
  const text = (r: Row, column: Column) => String(r[at[column]]);
  const orNull = (r: Row, column: Column) => (r[at[column]] as string | null) ?? null;
  const time = (r: Row, column: Column) => storedTime(r[at[column]]);
  return rows.map((r) => {
    const claimId = text(r, "claimId");
    return {
      id: text(r, "id"),
      documentId: text(r, "documentId"),
      claimId,
      start: Number(r[at.start]),
      end: Number(r[at.end]),
      quote: text(r, "quote"),
      prefix: text(r, "prefix"),
      suffix: text(r, "suffix"),
      textHash: text(r, "textHash"),
      anchorStatus: text(r, "anchorStatus"),
      anchorScore: Number(r[at.anchorScore]),
      translation: text(r, "translation"),
      translationOrigin: text(r, "translationOrigin"),
      translatedById: orNull(r, "translatedById"),
      translationReviewedById: orNull(r, "translationReviewedById"),
      translationReviewedAt: time(r, "translationReviewedAt"),
      version: Number(r[at.version]),
      createdById: text(r, "createdById"),
      updatedById: text(r, "updatedById"),
      createdAt: time(r, "createdAt")!,
      updatedAt: time(r, "updatedAt")!,
      claim: {
        id: claimId,
        verdict: text(r, "claim.verdict"),
        summary: text(r, "claim.summary"),
        claimant: text(r, "claim.claimant"),
        claimDate: orNull(r, "claim.claimDate"),
        rationale: text(r, "claim.rationale"),
        reviewState: text(r, "claim.reviewState"),
        verdictSetById: orNull(r, "claim.verdictSetById"),
        verdictSetAt: time(r, "claim.verdictSetAt"),
        approvedById: orNull(r, "claim.approvedById"),
        approvedAt: time(r, "claim.approvedAt"),
        version: Number(r[at["claim.version"]]),
        createdAt: time(r, "claim.createdAt")!,
        updatedAt: time(r, "claim.updatedAt")!,
        evidence: evidenceOf.get(claimId) ?? [],
      },
      createdBy: person(r[at.createdById], r[at["createdBy.name"]])!,
      updatedBy: person(r[at.updatedById], r[at["updatedBy.name"]])!,
      translatedBy: person(r[at.translatedById], r[at["translatedBy.name"]]),
      translationReviewedBy: person(r[at.translationReviewedById], r[at["translationReviewedBy.name"]]),
    } as AnnotationRow;
  });
}

type Statements = { annotations: Database.Statement; evidence: Database.Statement };
const prepared = new WeakMap<Database.Database, Statements>();

/** On SQLite: synchronous, so both queries see the same state (no transaction needed). */
export function listAnnotationsSqlite(conn: Database.Database, documentId: string): AnnotationRow[] {
  let s = prepared.get(conn);
  if (!s) prepared.set(conn, (s = { annotations: conn.prepare(annotationsSql("?")).raw(true), evidence: conn.prepare(evidenceSql("?")).raw(true) }));
  return assemble(s.annotations.all(documentId) as Row[], s.evidence.all(documentId) as Row[]);
}

/** `timestamp` (oid 1114) values as text, parsed as UTC by storedTime, not as local-time Dates. */
const TIMESTAMP = 1114;
const types = { getTypeParser: ((oid: number, format?: "text" | "binary") => (oid === TIMESTAMP ? (v: string) => v : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser };

/** Named, so each pooled connection parses and plans them once (see annotations-direct-postgres.ts). */
const ANNOTATIONS_PG = annotationsSql("$1");
const EVIDENCE_PG = evidenceSql("$1");

/** On PostgreSQL: both queries in one REPEATABLE READ snapshot. */
export async function listAnnotationsPostgres(pool: pg.Pool, documentId: string): Promise<AnnotationRow[]> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const rows = await client.query({ name: "saring-document-annotations", text: ANNOTATIONS_PG, values: [documentId], types, rowMode: "array" });
    const evidence = await client.query({ name: "saring-document-evidence", text: EVIDENCE_PG, values: [documentId], types, rowMode: "array" });
    await client.query("COMMIT");
    return assemble(rows.rows as Row[], evidence.rows as Row[]);
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
