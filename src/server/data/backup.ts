// Reading and writing whole tables for backup and restore, through Prisma's model delegates so
// every column is carried. Rows come back sorted by primary key in JavaScript (engine collations
// differ), so the same data gives the same backup on SQLite and PostgreSQL.
import type { BackupTable, Row } from "../../domain/backup/backup-file.ts";
import { toRow } from "../../domain/backup/backup-file.ts";
import type { Tx } from "../db/transaction.ts";

interface Delegate {
  findMany(args: object): Promise<Array<Record<string, unknown>>>;
  count(): Promise<number>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
}

const KEYED_BY_NAME: readonly BackupTable[] = ["VerdictLabel", "LoginThrottle", "Setting"];
const keyOf = (table: BackupTable) => (KEYED_BY_NAME.includes(table) ? "key" : "id");
const PAGE = 2000;
const INSERT_CHUNK = 200;

function delegate(db: Tx, table: BackupTable): Delegate {
  return (db as unknown as Record<string, Delegate>)[table[0]!.toLowerCase() + table.slice(1)]!;
}

export async function readTable(db: Tx, table: BackupTable): Promise<Row[]> {
  const key = keyOf(table);
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await delegate(db, table).findMany({ ...(after === null ? {} : { where: { [key]: { gt: after } } }), orderBy: { [key]: "asc" }, take: PAGE });
    rows.push(...page.map(toRow));
    if (page.length < PAGE) break;
    after = String(page[page.length - 1]![key]);
  }
  return rows.sort((a, b) => (String(a[key]) < String(b[key]) ? -1 : String(a[key]) > String(b[key]) ? 1 : 0));
}

export function countRows(db: Tx, table: BackupTable): Promise<number> {
  return delegate(db, table).count();
}

export async function insertRows(db: Tx, table: BackupTable, rows: Row[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await delegate(db, table).createMany({ data: rows.slice(i, i + INSERT_CHUNK) });
}
