// GET /api/v1/glossary → the glossary [{id, source, target, note, createdBy, createdAt}]
// (?format=csv: a CSV download). POST {source, target, note?} (editors, admins) → 201.
import { NextResponse } from "next/server";
import { z } from "zod";
import { glossaryCsv } from "@/domain/glossary/glossary-csv";
import { requireRequestUser } from "@/server/auth/request-user";
import { config } from "@/server/config";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { fileResponse } from "@/server/http/file-response";
import { parseInput, queryObject } from "@/server/http/parse";
import { readJsonBody } from "@/server/http/read-body";
import { addGlossaryTerm, listGlossary } from "@/server/services/glossary/glossary";

export const dynamic = "force-dynamic";

const listQuery = z.object({ format: z.enum(["json", "csv"], "format is json or csv.").optional() });
const termSchema = z
  .object({
    source: z.string().trim().min(1, "Give the Indonesian term.").max(200),
    target: z.string().trim().min(1, "Give the English.").max(200),
    note: z.string().max(1000).optional(),
  })
  .strict();

export const GET = apiHandler(async (request) => {
  const user = await requireRequestUser(request);
  const { format } = parseInput(listQuery, queryObject(request.url));
  const terms = await listGlossary(user);
  if (format === "csv") return fileResponse(glossaryCsv(terms), "text/csv; charset=utf-8", "saring-glossary.csv");
  return NextResponse.json(terms);
});

export const POST = apiHandler(async (request) => {
  const user = await requireRequestUser(request);
  const input = parseInput(termSchema, await readJsonBody(request, config().maxJsonBytes));
  return NextResponse.json(await addGlossaryTerm(user, input), { status: 201 });
});

export const { PUT, PATCH, DELETE } = otherMethods(["GET", "POST"]);
