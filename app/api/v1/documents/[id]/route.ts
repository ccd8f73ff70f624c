// GET /api/v1/documents/{id}: the document with its text and non-content ranges.
// PATCH {version, text?, title?, outlet?, publishedAt?, sourceUrl?, note?}: editors correct it;
// annotations are re-anchored → 200 {document, reanchor: {unchanged, moved, orphaned, orphanedIds}}.
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireRequestUser } from "@/server/auth/request-user";
import { config } from "@/server/config";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { documentJson } from "@/server/http/document-json";
import { parseInput } from "@/server/http/parse";
import { readJsonBody } from "@/server/http/read-body";
import { correctDocument } from "@/server/services/documents/correct-document";
import { documentMetadataSchema } from "@/server/services/documents/document-metadata";
import { getDocumentFor } from "@/server/services/documents/read-documents";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const correctionSchema = documentMetadataSchema
  .omit({ language: true })
  .extend({
    version: z.number().int().positive("version is the document's current version number."),
    text: z.string().optional(),
    note: z.string().max(500).optional(),
  })
  .strict();

export const GET = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  const { id } = await context.params;
  return NextResponse.json(documentJson(await getDocumentFor(user, id)));
});

export const PATCH = apiHandler<Context>(async (request, context) => {
  const user = await requireRequestUser(request);
  const { id } = await context.params;
  const input = parseInput(correctionSchema, await readJsonBody(request, config().maxJsonBytes));
  const { reanchor } = await correctDocument(user, id, input);
  return NextResponse.json({ document: documentJson(await getDocumentFor(user, id)), reanchor });
});

export const { POST, PUT, DELETE } = otherMethods(["GET", "PATCH"]);
