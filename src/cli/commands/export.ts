// `export --format html|pdf|docx|md|csv|w3c|claimreview [--document ID]... [--verdict V]... [--review-state S]...
// [--outlet O] [--from DATE] [--to DATE] --out FILE`: the same exports as the API.
import { writeFile } from "node:fs/promises";
import { buildExport } from "../../server/services/export/build-export.ts";
import { EXPORT_FORMATS, exportFileName, renderExport, scopeText, type ExportFormat } from "../../server/services/export/render-export.ts";
import { parse, required, UsageError } from "../usage.ts";

export async function exportCommand(args: string[]): Promise<void> {
  const { values } = parse(args, {
    format: { type: "string" },
    document: { type: "string", multiple: true },
    verdict: { type: "string", multiple: true },
    "review-state": { type: "string", multiple: true },
    outlet: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    out: { type: "string" },
  });
  const format = required(values.format, "--format") as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new UsageError(`--format is one of ${EXPORT_FORMATS.join(", ")}.`);
  const out = required(values.out, "--out");
  for (const d of [values.from, values.to]) if (d && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)) throw new UsageError("Dates are YYYY, YYYY-MM or YYYY-MM-DD.");
  const filter = { documentIds: values.document, verdict: values.verdict, reviewState: values["review-state"], outlet: values.outlet, from: values.from, to: values.to };
  const data = await buildExport(null, filter);
  const { body } = await renderExport(format, data, scopeText(filter, data));
  await writeFile(out, body);
  console.log(`wrote ${out}: ${data.claims.length} claims over ${data.documents.length} documents (suggested name ${exportFileName(format, filter, data)})`);
}
