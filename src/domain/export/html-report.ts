// The readable report as one self-contained HTML file (CSS inline, no scripts, no external
// requests, printable): a title page, each document's Indonesian text with its claims
// highlighted by verdict and numbered like footnotes, the bilingual claims table, the
// methodology and the corrections log. Every user-written string is escaped. Pure.
import { verdictLabel, type VerdictLabel } from "../claims/verdicts.ts";
import { html, safeHref } from "./escape.ts";
import type { ExportClaim, ExportData, ExportDocument } from "./export-data.ts";
import { segments } from "./segments.ts";
import { isUnreviewedMachineTranslation, UNREVIEWED_MACHINE_NOTE } from "../translation/translation-origin.ts";

export const METHODOLOGY =
  "Each claim was highlighted in the Indonesian text of the article, translated into English span by span, and checked against the sources listed with it. " +
  "A claim is checked once and its verdict holds for every article it appears in. A verdict is published only after a second editor, who did not set it, approved it (four eyes). " +
  "Changes to a published verdict are listed with their date and reason in the corrections log.";

const CSS = `
body{font-family:"DejaVu Sans",Arial,sans-serif;color:#1f2933;margin:2rem auto;max-width:60rem;line-height:1.5;padding:0 1rem}
h1{font-size:1.8rem}h2{font-size:1.35rem;margin-top:2.5rem;border-bottom:2px solid #0b4650}h3{font-size:1.1rem}
.title-page{page-break-after:always}.meta{color:#52606d}
.doc-text{font-family:"DejaVu Serif",Georgia,serif;font-size:1.05rem;white-space:pre-wrap;background:#fff;border:1px solid #d9e2ec;padding:1rem}
mark{padding:0 .1em;border-radius:2px;color:inherit}mark.overlap{text-decoration:underline 2px #5b21b6}
sup.fn{font-size:.7em;color:#0b4650;font-weight:bold}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin-top:1rem}th,td{border:1px solid #d9e2ec;padding:.4rem;vertical-align:top;text-align:left}
th{background:#f0f4f8}.badge{display:inline-block;padding:0 .4em;border-radius:999px;font-weight:bold;font-size:.85em}
.legend span{display:inline-block;margin-right:1rem}.swatch{display:inline-block;width:.9em;height:.9em;border:1px solid #999;vertical-align:middle;margin-right:.3em}
.also{color:#52606d;font-size:.85em}.mt-note{color:#8d2b0b;font-size:.85em;font-style:italic}blockquote{margin:.2rem 0;padding-left:.5rem;border-left:3px solid #bcccdc}
@media print{body{margin:0;max-width:none}h2{page-break-before:always}}
`;

function badge(label: VerdictLabel): string {
  return `<span class="badge" style="background:${label.color}">${html(label.en)} · <span lang="id">${html(label.id)}</span></span>`;
}

function evidenceList(c: ExportClaim): string {
  if (c.evidence.length === 0) return "—";
  return `<ul>${c.evidence
    .map((e) => {
      const href = safeHref(e.url);
      const name = html(e.title || e.url);
      const link = href ? `<a href="${html(href)}">${name}</a>` : name;
      return `<li>${link} (${html(e.stance)}${e.accessedAt ? `, ${html(e.accessedAt)}` : ""})${e.quote ? `<blockquote>${html(e.quote)}</blockquote>` : ""}</li>`;
    })
    .join("")}</ul>`;
}

