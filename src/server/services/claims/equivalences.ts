// The editable list of equivalent names and phrases used by claim matching: the defaults plus
// what editors add. Read by everyone; changed by editors and admins.
import { DEFAULT_EQUIVALENCES } from "../../../domain/nlp/equivalences.ts";
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { deleteEquivalence, insertEquivalence, listEquivalenceRows } from "../../data/equivalences.ts";
import { notFound } from "../../errors.ts";

export interface EquivalenceView {
  id: string | null;
  canonical: string;
  terms: string[];
  builtIn: boolean;
  createdBy: { id: string; name: string } | null;
}

export async function listEquivalences(user: CurrentUser): Promise<EquivalenceView[]> {
  authorize(user, "document.read");
  const rows = await listEquivalenceRows();
  return [
    ...DEFAULT_EQUIVALENCES.map((e) => ({ id: null, canonical: e.canonical, terms: [...e.terms], builtIn: true, createdBy: null })),
    ...rows.map((r) => ({ id: r.id, canonical: r.canonical, terms: JSON.parse(r.terms) as string[], builtIn: false, createdBy: r.createdBy })),
  ];
}

export async function addEquivalence(user: CurrentUser, input: { canonical: string; terms: string[] }): Promise<EquivalenceView> {
  authorize(user, "document.correct");
  const terms = [...new Set([input.canonical, ...input.terms].map((t) => t.trim()).filter(Boolean))];
  const row = await insertEquivalence(input.canonical.trim(), terms, user.id);
  return { id: row.id, canonical: row.canonical, terms, builtIn: false, createdBy: row.createdBy };
}

export async function removeEquivalence(user: CurrentUser, id: string): Promise<void> {
  authorize(user, "document.correct");
  if (!(await deleteEquivalence(id))) throw notFound("The equivalence");
}
