// The backup file: every table of an instance as rows, in an order that satisfies foreign keys,
// with a header (format, version, when, counts) and a SHA-256 of the rows so damage is detected.
// Stored as gzip-compressed JSON. Dates travel as ISO strings. Pure (no I/O).
import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";

export const BACKUP_FORMAT = "saring-backup";
export const BACKUP_VERSION = 1;

/** Every table, parents before children; restoring inserts in this order. */
export const BACKUP_TABLES = [
  "User",
  "ApiToken",
  "GlossaryTerm",
  "Setting",
  "VerdictLabel",
  "LoginThrottle",
  "Document",
  "DocumentRevision",
  "Claim",
  "Evidence",
  "ClaimEvent",
  "ClaimComment",
  "Equivalence",
  "Annotation",
  "AnnotationEvent",
  "AuditEvent",
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export type Row = Record<string, string | number | boolean | null>;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** Where it came from, for people reading the file: engine and application version. */
  source: { engine: string; app: string };
  counts: Record<BackupTable, number>;
  /** SHA-256 (hex) of JSON.stringify(tables). */
  checksum: string;
  tables: Record<BackupTable, Row[]>;
}

export class BackupFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupFileError";
  }
}

/** A row as JSON values: dates become ISO strings; anything else must already be JSON. */
export function toRow(record: Record<string, unknown>): Row {
  const row: Row = {};
  for (const [k, v] of Object.entries(record)) {
    if (v instanceof Date) row[k] = v.toISOString();
    else if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") row[k] = v;
    else throw new Error(`Column ${k} holds a value a backup cannot carry (${typeof v}).`);
  }
  return row;
}

const checksumOf = (tables: Backup["tables"]) => createHash("sha256").update(JSON.stringify(tables)).digest("hex");

export function encodeBackup(tables: Backup["tables"], meta: { createdAt: string; engine: string; app: string }): Uint8Array {
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, tables[t].length])) as Backup["counts"];
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: meta.createdAt, source: { engine: meta.engine, app: meta.app }, counts, checksum: checksumOf(tables), tables };
  return gzipSync(JSON.stringify(backup), { level: 6 });
}

/** Reads and checks a backup file; any problem is a BackupFileError saying what is wrong. */
export function decodeBackup(bytes: Uint8Array): Backup {
  let json: string;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      json = gunzipSync(bytes).toString("utf8");
    } catch {
      throw new BackupFileError("The backup file is damaged: it is not a complete gzip file (cut short or altered).");
    }
  } else json = Buffer.from(bytes).toString("utf8");
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new BackupFileError("This is not a Saring backup: it is not gzip-compressed JSON.");
  }
  const b = value as Partial<Backup> | null;
  if (typeof b !== "object" || b === null || b.format !== BACKUP_FORMAT) throw new BackupFileError("This is not a Saring backup: it has no saring-backup header.");
  if (b.version !== BACKUP_VERSION) throw new BackupFileError(`This backup has format version ${String(b.version)}; this Saring reads version ${BACKUP_VERSION}.`);
  if (typeof b.tables !== "object" || b.tables === null) throw new BackupFileError("The backup file is damaged: it has no tables.");
  const tables = b.tables as Record<string, unknown>;
  for (const t of BACKUP_TABLES) if (!Array.isArray(tables[t])) throw new BackupFileError(`The backup file is damaged: table ${t} is missing.`);
  const unknown = Object.keys(tables).filter((t) => !(BACKUP_TABLES as readonly string[]).includes(t));
  if (unknown.length) throw new BackupFileError(`This backup holds tables this Saring does not know (${unknown.join(", ")}).`);
  if (checksumOf(b.tables as Backup["tables"]) !== b.checksum) throw new BackupFileError("The backup file is damaged: its contents do not match its checksum.");
  for (const t of BACKUP_TABLES) {
    const rows = tables[t] as unknown[];
    if (b.counts?.[t] !== rows.length) throw new BackupFileError(`The backup file is damaged: table ${t} should have ${b.counts?.[t]} rows, it has ${rows.length}.`);
    if (rows.some((r) => typeof r !== "object" || r === null || Array.isArray(r))) throw new BackupFileError(`The backup file is damaged: table ${t} holds something that is not a row.`);
  }
  return b as Backup;
}
