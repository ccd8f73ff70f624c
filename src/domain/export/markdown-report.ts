// The readable report as Markdown: each document's text with its claims in bold and numbered
// like footnotes, then the bilingual claims table, methodology and corrections. Every
// user-written string is escaped so it reads as text, never as Markdown or HTML. Pure.
import { verdictLabel } from "../claims/verdicts.ts";
import { markdown as md } from "./escape.ts";
import type { ExportData } from "./export-data.ts";
import { METHODOLOGY } from "./html-report.ts";
import { segments } from "./segments.ts";
import { isUnreviewedMachineTranslation, UNREVIEWED_MACHINE_NOTE } from "../translation/translation-origin.ts";

const cell = (s: string) => md(s).replace(/ {2}\n/g, "<br>") || "—";

export function renderMarkdownReport(data: ExportData, scope: string): string {
  const out: string[] = [`# Fact-check report`, "", `**${md(data.organisation.name)}**`, "", `Scope: ${md(scope)}  `, `${data.documents.length} documents · ${data.claims.length} claims · exported ${data.generatedAt.slice(0, 10)} by ${md(data.generatedBy)}`, ""];
  let n = 0;
  for (const doc of data.documents) {
    const here = data.claims.flatMap((c) => c.appearances.filter((a) => a.documentId === doc.id).map((a) => ({ c, a }))).sort((x, y) => x.a.start - y.a.start);
    const numbers = new Map(here.map((x) => [x.a.annotationId, ++n]));
    out.push(`## ${md(doc.title)}`, "", `${md(doc.outlet ?? "Unknown outlet")} · ${md(doc.publishedAt ?? "undated")}`, "");
    const text = segments(doc.text, here.map((x) => ({ id: x.a.annotationId, start: x.a.start, end: x.a.end })))
      .map((p) => {
        const body = md(p.text);
        const marked = p.ids.length && p.text.trim() ? `**${body}**` : body;
        return marked + p.ending.map((id) => `\\[${numbers.get(id)}\\]`).join("");
      })
      .join("");
    out.push(...text.split("  \n").map((line) => `> ${line}`), "");
    if (here.length) {
      out.push("| # | Indonesian quote | English translation | Verdict | Claimant | Rationale | Evidence | Reviewer / approver | Also in |", "|---|---|---|---|---|---|---|---|---|");
      for (const { c, a } of here) {
        const label = verdictLabel(c.verdict, data.labels);
        const evidence = c.evidence.map((e) => (/^https?:\/\//i.test(e.url) ? `[${md(e.title || e.url)}](<${e.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : md(e.url))).join("<br>") || "—";
        const also = [...new Set(c.appearances.filter((o) => o.documentId !== doc.id).map((o) => o.documentId))].map((id) => data.documents.find((d) => d.id === id)).filter(Boolean).map((d) => md(d!.outlet ?? d!.title)).join(", ") || "—";
        out.push(`| ${numbers.get(a.annotationId)} | ${cell(a.quote)} | ${cell(a.translation)}${isUnreviewedMachineTranslation(a) ? ` *(${UNREVIEWED_MACHINE_NOTE})*` : ""} | ${md(label.en)} · ${md(label.id)} | ${cell(c.claimant)} | ${cell(c.rationale)} | ${evidence} | ${md(a.createdBy)}${c.approvedBy ? ` / ${md(c.approvedBy)}` : ""} | ${also} |`);
      }
      out.push("");
    }
  }
  out.push("## Methodology", "", md(METHODOLOGY), "", "## Corrections log", "");
  const corrections = data.claims.flatMap((c) => c.corrections.map((k) => ({ c, k })));
  if (corrections.length === 0) out.push("No corrections.");
  else {
    out.push("| Date | Claim | Change | Reason | By |", "|---|---|---|---|---|");
    for (const { c, k } of corrections) out.push(`| ${k.at.slice(0, 10)} | ${cell(c.summary || c.appearances[0]?.quote || c.id)} | ${md(verdictLabel(k.before, data.labels).en)} → ${md(verdictLabel(k.after, data.labels).en)} | ${cell(k.reason)} | ${md(k.by ?? "—")} |`);
  }
  return `${out.join("\n")}\n`;
}
