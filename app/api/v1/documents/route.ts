// GET /api/v1/documents: the list. POST: import one article from JSON
// {title?, text, sourceUrl?, outlet?, publishedAt?, language?} → 201 (200 if already present).
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireRequestUser } from "@/server/auth/request-user";
import { config } from "@/server/config";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { documentSummaryJson } from "@/server/http/document-json";
import { parseInput } from "@/server/http/parse";
import { readJsonBody } from "@/server/http/read-body";
import { documentMetadataSchema } from "@/server/services/documents/document-metadata";
import { importDocument } from "@/server/services/documents/import-document";
import { getDocumentFor, listDocumentsFor } from "@/server/services/documents/read-documents";
import { documentJson } from "@/server/http/document-json";

export const dynamic = "force-dynamic";

const importSchema = documentMetadataSchema.extend({ text: z.string("text is required and must be a string.") }).strict();

export const GET = apiHandler(async (request) => {
  const user = await requireRequestUser(request);
  return NextResponse.json((await listDocumentsFor(user)).map(documentSummaryJson));
});

export const POST = apiHandler(async (request) => {
  const user = await requireRequestUser(request);
  const input = parseInput(importSchema, await readJsonBody(request, config().maxJsonBytes));
  const { document, created } = await importDocument(user, { ...input, source: "api" });
  const view = await getDocumentFor(user, document.id);
  return NextResponse.json({ ...documentJson(view), duplicate: !created }, { status: created ? 201 : 200 });
});

export const { PUT, PATCH, DELETE } = otherMethods(["GET", "POST"]);
