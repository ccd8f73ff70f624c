// Formatting numbers and dates for display. Pure.
export function formatNumber(n: number, locale = "en"): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** Partial ISO dates as stored ("2023-09-06", "2023-09", "2023") in a readable form. */
export function formatPartialDate(iso: string | null, locale = "en"): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split("-").map(Number);
  if (y === undefined || Number.isNaN(y)) return iso;
  if (m === undefined) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = d === undefined ? { year: "numeric", month: "long", timeZone: "UTC" } : { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(locale, opts).format(date);
}

export function formatDateTime(date: Date, locale = "en"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date);
}
