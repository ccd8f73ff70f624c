// An Indonesian stemmer in the confix-stripping tradition (Nazief–Adriani, as Sastrawi does):
// particles (-lah, -kah, -tah, -pun), possessives (-ku, -mu, -nya), suffixes (-kan, -an, -i) and
// up to three prefixes (di-, ke-, se-, ter-, ber-, me(N)-, pe(N)-, per-) with their sound changes
// (menulis ← tulis, memasok ← pasok, menyatakan ← nyata / sata). Every way of stripping is tried;
// a candidate in ROOTS wins. Without one, only the safest stripping is kept, so names and
// loanwords (Sullivan, Ukraina, konsekuensi) are not mangled. Pure and memoised.
import { ROOTS } from "./roots.ts";

const PARTICLES = ["lah", "kah", "tah", "pun"];
const POSSESSIVES = ["nya", "ku", "mu"];
const SUFFIXES = ["kan", "an", "i"];
const VOWEL = /[aiueo]/;

/** The words a prefix may leave, with the sound changes undone. */
function unprefix(w: string): string[] {
  const out: string[] = [];
  const rest = (n: number) => w.slice(n);
  const v = (i: number) => VOWEL.test(w[i] ?? "");
  if (w.startsWith("di") || w.startsWith("ke") || w.startsWith("se")) out.push(rest(2));
  if (w.startsWith("ter")) out.push(rest(3), "r" + rest(3));
  if (w.startsWith("ber")) out.push(rest(3), "r" + rest(3));
  if (w.startsWith("bel") && w.startsWith("belajar")) out.push(rest(3));
  if (w.startsWith("be") && !w.startsWith("ber")) out.push(rest(2));
  if (w.startsWith("per")) out.push(rest(3), "r" + rest(3));
  for (const p of ["me", "pe"]) {
    if (!w.startsWith(p)) continue;
    if (w.startsWith(p + "ng")) {
      out.push(rest(4), "k" + rest(4), "ng" + rest(4)); // mengirim ← kirim, menganga
      if (w.startsWith(p + "nge")) out.push(rest(5)); // mengebom ← bom
    } else if (w.startsWith(p + "ny")) {
      out.push("s" + rest(4), "ny" + rest(4)); // menyerukan ← seru, menyatakan ← nyata
    } else if (w.startsWith(p + "m")) {
      if (v(3)) out.push("p" + rest(3), "m" + rest(3)); // memasok ← pasok, memakan
      else out.push(rest(3)); // membayar ← bayar
    } else if (w.startsWith(p + "n")) {
      if (v(3)) out.push("t" + rest(3), "n" + rest(3)); // menekan ← tekan, menilai ← nilai
      else out.push(rest(3)); // mendorong ← dorong
    } else if (w.startsWith(p + "r")) {
      out.push(rest(3), rest(2)); // merusak ← rusak
    } else {
      out.push(rest(2)); // melihat ← lihat, meluncurkan ← luncur, pekerja ← kerja
    }
  }
  return out.filter((s) => s.length >= 3 && VOWEL.test(s));
}

function withoutSuffixes(w: string): string[] {
  const forms = [w];
  for (const p of PARTICLES) if (w.endsWith(p) && w.length - p.length >= 3) forms.push(w.slice(0, -p.length));
  for (const f of [...forms]) for (const p of POSSESSIVES) if (f.endsWith(p) && f.length - p.length >= 3) forms.push(f.slice(0, -p.length));
  for (const f of [...forms]) for (const s of SUFFIXES) if (f.endsWith(s) && f.length - s.length >= 3) forms.push(f.slice(0, -s.length));
  return forms;
}

/** Every candidate root, with how much was stripped to reach it (fewer steps first). */
function candidates(word: string): Array<{ root: string; steps: number; prefixed: boolean }> {
  const out: Array<{ root: string; steps: number; prefixed: boolean }> = [];
  for (const [i, f] of withoutSuffixes(word).entries()) {
    out.push({ root: f, steps: i === 0 ? 0 : 1, prefixed: false });
    let layer = [f];
    for (let depth = 1; depth <= 3; depth++) {
      layer = layer.flatMap(unprefix);
      for (const r of layer) out.push({ root: r, steps: depth + (i === 0 ? 0 : 1), prefixed: true });
    }
  }
  return out;
}

const cache = new Map<string, string>();

export function stem(word: string): string {
  const w = word.toLowerCase();
  const hit = cache.get(w);
  if (hit !== undefined) return hit;
  const result = compute(w);
  if (cache.size > 50_000) cache.clear();
  cache.set(w, result);
  return result;
}

function compute(w: string): string {
  if (w.length <= 3 || ROOTS.has(w) || /\d/.test(w)) return w;
  const all = candidates(w);
  const known = all.filter((c) => ROOTS.has(c.root)).sort((a, b) => a.steps - b.steps || b.root.length - a.root.length);
  if (known[0]) return known[0].root;
  // Unknown root: strip only what is unmistakable — particles and possessives, and affixes
  // when a prefix shows the word is derived (dipergunakan → guna is in ROOTS; "sullivan" stays).
  let base = w;
  for (const p of PARTICLES) if (base.endsWith(p) && base.length - p.length >= 3) base = base.slice(0, -p.length);
  for (const p of POSSESSIVES) if (base.endsWith(p) && base.length - p.length >= 4) base = base.slice(0, -p.length);
  const derived = all.filter((c) => c.prefixed && c.root.length >= 4 && withoutSuffixes(w).some((f) => f !== w || c.steps <= 1));
  const firstPrefixOnly = derived.find((c) => unprefix(base).includes(c.root));
  return firstPrefixOnly?.root ?? base;
}