function documentSection(doc: ExportDocument, data: ExportData, numbers: Map<string, number>): string {
  const here = data.claims.flatMap((c) => c.appearances.filter((a) => a.documentId === doc.id).map((a) => ({ claim: c, a })));
  const byAnnotation = new Map(here.map((x) => [x.a.annotationId, x]));
  const text = segments(doc.text, here.map((x) => ({ id: x.a.annotationId, start: x.a.start, end: x.a.end })))
    .map((p) => {
      const marks = p.ending.map((id) => `<sup class="fn">[${numbers.get(id)}]</sup>`).join("");
      if (p.ids.length === 0) return html(p.text) + marks;
      const inner = byAnnotation.get(p.ids[0]!)!;
      const label = verdictLabel(inner.claim.verdict, data.labels);
      return `<mark style="background:${label.color}b3"${p.ids.length > 1 ? ' class="overlap"' : ""}>${html(p.text)}</mark>${marks}`;
    })
    .join("");
  const rows = here
    .sort((x, y) => x.a.start - y.a.start)
    .map(({ claim: c, a }) => {
      const label = verdictLabel(c.verdict, data.labels);
      const elsewhere = [...new Set(c.appearances.filter((o) => o.documentId !== doc.id).map((o) => o.documentId))]
        .map((id) => data.documents.find((d) => d.id === id))
        .filter((d): d is ExportDocument => Boolean(d));
      return `<tr id="fn-${numbers.get(a.annotationId)}">
<td>${numbers.get(a.annotationId)}</td>
<td lang="id">${html(a.quote)}</td>
<td lang="en">${html(a.translation) || "—"}${isUnreviewedMachineTranslation(a) ? `<div class="mt-note">${UNREVIEWED_MACHINE_NOTE}</div>` : ""}${c.summary ? `<div class="also">Claim: ${html(c.summary)}</div>` : ""}</td>
<td>${badge(label)}<div class="also">${html(c.reviewState.replace("_", " ").toLowerCase())}</div></td>
<td>${html(c.claimant) || "—"}${c.claimDate ? `<div class="also">${html(c.claimDate)}</div>` : ""}</td>
<td lang="en">${html(c.rationale) || "—"}</td>
<td>${evidenceList(c)}</td>
<td>${html(a.createdBy)}${c.approvedBy ? `<div class="also">approved by ${html(c.approvedBy)}${c.approvedAt ? ` on ${html(c.approvedAt.slice(0, 10))}` : ""}</div>` : ""}</td>
<td>${html(a.createdAt.slice(0, 10))}</td>
</tr>${elsewhere.length ? `<tr><td></td><td colspan="8" class="also">Also appears in: ${elsewhere.map((d) => `${html(d.outlet ?? d.title)} (${html(d.publishedAt ?? "undated")})`).join("; ")}</td></tr>` : ""}`;
    })
    .join("\n");
  return `<section class="document">
<h2 lang="id">${html(doc.title)}</h2>
<p class="meta">${html(doc.outlet ?? "Unknown outlet")} · ${html(doc.publishedAt ?? "undated")}${doc.sourceUrl && safeHref(doc.sourceUrl) ? ` · <a href="${html(doc.sourceUrl)}">source</a>` : ""}</p>
<div class="doc-text" lang="id">${text}</div>
${here.length ? `<table><thead><tr><th>#</th><th>Indonesian quote</th><th>English translation</th><th>Verdict</th><th>Claimant</th><th>Rationale</th><th>Evidence</th><th>Reviewer / approver</th><th>Date</th></tr></thead><tbody>${rows}</tbody></table>` : "<p>No claims in this document.</p>"}
</section>`;
}

export function renderHtmlReport(data: ExportData, scope: string): string {
  const numbers = new Map<string, number>();
  let n = 0;
  for (const doc of data.documents) {
    const here = data.claims.flatMap((c) => c.appearances.filter((a) => a.documentId === doc.id)).sort((x, y) => x.start - y.start);
    for (const a of here) numbers.set(a.annotationId, ++n);
  }
  const used = new Set(data.claims.map((c) => c.verdict));
  const legend = data.labels
    .filter((l) => used.has(l.key))
    .map((l) => `<span><i class="swatch" style="background:${l.color}"></i>${html(l.en)} · <span lang="id">${html(l.id)}</span></span>`)
    .join("");
  const corrections = data.claims.flatMap((c) => c.corrections.map((k) => ({ c, k })));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${html(`Saring report — ${scope}`)}</title><style>${CSS}</style></head>
<body>
<section class="title-page">
<h1>Fact-check report</h1>
<p><strong>${html(data.organisation.name)}</strong></p>
<p>Scope: ${html(scope)}</p>
<p class="meta">${data.documents.length} documents · ${data.claims.length} claims · exported ${html(data.generatedAt.slice(0, 10))} by ${html(data.generatedBy)}</p>
${legend ? `<p class="legend">${legend}</p>` : ""}
</section>
${data.documents.map((d) => documentSection(d, data, numbers)).join("\n")}
<section><h2>Methodology</h2><p>${html(METHODOLOGY)}</p></section>
<section><h2>Corrections log</h2>${
    corrections.length
      ? `<table><thead><tr><th>Date</th><th>Claim</th><th>Change</th><th>Reason</th><th>By</th></tr></thead><tbody>${corrections
          .map(
            ({ c, k }) =>
              `<tr><td>${html(k.at.slice(0, 10))}</td><td>${html(c.summary || c.appearances[0]?.quote || c.id)}</td><td>${html(verdictLabel(k.before, data.labels).en)} → ${html(verdictLabel(k.after, data.labels).en)}</td><td>${html(k.reason)}</td><td>${html(k.by ?? "—")}</td></tr>`,
          )
          .join("")}</tbody></table>`
      : "<p>No corrections.</p>"
  }</section>
</body></html>
`;
}
