// The hottest write on SQLite — a new span with a new claim, its evidence and its history entry
// — as one synchronous transaction on Prisma's own connection (see db/sqlite-direct.ts). Being
// synchronous, nothing else runs between the document's read and the commit, so the span is
// checked against the text it is stored with. Returns the row as `findAnnotation` would.
import type Database from "better-sqlite3";
import { newRowId } from "../db/row-id.ts";
import { sqliteTime } from "../db/sqlite-direct.ts";
import type { AnnotationRow } from "./annotations.ts";
import { newAnnotationRow, type DirectAnnotationInput } from "./annotations-direct.ts";
import { knownText, textFromRow } from "./remembered-texts.ts";

type Statements = ReturnType<typeof prepare>;
const prepared = new WeakMap<Database.Database, Statements>();

function prepare(conn: Database.Database) {
  return {
    // The text only when it is not the remembered one (remembered-texts.ts).
    document: conn.prepare(`SELECT "textHash", CASE WHEN "textHash" = ? THEN NULL ELSE "text" END AS "text" FROM "Document" WHERE "id" = ?`),
    labels: conn.prepare(`SELECT "key" FROM "VerdictLabel" ORDER BY "position", "key"`),
    claim: conn.prepare(
      `INSERT INTO "Claim" ("id", "verdict", "summary", "claimant", "claimDate", "rationale", "reviewState", "verdictSetById", "verdictSetAt", "approvedById", "approvedAt", "version", "createdAt", "updatedAt")
       VALUES (?, ?, '', ?, NULL, ?, 'DRAFT', ?, ?, NULL, NULL, 1, ?, ?)`,
    ),
    evidence: conn.prepare(`INSERT INTO "Evidence" ("id", "claimId", "position", "url", "title", "quote", "stance", "accessedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    annotation: conn.prepare(
      `INSERT INTO "Annotation" ("id", "documentId", "claimId", "start", "end", "quote", "prefix", "suffix", "textHash", "anchorStatus", "anchorScore", "translation", "translationOrigin", "translatedById", "translationReviewedById", "translationReviewedAt", "version", "createdById", "updatedById", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'anchored', 1, ?, ?, ?, NULL, NULL, 1, ?, ?, ?, ?)`,
    ),
    event: conn.prepare(`INSERT INTO "AnnotationEvent" ("id", "annotationId", "documentId", "actorId", "at", "action", "changes") VALUES (?, ?, ?, ?, ?, 'create', ?)`),
  };
}

function statements(conn: Database.Database): Statements {
  let s = prepared.get(conn);
  if (!s) {
    s = prepare(conn);
    prepared.set(conn, s);
  }
  return s;
}

/** Null when the document does not exist. Throws what `anchor` and `checkVerdict` throw. */
export function insertAnnotationDirect(conn: Database.Database, input: DirectAnnotationInput): AnnotationRow | null {
  const s = statements(conn);
  const run = conn.transaction((): AnnotationRow | null => {
    const known = knownText(input.documentId);
    const doc = s.document.get(known?.textHash ?? "", input.documentId) as { text: string | null; textHash: string } | undefined;
    if (!doc) return null;
    const span = input.anchor(textFromRow(input.documentId, known, doc), doc.textHash);
    input.checkVerdict((s.labels.all() as Array<{ key: string }>).map((l) => l.key));

    const row = newAnnotationRow(input, span);
    const at = sqliteTime(row.createdAt);
    const c = row.claim;
    s.claim.run(c.id, c.verdict, c.claimant, c.rationale, c.verdictSetById, c.verdictSetAt ? at : null, at, at);
    for (const e of c.evidence) s.evidence.run(e.id, c.id, e.position, e.url, e.title, e.quote, e.stance, e.accessedAt);
    s.annotation.run(row.id, row.documentId, c.id, row.start, row.end, row.quote, row.prefix, row.suffix, row.textHash, row.translation, row.translationOrigin, row.translatedById, row.createdById, row.updatedById, at, at);
    s.event.run(newRowId(), row.id, row.documentId, row.createdById, at, JSON.stringify(input.changes(row)));
    return row;
  });
  // IMMEDIATE: take the write lock first, so a concurrent writer elsewhere waits rather than
  // failing halfway (and nothing is read that could change before the write).
  return run.immediate();
}
