// Measuring claim suggestions against a labelled set: for every labelled appearance, the
// suggestions in the other documents (the best passage per document above the threshold).
// A suggestion is right when it overlaps an appearance of the same claim in that document.
// Precision = right / suggested; recall = found / labelled (appearance, other document) pairs.
import type { Equivalence } from "./equivalences.ts";
import { MatchIndex } from "./match-index.ts";
import { sentencePassages } from "./passages.ts";

export interface LabelledGroup {
  appearances: Array<{ doc: string; start: number; end: number; text: string }>;
}

export interface Evaluation {
  precision: number;
  recall: number;
  suggested: number;
  right: number;
  labelledPairs: number;
  found: number;
}

export function evaluateSuggestions(docs: Array<{ id: string; text: string }>, groups: LabelledGroup[], minScore: number, equivalences?: readonly Equivalence[]): Evaluation {
  const index = new MatchIndex(equivalences);
  for (const d of docs) index.setDocument(d.id, sentencePassages(d.text));
  let suggested = 0;
  let right = 0;
  let labelledPairs = 0;
  let found = 0;
  for (const group of groups) {
    for (const query of group.appearances) {
      const targets = new Set(group.appearances.filter((a) => a.doc !== query.doc).map((a) => a.doc));
      labelledPairs += targets.size;
      const hits = index.search(query.text, { minScore, limit: 20, perDocument: 1, excludeDocs: new Set([query.doc]) });
      const foundDocs = new Set<string>();
      for (const hit of hits) {
        suggested++;
        const ok = group.appearances.some((a) => a.doc === hit.docId && a.start < hit.end && hit.start < a.end);
        if (ok) {
          right++;
          foundDocs.add(hit.docId);
        }
      }
      found += [...targets].filter((d) => foundDocs.has(d)).length;
    }
  }
  return { precision: suggested ? right / suggested : 1, recall: labelledPairs ? found / labelledPairs : 1, suggested, right, labelledPairs, found };
}
