// The date an article was published, as precise as its text gives it: "2023-09-06" or
// "2023-09". A news report covers days up to its own date, so the latest full date mentioned
// is taken; a scraper header " date 2023-09" gives the month when no full date exists.
// Dates without a year ("6 September", "(7/9)") do not count.

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2, pebruari: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const NUMERIC = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-])/g; // 6/9/2023 (day first)
const ISO = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g; // 2023-09-06
const NAMED = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(${MONTH_NAMES})\\.?,?\\s+(\\d{4})(?!\\d)`, "giu"); // 6 September 2023, 05 Sep 2023
const NAMED_EN = new RegExp(`(?<![\\p{L}])(${MONTH_NAMES})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, "giu"); // September 6, 2023
const HEADER_MONTH = /^\s*date\s+(\d{4})-(\d{2})\b/im;

export function findFullDates(text: string): string[] {
  const found: string[] = [];
  const add = (d: string | null) => d && found.push(d);
  for (const m of text.matchAll(NUMERIC)) add(iso(+m[3]!, +m[2]!, +m[1]!));
  for (const m of text.matchAll(ISO)) add(iso(+m[1]!, +m[2]!, +m[3]!));
  for (const m of text.matchAll(NAMED)) add(iso(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!));
  for (const m of text.matchAll(NAMED_EN)) add(iso(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!));
  return found;
}

export function detectPublishedDate(text: string): string | null {
  const dates = findFullDates(text).sort();
  if (dates.length > 0) return dates[dates.length - 1]!;
  const header = HEADER_MONTH.exec(text);
  if (header) {
    const m = +header[2]!;
    if (m >= 1 && m <= 12) return `${header[1]}-${header[2]}`;
  }
  return null;
}
