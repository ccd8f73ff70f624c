// What the document page derives from a text — its paragraphs and its claim candidates —
// remembered per text hash (a text's facts never change; a correction is a new text), for the
// last 64 texts: a 400 KB article takes about 25 ms to split and scan.
import { claimCandidates, type Candidate } from "../../../domain/nlp/candidates.ts";
import { createOffsetMap } from "../../../domain/text/code-points.ts";
import { splitParagraphs, type Paragraph } from "../../../domain/text/paragraphs.ts";

export interface CandidateView extends Omit<Candidate, "start" | "end"> {
  /** Code points. */
  start: number;
  end: number;
}

export interface TextFacts {
  paragraphs: Paragraph[];
  /** Sentences likely to hold a checkable claim. */
  candidates: CandidateView[];
}

const remembered = new Map<string, TextFacts>();
const KEPT = 64;

export function textFacts(doc: { text: string; textHash: string }): TextFacts {
  let facts = remembered.get(doc.textHash);
  if (facts) remembered.delete(doc.textHash);
  else {
    const map = createOffsetMap(doc.text);
    const candidates = claimCandidates(doc.text).map((c) => ({ ...c, start: map.toCodePoint(c.start), end: map.toCodePoint(c.end) }));
    facts = { paragraphs: splitParagraphs(doc.text), candidates };
  }
  remembered.set(doc.textHash, facts);
  if (remembered.size > KEPT) remembered.delete(remembered.keys().next().value!);
  return facts;
}
