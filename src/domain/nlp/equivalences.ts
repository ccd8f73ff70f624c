// Names and phrases newsrooms use for the same thing ("AS" = "Amerika Serikat", "Korut" =
// "Korea Utara"), and a few paraphrases of the seed stories ("menanggung konsekuensi" =
// "membayar harga"). Claim matching replaces each by one canonical term. The list is editable
// (stored in the database); these are the defaults.
import { tokenize, type Token } from "./tokens.ts";

export interface Equivalence {
  canonical: string;
  terms: string[];
}

export const DEFAULT_EQUIVALENCES: readonly Equivalence[] = [
  { canonical: "Amerika Serikat", terms: ["AS", "Amerika Serikat", "Amerika", "Washington", "Paman Sam"] },
  { canonical: "Korea Utara", terms: ["Korut", "Korea Utara", "Pyongyang", "Korea Utara (Korut)"] },
  { canonical: "Korea Selatan", terms: ["Korsel", "Korea Selatan", "Seoul"] },
  { canonical: "Rusia", terms: ["Rusia", "Federasi Rusia", "Moskow", "Kremlin"] },
  { canonical: "Vladimir Putin", terms: ["Putin", "Vladimir Putin", "Presiden Putin", "Presiden Rusia"] },
  { canonical: "Kim Jong Un", terms: ["Kim", "Kim Jong Un", "Kim Jong-un", "Pemimpin Kim", "pemimpin Korea Utara", "pemimpin Korut"] },
  { canonical: "Joe Biden", terms: ["Biden", "Joe Biden", "Presiden Biden"] },
  { canonical: "Jake Sullivan", terms: ["Sullivan", "Jake Sullivan"] },
  { canonical: "John Kirby", terms: ["Kirby", "John Kirby"] },
  { canonical: "Perserikatan Bangsa-Bangsa", terms: ["PBB", "Perserikatan Bangsa-Bangsa"] },
  { canonical: "Dewan Keamanan PBB", terms: ["DK PBB", "Dewan Keamanan PBB"] },
  { canonical: "Gedung Putih", terms: ["Gedung Putih"] },
  { canonical: "menanggung konsekuensi", terms: ["menanggung konsekuensi", "menanggung konsekuensinya", "membayar harga", "membayar harganya"] },
  { canonical: "komunitas internasional", terms: ["komunitas internasional", "masyarakat internasional", "dunia internasional"] },
  { canonical: "perundingan", terms: ["perundingan", "negosiasi", "pembicaraan"] },
  { canonical: "kemajuan", terms: ["mengalami kemajuan", "kemajuan", "maju"] },
  { canonical: "memasok senjata", terms: ["memasok senjata", "menyediakan senjata", "memberikan senjata", "pasokan senjata", "menjual senjata", "mengirim senjata"] },
  { canonical: "bertemu", terms: ["bertemu", "menemui", "pertemuan", "bertatap muka", "tatap muka"] },
  { canonical: "perjalanan", terms: ["melakukan perjalanan", "perjalanan", "berkunjung", "kunjungan", "bepergian"] },
];

interface Entry {
  words: string[];
  /** An all-capital short term ("AS") matches only in capitals: "as" is also a word. */
  caseSensitive: boolean;
  canonical: string;
}

const compiled = new WeakMap<readonly Equivalence[], Map<string, Entry[]>>();

function compile(list: readonly Equivalence[]): Map<string, Entry[]> {
  const cached = compiled.get(list);
  if (cached) return cached;
  const byFirst = new Map<string, Entry[]>();
  for (const eq of list) {
    const canonical = `=${tokenize(eq.canonical).map((t) => t.norm).join("_")}`;
    for (const term of eq.terms) {
      const tokens = tokenize(term);
      if (tokens.length === 0) continue;
      const entry = { words: tokens.map((t) => t.norm), caseSensitive: term.length <= 4 && term === term.toUpperCase() && /\p{Lu}/u.test(term), canonical };
      const first = entry.words[0]!;
      byFirst.set(first, [...(byFirst.get(first) ?? []), entry].sort((a, b) => b.words.length - a.words.length));
    }
  }
  compiled.set(list, byFirst);
  return byFirst;
}

export interface Term {
  term: string;
  start: number;
  end: number;
}

/**
 * The terms of a text for matching: content-word stems, with every alias replaced by its
 * canonical term (longest phrase first). Positions are UTF-16 offsets of the text.
 */
export function matchTerms(text: string, stopwords: ReadonlySet<string>, list: readonly Equivalence[] = DEFAULT_EQUIVALENCES): Term[] {
  const index = compile(list);
  const tokens: Token[] = tokenize(text);
  const out: Term[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    const match = index.get(t.norm)?.find((e) => e.words.every((w, k) => tokens[i + k]?.norm === w) && (!e.caseSensitive || t.text === t.text.toUpperCase()));
    if (match) {
      out.push({ term: match.canonical, start: t.start, end: tokens[i + match.words.length - 1]!.end });
      i += match.words.length;
      continue;
    }
    if (!stopwords.has(t.norm)) out.push({ term: t.stem, start: t.start, end: t.end });
    i++;
  }
  return out;
}
