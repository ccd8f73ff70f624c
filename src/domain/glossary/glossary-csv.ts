// The glossary as CSV and back: columns source, target, note (UTF-8 with a byte-order mark,
// CRLF, quoted, formula-safe — as the claims CSV). Reading accepts what spreadsheets write:
// quoted or bare fields, "" inside quotes, CRLF or LF, a BOM, a header row. Pure.
import { safeCell } from "../export/csv.ts";

export const GLOSSARY_COLUMNS = ["source", "target", "note"] as const;

export function glossaryCsv(terms: ReadonlyArray<{ source: string; target: string; note: string }>): string {
  const rows = [GLOSSARY_COLUMNS.map(safeCell).join(","), ...terms.map((t) => [t.source, t.target, t.note].map(safeCell).join(","))];
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}

/** Rows of fields (blank lines as rows too); throws when a quoted field never ends. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && s[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      line++;
    } else field += c;
  }
  if (quoted) throw new Error(`A quoted field that starts before line ${line} never ends.`);
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Glossary rows from CSV: a header row naming source and target (note optional) is required. */
export function readGlossaryCsv(text: string): { terms: Array<{ source: string; target: string; note: string }>; problems: string[] } {
  const rows = parseCsv(text);
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const at = { source: header.indexOf("source"), target: header.indexOf("target"), note: header.indexOf("note") };
  if (at.source < 0 || at.target < 0) throw new Error("The first row must name the columns: source, target and (optionally) note.");
  // A cell saved from our own export may carry the formula guard: drop it.
  const unguard = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v).trim();
  const terms: Array<{ source: string; target: string; note: string }> = [];
  const problems: string[] = [];
  rows.slice(1).forEach((r, i) => {
    if (r.every((f) => f.trim() === "")) return;
    const source = unguard(r[at.source] ?? "");
    const target = unguard(r[at.target] ?? "");
    if (!source || !target) problems.push(`Row ${i + 2}: source and target are both needed.`);
    else if (source.length > 200 || target.length > 200) problems.push(`Row ${i + 2}: a term is longer than 200 characters.`);
    else terms.push({ source, target, note: at.note >= 0 ? unguard(r[at.note] ?? "").slice(0, 1000) : "" });
  });
  return { terms, problems };
}
