// The desk's glossary: read by everyone, changed by editors and admins; started once per
// instance with the seed articles' terms; and the terms found in a text (affixed forms too).
import { readGlossaryCsv } from "../../../domain/glossary/glossary-csv.ts";
import { matchGlossary, type GlossaryMatch } from "../../../domain/glossary/glossary-match.ts";
import { SEED_TERMS } from "../../../domain/glossary/seed-terms.ts";
import { authorize } from "../../auth/authorize.ts";
import type { CurrentUser } from "../../auth/session-user.ts";
import { deleteGlossaryTerm, insertGlossaryTerm, insertGlossaryTermsIfMissing, listGlossaryRows } from "../../data/glossary.ts";
import { claimMarker } from "../../data/settings.ts";
import { AppError, isUniqueViolation, notFound } from "../../errors.ts";

export interface GlossaryTermView {
  id: string;
  source: string;
  target: string;
  note: string;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
}

/** A source term as stored: NFC, trimmed, single spaces. */
const cleanSource = (source: string) => source.normalize("NFC").trim().replace(/\s+/g, " ");
/** The form a source term is compared in: the stored form, lower case. */
export const sourceKey = (source: string) => cleanSource(source).toLowerCase();

type Row = Awaited<ReturnType<typeof listGlossaryRows>>[number];
const view = (r: Row): GlossaryTermView => ({ id: r.id, source: r.source, target: r.target, note: r.note, createdBy: r.createdBy, createdAt: r.createdAt.toISOString() });

export async function listGlossary(user: CurrentUser): Promise<GlossaryTermView[]> {
  authorize(user, "document.read");
  return (await listGlossaryRows()).map(view);
}

export async function addGlossaryTerm(user: CurrentUser, input: { source: string; target: string; note?: string }): Promise<GlossaryTermView> {
  authorize(user, "glossary.manage");
  const source = cleanSource(input.source);
  try {
    return view(await insertGlossaryTerm({ source, sourceKey: sourceKey(source), target: input.target.trim(), note: (input.note ?? "").trim(), createdById: user.id }));
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("conflict", `“${source}” is in the glossary already.`);
    throw err;
  }
}

export async function removeGlossaryTerm(user: CurrentUser, id: string): Promise<void> {
  authorize(user, "glossary.manage");
  if (!(await deleteGlossaryTerm(id))) throw notFound("The glossary term");
}

/** Terms from a CSV file (source, target, note); terms already in the glossary are kept as they are. */
export async function importGlossaryCsv(user: CurrentUser, csv: string): Promise<{ added: number; skipped: number; problems: string[] }> {
  authorize(user, "glossary.manage");
  let read: ReturnType<typeof readGlossaryCsv>;
  try {
    read = readGlossaryCsv(csv);
  } catch (err) {
    throw new AppError("validation_failed", err instanceof Error ? err.message : "The file is not a glossary CSV.");
  }
  const rows = read.terms.map((t) => ({ ...t, source: cleanSource(t.source), sourceKey: sourceKey(t.source) }));
  const added = await insertGlossaryTermsIfMissing(rows, user.id);
  return { added, skipped: rows.length - added, problems: read.problems };
}

export async function glossaryMatches(user: CurrentUser, text: string): Promise<GlossaryMatch[]> {
  authorize(user, "document.read");
  return matchGlossary(text, await listGlossaryRows());
}

/** Once per instance (a marker remembers it): the seed articles' terms. */
export async function seedGlossary(): Promise<number> {
  if (!(await claimMarker("glossary.seeded", new Date().toISOString()))) return 0;
  return insertGlossaryTermsIfMissing(SEED_TERMS.map((t) => ({ ...t, sourceKey: sourceKey(t.source) })));
}
