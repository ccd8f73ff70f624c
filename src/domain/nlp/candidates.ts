// Sentences likely to hold a checkable claim, for reviewers to consider first: a statement
// attributed with a reporting verb (quoted or not), numbers and dates, named officials and
// institutions. Page debris is never a candidate. Pure; positions are UTF-16 offsets.
import { sentencePassages } from "./passages.ts";

export interface Candidate {
  start: number;
  end: number;
  score: number;
  reasons: Array<"quote" | "reporting" | "number" | "date" | "official">;
}

const REPORTING = /\b(?:kata|ujar|ucap|ungkap|tegas|sebut|jelas|tutur|lanjut|imbuh|katanya|sebutnya|ujarnya|tegasnya|mengatakan|menyatakan|menyebut(?:kan)?|menegaskan|memperingatkan|menuturkan|mengungkapkan|menjelaskan|menilai|mengklaim|mengumumkan|menyampaikan|menurut|melaporkan|mengutip)\b/iu;
const QUOTE = /["“”]/u;
const NUMBER = /\b\d+(?:[.,]\d+)*\s*(?:%|persen|juta|miliar|triliun|ribu|ton|orang|unit|kali)?\b/iu;
const DATE = /\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|tahun lalu|bulan ini|minggu depan|pekan ini)\b/u;
const OFFICIAL = /\b(?:Presiden|Wakil Presiden|Menteri|Juru [Bb]icara|Penasihat|Duta [Bb]esar|Direktur|Kepala|Gubernur|Jenderal|Dewan|Kementerian|Kremlin|Gedung Putih|PBB|Pemimpin)\b/u;

export function claimCandidates(text: string, minScore = 2): Candidate[] {
  const out: Candidate[] = [];
  for (const p of sentencePassages(text)) {
    const reasons: Candidate["reasons"] = [];
    const s = p.text;
    if (QUOTE.test(s)) reasons.push("quote");
    if (REPORTING.test(s)) reasons.push("reporting");
    if (NUMBER.test(s.replace(/\(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\)/gu, ""))) reasons.push("number");
    if (DATE.test(s)) reasons.push("date");
    if (OFFICIAL.test(s)) reasons.push("official");
    // An attributed statement is the core of a checkable claim; the rest add weight.
    const score = (reasons.includes("reporting") ? 2 : 0) + (reasons.includes("quote") ? 1 : 0) + (reasons.includes("number") ? 1 : 0) + (reasons.includes("date") ? 0.5 : 0) + (reasons.includes("official") ? 1 : 0);
    if (score >= minScore && p.text.length >= 30) out.push({ start: p.start, end: p.end, score, reasons });
  }
  return out;
}
