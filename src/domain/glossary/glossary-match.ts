// Glossary terms found in Indonesian text, inflected and affixed forms included: a term and the
// text are compared word by word on their stems ("pemimpin" finds "kepemimpinan" and
// "pemimpinnya"; "Korea Utara" finds "korea utara" but not "Korea sangat Utara"). The longest
// term wins where terms overlap. Offsets are code points of the text. Also: which matched terms
// a translation renders differently. Pure (issue 7's glossary builds on it).
import { tokenize, type Token } from "../nlp/tokens.ts";

export interface GlossaryTerm {
  id: string;
  /** Indonesian. */
  source: string;
  /** English. */
  target: string;
}

export interface GlossaryMatch {
  termId: string;
  source: string;
  target: string;
  /** Code points of the text. */
  start: number;
  end: number;
  /** The words as they stand in the text. */
  matched: string;
  /** The text has the term's own form (not an affixed one). */
  exact: boolean;
}

interface Prepared {
  term: GlossaryTerm;
  stems: string[];
  norm: string;
}

const normWords = (tokens: Token[]) => tokens.map((t) => t.norm).join(" ");

export function prepareGlossary(terms: readonly GlossaryTerm[]): Map<string, Prepared[]> {
  const byFirstStem = new Map<string, Prepared[]>();
  for (const term of terms) {
    const tokens = tokenize(term.source);
    if (tokens.length === 0) continue;
    const prepared = { term, stems: tokens.map((t) => t.stem), norm: normWords(tokens) };
    const list = byFirstStem.get(prepared.stems[0]!) ?? [];
    list.push(prepared);
    byFirstStem.set(prepared.stems[0]!, list);
  }
  // Longest first, so a longer term is tried before a shorter one that starts the same way.
  for (const list of byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return byFirstStem;
}

function codePointIndex(text: string): (utf16: number) => number {
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < text.length)) cp++;
  }
  map[text.length] = cp;
  return (u) => map[u]!;
}

export function matchGlossary(text: string, glossary: readonly GlossaryTerm[] | Map<string, Prepared[]>): GlossaryMatch[] {
  const index = glossary instanceof Map ? glossary : prepareGlossary(glossary);
  const tokens = tokenize(text);
  const toCp = codePointIndex(text);
  const out: GlossaryMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const candidates = index.get(tokens[i]!.stem) ?? [];
    const hit = candidates.find((p) => p.stems.every((s, k) => tokens[i + k]?.stem === s));
    if (!hit) {
      i++;
      continue;
    }
    const words = tokens.slice(i, i + hit.stems.length);
    const first = words[0]!;
    const last = words[words.length - 1]!;
    out.push({
      termId: hit.term.id,
      source: hit.term.source,
      target: hit.term.target,
      start: toCp(first.start),
      end: toCp(last.end),
      matched: text.slice(first.start, last.end),
      exact: normWords(words) === hit.norm,
    });
    i += hit.stems.length;
  }
  return out;
}

/** The matched terms whose English the translation does not contain (case and spacing aside). */
export function inconsistentTerms(translation: string, matches: readonly GlossaryMatch[]): GlossaryMatch[] {
  const flat = ` ${translation.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  const seen = new Set<string>();
  return matches.filter((m) => {
    if (seen.has(m.termId)) return false;
    seen.add(m.termId);
    const target = ` ${m.target.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
    return !flat.includes(target);
  });
}
