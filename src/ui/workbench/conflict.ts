// What another person changed, for the conflict notice: the fields where their saved version
// differs from the version this form started from. Pure.
import { showValue } from "./change-display";
import type { Annotation, VerdictOption } from "./types";

const FIELDS = ["quote", "translation", "verdict", "claimant", "rationale", "evidence"] as const;

export function theirChanges(base: Annotation, current: Annotation, options: readonly VerdictOption[]): Array<{ field: string; before: string; after: string }> {
  return FIELDS.filter((f) => JSON.stringify(base[f]) !== JSON.stringify(current[f])).map((f) => ({ field: f, before: showValue(f, base[f], options), after: showValue(f, current[f], options) }));
}
