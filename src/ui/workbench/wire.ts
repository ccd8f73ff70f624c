// The document page's annotations, packed for the trip to the browser: one array per annotation
// (no repeated field names), each person once, and the quote left out when it is exactly the
// text at the span (the browser has the text). A 2,000-claim page sends about a quarter of what
// the plain objects took. The article's paragraphs and claim candidates travel as flat number
// arrays the same way. Pure: used by the page (pack) and the workbench (unpack).
import type { OffsetMap } from "@/domain/text/code-points";
import type { ParagraphView } from "./article";
import type { Annotation, Evidence } from "./types";

type Person = { id: string; name: string };

/** One annotation; people are indexes into `people` (-1: nobody); quote null: the text's. */
export type PackedRow = [
  id: string,
  claimId: string,
  claimVersion: number,
  reviewState: string,
  start: number,
  end: number,
  quote: string | null,
  anchorStatus: string,
  translation: string,
  translationOrigin: string,
  translatedBy: number,
  translationReviewedBy: number,
  verdict: string,
  claimant: string,
  rationale: string,
  evidence: Evidence[],
  version: number,
  createdBy: number,
  updatedBy: number,
  updatedAt: string,
];

export interface PackedAnnotations {
  people: Person[];
  rows: PackedRow[];
}

/** The text at a code-point span: what a quote left out stands for. */
export function textAtSpan(text: string, map: OffsetMap): (start: number, end: number) => string {
  return (start, end) => text.slice(map.toUtf16(start), map.toUtf16(end));
}

/** `textAt(start, end)`: the document's text at a code-point span (anchored spans only). */
export function packAnnotations(list: readonly Annotation[], textAt: (start: number, end: number) => string): PackedAnnotations {
  const people: Person[] = [];
  const index = new Map<string, number>();
  const person = (p: Person | null) => {
    if (!p) return -1;
    let i = index.get(p.id);
    if (i === undefined) {
      index.set(p.id, (i = people.length));
      people.push({ id: p.id, name: p.name });
    }
    return i;
  };
  const rows = list.map((a): PackedRow => {
    const quote = a.anchorStatus !== "orphaned" && textAt(a.start, a.end) === a.quote ? null : a.quote;
    return [a.id, a.claimId, a.claimVersion, a.reviewState, a.start, a.end, quote, a.anchorStatus, a.translation, a.translationOrigin, person(a.translatedBy), person(a.translationReviewedBy), a.verdict, a.claimant, a.rationale, a.evidence, a.version, person(a.createdBy), person(a.updatedBy), a.updatedAt];
  });
  return { people, rows };
}

export function unpackAnnotations(packed: PackedAnnotations, textAt: (start: number, end: number) => string): Annotation[] {
  const who = (i: number) => (i < 0 ? null : (packed.people[i] ?? null));
  return packed.rows.map(([id, claimId, claimVersion, reviewState, start, end, quote, anchorStatus, translation, translationOrigin, translatedBy, translationReviewedBy, verdict, claimant, rationale, evidence, version, createdBy, updatedBy, updatedAt]) => ({
    id,
    claimId,
    claimVersion,
    reviewState,
    start,
    end,
    quote: quote ?? textAt(start, end),
    anchorStatus,
    translation,
    translationOrigin,
    translatedBy: who(translatedBy),
    translationReviewedBy: who(translationReviewedBy),
    verdict,
    claimant,
    rationale,
    evidence,
    version,
    createdBy: who(createdBy)!,
    updatedBy: who(updatedBy)!,
    updatedAt,
  }));
}

/**
 * Paragraphs as one array of [utf16Start, utf16End, nonContent ? 1 : 0] triples: the 400 KB
 * benchmark article's 1,775 paragraphs took 104 KB of the page as objects, 25 KB packed.
 */
export function packParagraphs(list: readonly ParagraphView[]): number[] {
  return list.flatMap((p) => [p.utf16Start, p.utf16End, p.nonContent ? 1 : 0]);
}

export function unpackParagraphs(packed: readonly number[]): ParagraphView[] {
  const out: ParagraphView[] = [];
  for (let i = 0; i + 2 < packed.length; i += 3) out.push({ utf16Start: packed[i]!, utf16End: packed[i + 1]!, nonContent: packed[i + 2] === 1 });
  return out;
}

/** Spans (claim candidates) as one array of [start, end] pairs. */
export function packSpans(list: ReadonlyArray<{ start: number; end: number }>): number[] {
  return list.flatMap((s) => [s.start, s.end]);
}

export function unpackSpans(packed: readonly number[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i + 1 < packed.length; i += 2) out.push({ start: packed[i]!, end: packed[i + 1]! });
  return out;
}
