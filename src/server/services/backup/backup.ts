// Backup and restore of a whole instance: documents, claims, appearances, evidence, comments,
// history, labels, equivalences, settings, users with their password hashes and API tokens.
// A backup is read in one transaction (a consistent snapshot). A restore goes into an empty
// instance only, in one transaction: a damaged or foreign file, or a non-empty database, is
// refused with the reason and nothing is written.
import { BACKUP_TABLES, BackupFileError, decodeBackup, encodeBackup, type Backup, type BackupTable } from "../../../domain/backup/backup-file.ts";
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { recordAudit } from "../../data/audit-events.ts";
import { countRows, insertRows, readTable } from "../../data/backup.ts";
import { db as defaultDb, type Db } from "../../db/client.ts";
import { resolveDatabase } from "../../db/database-url.ts";
import type { Tx } from "../../db/transaction.ts";
import { AppError } from "../../errors.ts";

const APP = "saring 0.1.0";

/** Which database: the configured one unless a test or tool names another. */
export interface Instance {
  db: Db;
  engine: string;
}
const current = (): Instance => ({ db: defaultDb(), engine: resolveDatabase(process.env).engine });

export interface BackupResult {
  bytes: Uint8Array;
  fileName: string;
  counts: Record<BackupTable, number>;
}

/** `actor` null: the operator at the command line. */
export async function createBackup(actor: CurrentUser | null, instance: Instance = current()): Promise<BackupResult> {
  if (actor) authorize(actor, "instance.backup");
  const tables = await instance.db.$transaction(
    async (tx) => {
      const out = {} as Backup["tables"];
      for (const t of BACKUP_TABLES) out[t] = await readTable(tx, t);
      return out;
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
  const createdAt = new Date().toISOString();
  const bytes = encodeBackup(tables, { createdAt, engine: instance.engine, app: APP });
  if (actor) await recordAudit({ actorId: actor.id, action: "instance.backup", entityType: "instance", entityId: "backup", details: { bytes: bytes.byteLength } }, instance.db);
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, tables[t].length])) as BackupResult["counts"];
  return { bytes, fileName: `saring-backup-${createdAt.slice(0, 10)}.json.gz`, counts };
}

/** What holds data already (sign-in throttle counters do not count). */
async function nonEmptyTables(db: Tx): Promise<string[]> {
  const found: string[] = [];
  for (const t of BACKUP_TABLES) {
    if (t === "LoginThrottle") continue;
    const n = await countRows(db, t);
    if (n > 0) found.push(`${n} ${t}`);
  }
  return found;
}

export async function restoreBackup(bytes: Uint8Array, instance: Instance = current()): Promise<Record<BackupTable, number>> {
  let backup: Backup;
  try {
    backup = decodeBackup(bytes);
  } catch (err) {
    if (err instanceof BackupFileError) throw new AppError("validation_failed", `${err.message} Nothing was restored.`);
    throw err;
  }
  const refuseIfNotEmpty = async (db: Tx) => {
    const found = await nonEmptyTables(db);
    if (found.length) throw new AppError("conflict", `This instance is not empty (${found.slice(0, 4).join(", ")}${found.length > 4 ? ", …" : ""}). Restore only into a new, empty instance. Nothing was restored.`);
  };
  await refuseIfNotEmpty(instance.db);
  try {
    await instance.db.$transaction(
      async (tx) => {
        await refuseIfNotEmpty(tx);
        await tx.loginThrottle.deleteMany({});
        for (const t of BACKUP_TABLES) await insertRows(tx, t, backup.tables[t]);
      },
      { timeout: 30 * 60_000, maxWait: 30_000 },
    );
  } catch (err) {
    if (err instanceof AppError) throw err;
    const reason = err instanceof Error ? err.message.split("\n").filter(Boolean).slice(-1)[0]?.slice(0, 300) : String(err);
    throw new AppError("validation_failed", `The backup could not be restored (${reason}). Nothing was restored.`);
  }
  return backup.counts;
}

/** Rows per table, for the admin page. */
export async function instanceCounts(actor: CurrentUser, instance: Instance = current()): Promise<Record<BackupTable, number>> {
  authorize(actor, "instance.backup");
  const counts = {} as Record<BackupTable, number>;
  for (const t of BACKUP_TABLES) counts[t] = await countRows(instance.db, t);
  return counts;
}
