"use server";
// Import form actions: pasted text, and uploaded .txt/.md files (each checked on its own).
import { revalidatePath } from "next/cache";
import { actionUser, keptValues, runAction, type ActionState } from "@/server/http/action-result";
import { parseInput } from "@/server/http/parse";
import { AppError } from "@/server/errors";
import { documentMetadataSchema } from "@/server/services/documents/document-metadata";
import { importDocument, importDocumentFile } from "@/server/services/documents/import-document";

export interface ImportOutcome {
  name: string;
  status: "created" | "duplicate" | "refused";
  message?: string;
  documentId?: string;
  title?: string;
}

const META_FIELDS = ["title", "sourceUrl", "outlet", "publishedAt"] as const;

function metadata(form: FormData) {
  return parseInput(documentMetadataSchema, {
    title: form.get("title") ?? undefined,
    sourceUrl: form.get("sourceUrl") ?? undefined,
    outlet: form.get("outlet") ?? undefined,
    publishedAt: form.get("publishedAt") ?? undefined,
  });
}

export async function importPastedAction(_prev: ActionState<ImportOutcome[]>, form: FormData): Promise<ActionState<ImportOutcome[]>> {
  return runAction(async () => {
    const user = await actionUser("document.import");
    const text = form.get("text");
    if (typeof text !== "string") throw new AppError("validation_failed", "Paste the text of an article.", { details: { field: "text" } });
    const result = await importDocument(user, { ...metadata(form), text, source: "paste" });
    revalidatePath("/documents");
    const outcome: ImportOutcome = { name: result.document.title, status: result.created ? "created" : "duplicate", documentId: result.document.id, title: result.document.title };
    return { status: "ok", data: [outcome] };
  }, { form, fields: [...META_FIELDS, "text"] });
}

export async function importFilesAction(_prev: ActionState<ImportOutcome[]>, form: FormData): Promise<ActionState<ImportOutcome[]>> {
  return runAction(async () => {
    const user = await actionUser("document.import");
    const files = form.getAll("files").filter((f): f is File => f instanceof File && f.name !== "");
    if (files.length === 0) throw new AppError("validation_failed", "Choose at least one file.", { details: { field: "files" } });
    const meta = metadata(form);
    const outcomes: ImportOutcome[] = [];
    for (const file of files) {
      try {
        // With several files, a title given in the form would name them all alike: ignore it.
        const perFile = files.length > 1 ? { ...meta, title: undefined } : meta;
        const bytes = new Uint8Array(await file.arrayBuffer());
        const result = await importDocumentFile(user, { ...perFile, bytes, fileName: file.name, source: "upload" });
        outcomes.push({ name: file.name, status: result.created ? "created" : "duplicate", documentId: result.document.id, title: result.document.title });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        outcomes.push({ name: file.name, status: "refused", message: err.message });
      }
    }
    revalidatePath("/documents");
    const refused = outcomes.filter((o) => o.status === "refused").length;
    return { status: refused === outcomes.length ? "error" : "ok", data: outcomes, values: refused ? keptValues(form, META_FIELDS) : undefined };
  }, { form, fields: META_FIELDS });
}
