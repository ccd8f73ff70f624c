// What another person changed, for the conflict notice: the fields where their saved version
// differs from the version this form started from. Pure.
import type { Annotation } from "./types";

const FIELDS = ["quote", "translation", "verdict", "claimant", "rationale", "evidence"] as const;

export function theirChanges(base: Annotation, current: Annotation): Array<{ field: string; before: string; after: string }> {
  const show = (v: unknown) => (Array.isArray(v) ? v.map((e) => (e as { url: string }).url).join(", ") : String(v ?? ""));
  return FIELDS.filter((f) => JSON.stringify(base[f]) !== JSON.stringify(current[f])).map((f) => ({ field: f, before: show(base[f]), after: show(current[f]) }));
}
