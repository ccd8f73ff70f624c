// The demo corpus: on the first start of a new instance, the articles in seeds/ are imported
// once (SARING_DEMO_SEED=0 turns this off). A marker keeps deleted seeds from coming back; an
// instance that already holds documents or users (e.g. restored from a backup) is not new.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { countRows } from "../../data/backup.ts";
import { db } from "../../db/client.ts";
import { claimMarker } from "../../data/settings.ts";
import { importDocumentFile } from "./import-document.ts";

const MARKER = "demo.seeded";

export async function importDemoSeed(seedDir: string): Promise<{ imported: number; skipped: boolean }> {
  if ((await countRows(db(), "Document")) > 0 || (await countRows(db(), "User")) > 0) return { imported: 0, skipped: true };
  if (!(await claimMarker(MARKER, new Date().toISOString()))) return { imported: 0, skipped: true };
  const files = (await readdir(seedDir)).filter((f) => /\.(txt|md)$/i.test(f)).sort();
  let imported = 0;
  for (const fileName of files) {
    const bytes = new Uint8Array(await readFile(join(seedDir, fileName)));
    const result = await importDocumentFile(null, { bytes, fileName, source: "seed" });
    if (result.created) imported++;
  }
  return { imported, skipped: false };
}
