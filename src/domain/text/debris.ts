// Page debris: lines copied along with an article that are not part of it (navigation,
// "read also" links, ads, share buttons, bylines, app promotions). Recognised line by line;
// a line is debris only when the whole line has one of these shapes, so a sentence that merely
// mentions "baca" or "video" stays content.
import { createOffsetMap } from "./code-points.ts";

export interface TextRange {
  start: number;
  end: number;
}

/** Each pattern is tested against one line with surrounding whitespace removed. */
const DEBRIS_PATTERNS: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  { pattern: /^baca (juga|selengkapnya|pula)\b\s*:?/i, what: "“Read also” link (BACA JUGA:) and its headline" },
  { pattern: /^scroll to continue with content$/i, what: "detik's ad break" },
  { pattern: /^smallest font\s+largest font$/i, what: "font-size widget (Bisnis.com)" },
  { pattern: /^cek berita dan artikel yang lain di google news\.?$/i, what: "Google News promotion" },
  { pattern: /^(ikuti|follow) (berita|kami|update|informasi|kanal)\b.*\b(google news|whatsapp|telegram|instagram|channel|saluran)\b/i, what: "follow-us promotion" },
  { pattern: /^(lihat|tonton|saksikan|simak) (juga )?(video|foto|galeri|infografis|live)\b/i, what: "video / photo teaser" },
  { pattern: /^simak (berita|artikel|selengkapnya|juga|ulasan)\b/i, what: "continue-reading link" },
  { pattern: /^pilihan editor\s*:/i, what: "Editor's pick link (Tempo)" },
  { pattern: /^date\s+\d{4}-\d{2}(-\d{2})?\b/i, what: "scraper header line with the date" },
  { pattern: /^(reuters|antara|afp|ap|xinhua|bernama|kyodo|yonhap|dpa)\.?$/i, what: "bare wire-service credit" },
  { pattern: /^[\w ]{2,40} berkontribusi (pada|dalam) (laporan|berita|artikel) ini\.?$/i, what: "contribution credit" },
  { pattern: /^advertisement$|^iklan$|^loading\.\.\.$|^(konten|artikel) (bersponsor|sponsor)$/i, what: "ad placeholder" },
  { pattern: /^artikel ini (telah )?(tayang|terbit|diterbitkan)\b/i, what: "syndication note" },
  { pattern: /^dapatkan (update|berita|informasi|notifikasi)\b/i, what: "newsletter / app promotion" },
  { pattern: /^(download|unduh) (aplikasi|app)\b/i, what: "app promotion" },
  { pattern: /^halaman (selanjutnya|berikutnya|sebelumnya)\b|^(halaman|page) \d+( (dari|of) \d+)?$|^(next|prev(ious)?) page$/i, what: "pagination" },
  { pattern: /^(bagikan|share)( (artikel|berita) ini)?\s*:?$/i, what: "share label" },
  { pattern: /^((facebook|twitter|x|whatsapp|telegram|linkedin|line|copy link|salin (tautan|link)|email)\s*[|·•,/]?\s*){2,}$/i, what: "share buttons" },
  { pattern: /^(editor|penulis|reporter|pewarta|redaktur|penyunting|kontributor|fotografer)\s*:\s*\S.{0,80}$/i, what: "byline" },
  { pattern: /^(foto|sumber foto|ilustrasi)\s*:\s*\S.{0,120}$/i, what: "photo credit" },
  { pattern: /^(topik|tag|tags|kata kunci|keyword)\s*:/i, what: "tag list" },
  { pattern: /^(berita terkait|terpopuler|rekomendasi|komentar|artikel terkait|terkini|populer)$/i, what: "widget heading" },
  { pattern: /^\([a-z]{2,4}(\/[a-z]{2,4})+\)$/i, what: "editor initials (ant/ant)" },
];

export function isDebrisLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === "") return false;
  return DEBRIS_PATTERNS.some(({ pattern }) => pattern.test(trimmed));
}

/** Code-point ranges of whole debris lines (without their line break), in text order. */
export function findNonContent(text: string): TextRange[] {
  const map = createOffsetMap(text);
  const ranges: TextRange[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (isDebrisLine(text.slice(lineStart, lineEnd))) {
      ranges.push({ start: map.toCodePoint(lineStart), end: map.toCodePoint(lineEnd) });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return ranges;
}
