// How a changed field reads in the conflict notice and the history: its label, and its values
// as people read them (verdicts by name, sources by URL, spans as the quoted words).
import type { MessageKey, Translate } from "@/i18n/translate";
import type { VerdictOption } from "./types";

const LABELS: Record<string, MessageKey> = {
  quote: "workbench.quote",
  translation: "workbench.translation",
  verdict: "workbench.verdict",
  claimant: "workbench.claimant",
  rationale: "workbench.rationale",
  evidence: "workbench.evidence",
  start: "workbench.fieldStart",
  end: "workbench.fieldEnd",
  anchorStatus: "workbench.fieldAnchorStatus",
  translationOrigin: "workbench.fieldTranslationOrigin",
  translationReviewed: "workbench.fieldTranslationReviewed",
};

export function fieldLabel(t: Translate, field: string): string {
  const key = LABELS[field];
  return key ? t(key) : field;
}

export function showValue(field: string, value: unknown, options: readonly VerdictOption[]): string {
  if (value === null || value === undefined || value === "") return "—";
  if (field === "verdict") {
    const o = options.find((v) => v.key === value);
    return o ? `${o.en} · ${o.id}` : String(value);
  }
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.map((v) => (typeof v === "object" && v && "url" in v ? String((v as { url: unknown }).url) : JSON.stringify(v))).join(", ");
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
