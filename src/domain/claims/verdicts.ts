// The default verdict labels (docs: fact-check-standards.md): English, Bahasa Indonesia,
// ClaimReview rating (worst 1, best 5; null = not published), and a highlight colour.

export interface VerdictLabel {
  key: string;
  en: string;
  id: string;
  /** ClaimReview ratingValue; null for labels that are not published as a rating. */
  rating: number | null;
  /** Highlight colour (hex), readable under dark text. */
  color: string;
}

export const DEFAULT_VERDICTS: readonly VerdictLabel[] = [
  { key: "UNVERIFIED", en: "Unverified", id: "Belum diverifikasi", rating: null, color: "#fde68a" },
  { key: "IN_PROGRESS", en: "In progress", id: "Sedang diperiksa", rating: null, color: "#bfdbfe" },
  { key: "TRUE", en: "True", id: "Benar", rating: 5, color: "#86efac" },
  { key: "MOSTLY_TRUE", en: "Mostly true", id: "Sebagian benar", rating: 4, color: "#bef264" },
  { key: "UNPROVEN", en: "Unproven", id: "Tidak terbukti", rating: 3, color: "#d8b4fe" },
  { key: "MISLEADING", en: "Misleading", id: "Menyesatkan", rating: 2, color: "#fdba74" },
  { key: "FALSE", en: "False", id: "Salah", rating: 1, color: "#fca5a5" },
  { key: "NOT_CHECKABLE", en: "Opinion / not checkable", id: "Opini / tidak dapat diperiksa", rating: null, color: "#d1d5db" },
];

export const DEFAULT_VERDICT = "UNVERIFIED";

export function isVerdictKey(key: string, labels: readonly VerdictLabel[] = DEFAULT_VERDICTS): boolean {
  return labels.some((l) => l.key === key);
}

export function verdictLabel(key: string, labels: readonly VerdictLabel[] = DEFAULT_VERDICTS): VerdictLabel {
  return labels.find((l) => l.key === key) ?? { key, en: key, id: key, rating: null, color: "#e5e7eb" };
}
