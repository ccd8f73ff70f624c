// The outlet an article names itself: its dateline ("TEMPO.CO, Jakarta -"), or a page
// signature that only one outlet prints. Wire services quoted as sources (Reuters, AFP) are
// not the outlet. Null when the text does not say.

interface OutletRule {
  name: string;
  /** Matched against the start of the first content lines (datelines). */
  dateline?: RegExp;
  /** Matched anywhere in the text: marks only this outlet prints. */
  signature?: RegExp;
}

const OUTLETS: readonly OutletRule[] = [
  { name: "Tempo", dateline: /^TEMPO\.CO\b|^Tempo\.co\b/ },
  { name: "Bisnis.com", dateline: /^Bisnis\.com\b/i },
  { name: "Kompas.com", dateline: /^KOMPAS\.com\b|^[A-Z][A-Za-z ]+, KOMPAS\.com\b/i },
  { name: "Liputan6.com", dateline: /^Liputan6\.com\b/i },
  { name: "CNN Indonesia", dateline: /^[A-Z][A-Za-z ]+, CNN Indonesia\b|^CNN Indonesia\b/ },
  { name: "Antara", dateline: /^[A-Z][A-Za-z ]+ \(ANTARA\)|^\(ANTARA\)|^ANTARA\b/ },
  { name: "detik", dateline: /^detik(com|news|finance|inet|sport|health|travel|oto)?\b/i, signature: /\bSCROLL TO CONTINUE WITH CONTENT\b[\s\S]*\b(Simak berita selengkapnya di halaman berikutnya|Lihat juga Video\b)|\b(Simak berita selengkapnya di halaman berikutnya|Lihat juga Video\b)[\s\S]*\bSCROLL TO CONTINUE WITH CONTENT\b/ },
  { name: "VIVA", dateline: /^VIVA\s*[–-]|^VIVA\.co\.id\b/ },
  { name: "Suara.com", dateline: /^Suara\.com\b/i },
  { name: "Okezone", dateline: /^Okezone\.com\b|^Okezone\b/i },
  { name: "Kumparan", dateline: /^kumparan\b/i },
  { name: "VOI", dateline: /^VOI\b/ },
  { name: "Republika", dateline: /^REPUBLIKA\.CO\.ID\b/i },
  { name: "Sindonews", dateline: /^SINDOnews\b|^Sindonews\.com\b/i },
  { name: "Tribunnews", dateline: /^TRIBUNNEWS\.COM\b/i },
  { name: "Jawa Pos", dateline: /^JawaPos\.com\b/i },
  { name: "Media Indonesia", dateline: /^Mediaindonesia\.com\b/i },
  { name: "The Jakarta Post", dateline: /^The Jakarta Post\b/ },
];

/** How many leading non-empty lines may carry the dateline (header lines come first). */
const DATELINE_LINES = 4;

export function detectOutlet(text: string): string | null {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .slice(0, DATELINE_LINES);
  for (const line of lines) {
    for (const rule of OUTLETS) if (rule.dateline?.test(line)) return rule.name;
  }
  for (const rule of OUTLETS) if (rule.signature?.test(text)) return rule.name;
  return null;
}
