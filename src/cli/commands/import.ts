// `import FILE...`: the same checks as the import page. Every file is tried; the exit code is
// non-zero when any file was refused.
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { config } from "../../server/config.ts";
import { AppError } from "../../server/errors.ts";
import { formatBytes } from "../../domain/format-bytes.ts";
import { parseInput } from "../../server/http/parse.ts";
import { documentMetadataSchema } from "../../server/services/documents/document-metadata.ts";
import { importDocumentFile } from "../../server/services/documents/import-document.ts";
import { parse, UsageError } from "../usage.ts";

export async function importCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(
    args,
    { outlet: { type: "string" }, "source-url": { type: "string" }, "published-at": { type: "string" }, title: { type: "string" } },
    true,
  );
  if (positionals.length === 0) throw new UsageError("Name at least one file to import.");
  if (values.title && positionals.length > 1) throw new UsageError("--title names one document: import one file with it.");
  const meta = parseInput(documentMetadataSchema, {
    title: values.title,
    outlet: values.outlet,
    sourceUrl: values["source-url"],
    publishedAt: values["published-at"],
  });
  let refused = 0;
  for (const path of positionals) {
    try {
      const size = (await stat(path)).size;
      // Refuse oversized files before reading them into memory.
      if (size > config().maxImportBytes) {
        throw new AppError("payload_too_large", `The file is larger than the limit of ${formatBytes(config().maxImportBytes)}.`);
      }
      const bytes = new Uint8Array(await readFile(path));
      const result = await importDocumentFile(null, { ...meta, bytes, fileName: basename(path), source: "cli" });
      console.log(`${result.created ? "imported" : "already present"}\t${result.document.id}\t${path}\t${result.document.title}`);
    } catch (err) {
      refused++;
      const message = err instanceof AppError ? err.message : err instanceof Error ? err.message : String(err);
      console.error(`refused\t${path}\t${message}`);
    }
  }
  if (refused > 0) throw new Error(`${refused} of ${positionals.length} files were refused.`);
}
