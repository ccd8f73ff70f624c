// `backup --out FILE`: the whole instance into one file. `restore FILE`: into this instance,
// which must be empty (its schema is brought up to date first).
import { readFile, writeFile } from "node:fs/promises";
import { resolveDatabase } from "../../server/db/database-url.ts";
import { createBackup, restoreBackup } from "../../server/services/backup/backup.ts";
import { migrateDatabase } from "../../server/setup/migrate.ts";
import { parse, required, UsageError } from "../usage.ts";

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

export async function backupCommand(args: string[]): Promise<void> {
  const { values } = parse(args, { out: { type: "string" } });
  const out = required(values.out, "--out");
  const { bytes, counts } = await createBackup(null);
  await writeFile(out, bytes);
  console.log(`wrote ${out}: ${total(counts)} rows (${counts.Document} documents, ${counts.Claim} claims, ${counts.Annotation} appearances, ${counts.User} users), ${bytes.byteLength} bytes`);
}

export async function restoreCommand(args: string[]): Promise<void> {
  const { positionals } = parse(args, {}, true);
  if (positionals.length !== 1) throw new UsageError("Name one backup file to restore.");
  const bytes = new Uint8Array(await readFile(positionals[0]!));
  await migrateDatabase(resolveDatabase(process.env), process.env);
  const counts = await restoreBackup(bytes);
  console.log(`restored ${total(counts)} rows (${counts.Document} documents, ${counts.Claim} claims, ${counts.Annotation} appearances, ${counts.User} users)`);
}
