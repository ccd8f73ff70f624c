// W3C Web Annotation Data Model (JSON-LD): every appearance as an Annotation on its document,
// with both a TextQuoteSelector and a TextPositionSelector (code points), the English
// translation as a describing TextualBody, the verdict as assessing, evidence as linking. Pure.
import { verdictLabel } from "../claims/verdicts.ts";
import type { ExportData } from "./export-data.ts";
import { isUnreviewedMachineTranslation } from "../translation/translation-origin.ts";

export function renderW3c(data: ExportData): object {
  const docUrl = (id: string) => `${data.baseUrl}/documents/${id}`;
  const items = data.claims.flatMap((c) => {
    const label = verdictLabel(c.verdict, data.labels);
    return c.appearances.map((a) => ({
      id: `${data.baseUrl}/annotations/${a.annotationId}`,
      type: "Annotation",
      motivation: "assessing",
      created: a.createdAt,
      modified: a.updatedAt,
      creator: { type: "Person", name: a.createdBy },
      generator: { type: "Software", name: "Saring" },
      body: [
        ...(a.translation
          ? [
              {
                type: "TextualBody",
                value: a.translation,
                language: "en",
                format: "text/plain",
                purpose: "describing",
                // A machine draft nobody checked says so: its creator is software.
                ...(isUnreviewedMachineTranslation(a) ? { creator: { type: "Software", name: "machine translation (not reviewed)" } } : {}),
              },
            ]
          : []),
        { type: "TextualBody", value: `${label.en} (${label.id})`, language: "en", format: "text/plain", purpose: "assessing", id: `${data.baseUrl}/claims/${c.id}` },
        ...c.evidence.map((e) => ({ type: "SpecificResource", source: e.url, purpose: "linking", ...(e.title ? { name: e.title } : {}) })),
      ],
      target: {
        source: docUrl(a.documentId),
        selector: [
          { type: "TextQuoteSelector", exact: a.quote, prefix: a.prefix, suffix: a.suffix },
          { type: "TextPositionSelector", start: a.start, end: a.end },
        ],
        state: { type: "HttpRequestState", value: `X-Saring-Text-Hash: ${a.textHash}` },
      },
    }));
  });
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `${data.baseUrl}/export/w3c`,
    type: "AnnotationCollection",
    label: `Saring annotations exported ${data.generatedAt}`,
    total: items.length,
    first: { type: "AnnotationPage", startIndex: 0, items },
  };
}
