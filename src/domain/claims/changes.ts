// What changed between two states of an annotation, field by field, for its history. Pure.

export type Changes = Record<string, { before: unknown; after: unknown }>;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields of `after` whose value differs from `before` (only fields present in `after`). */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Changes {
  const changes: Changes = {};
  for (const key of Object.keys(after)) {
    const b = before[key];
    const a = after[key];
    if (a !== undefined && !same(a, b)) changes[key] = { before: b ?? null, after: a };
  }
  return changes;
}

/** Every field as a change from nothing: the history entry of a creation or a deletion. */
export function allFields(state: Record<string, unknown>, direction: "created" | "deleted"): Changes {
  const changes: Changes = {};
  for (const [key, value] of Object.entries(state)) {
    changes[key] = direction === "created" ? { before: null, after: value } : { before: value, after: null };
  }
  return changes;
}
