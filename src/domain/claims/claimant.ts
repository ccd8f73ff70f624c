// Who makes a claim: the speaker named next to a span by Indonesian reporting patterns —
// "kata Sullivan", "Kirby mengatakan", "menurut para analis", or "sebutnya" (then the last
// speaker named before). Suggestions only; the reviewer decides. Pure; offsets in UTF-16 units
// of `text` (callers convert).
import { firstSentenceEnd } from "../text/sentences.ts";

const VERBS_AFTER = "kata|ujar|ucap|ungkap|jelas|tutur|tegas|sebut|imbuh|tambah|lanjut|papar|terang";
const VERBS_BEFORE =
  "mengatakan|menyatakan|menuturkan|menegaskan|menyebut|menyebutkan|berkata|mengungkapkan|menjelaskan|memperingatkan|menambahkan|menilai|mengklaim|menyampaikan|mengumumkan";
const PRONOUN_VERBS = /\b(sebutnya|katanya|ujarnya|tuturnya|ungkapnya|tegasnya|jelasnya|imbuhnya|tambahnya|lanjutnya)\b/iu;

/** A run of capitalised words (with acronyms): a name, perhaps with its title. */
const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|bin|binti|van|de))*`;
const NOT_NAMES = new Set(["Kami", "Saya", "Ia", "Dia", "Mereka", "Kita", "Itu", "Ini", "Namun", "Sementara", "Ketika", "Pada", "Di", "Dan", "Tetapi", "Sebelumnya", "Terpisah", "Menurut", "Selain", "Bagi", "Sejak"]);

const AFTER_SPAN = new RegExp(String.raw`^[\s”"’',.]*(?:${VERBS_AFTER})\s+(${NAME})`, "u");
/** A quote that goes on past the span: `…," kata X` later in the same sentence. */
const LATER_IN_SENTENCE = new RegExp(String.raw`[”"’',]\s*(?:${VERBS_AFTER})\s+(${NAME})`, "u");
const BEFORE_SPAN = new RegExp(String.raw`(${NAME})\s+(?:${VERBS_BEFORE})\b[^.]{0,40}$`, "u");
const MENURUT = new RegExp(String.raw`\bmenurut\s+((?:para\s+)?(?:${NAME}|\p{Ll}+(?:\s+\p{Ll}+)?))`, "giu");
const ANY_SPEAKER = new RegExp(String.raw`(?:(?:${VERBS_AFTER})\s+(${NAME}))|(?:(${NAME})\s+(?:${VERBS_BEFORE})\b)`, "gu");

function cleanName(raw: string): string[] {
  const words = raw.trim().replace(/[.,]+$/u, "").split(/\s+/u);
  while (words.length && NOT_NAMES.has(words[0]!)) words.shift();
  if (words.length === 0) return [];
  const full = words.join(" ");
  // "Penasihat Keamanan Nasional AS Jake Sullivan": offer the person, then the full title.
  const person = words.slice(-2);
  const personName = person.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && words.length > 2 ? person.join(" ") : null;
  return personName ? [personName, full] : [full];
}

/** The text from `at` to the end of its sentence (a line is never crossed). */
function restOfSentence(text: string, at: number): string {
  const line = text.indexOf("\n", at);
  const upTo = line === -1 ? Math.min(text.length, at + 400) : Math.min(line, at + 400);
  return text.slice(at, firstSentenceEnd(text, at, upTo));
}

export function suggestClaimants(text: string, start: number, end: number): string[] {
  const found: string[] = [];
  const add = (names: string[]) => {
    for (const n of names) if (n && !found.includes(n)) found.push(n);
  };
  const after = text.slice(end, end + 160);
  const before = text.slice(Math.max(0, start - 200), start);

  const a = AFTER_SPAN.exec(after) ?? LATER_IN_SENTENCE.exec(restOfSentence(text, end));
  if (a?.[1]) add(cleanName(a[1]));
  const b = BEFORE_SPAN.exec(before);
  if (b?.[1]) add(cleanName(b[1]));
  for (const m of `${before} ${text.slice(start, end)} ${after}`.matchAll(MENURUT)) add(cleanName(m[1]!.replace(/^\p{Ll}/u, (c) => c)));

  // "…," sebutnya: the speaker is the last one named before the span.
  if (PRONOUN_VERBS.test(after.slice(0, 40)) || found.length === 0) {
    const earlier = text.slice(Math.max(0, start - 1500), start);
    const speakers = [...earlier.matchAll(ANY_SPEAKER)].map((m) => m[1] ?? m[2] ?? "");
    const capitalised = [...earlier.matchAll(new RegExp(NAME, "gu"))].map((m) => m[0]).filter((n) => /\s/.test(n) || n.length > 3);
    const last = speakers.at(-1) ?? capitalised.at(-1);
    if (last) add(cleanName(last));
  }
  return found.slice(0, 4);
}
