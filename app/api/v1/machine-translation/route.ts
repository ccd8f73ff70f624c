// POST /api/v1/machine-translation {text} → {translation, origin: "machine"}: a draft from the
// configured LibreTranslate-compatible service; 404 when none is configured, 502/504 when the
// service fails or does not answer in time.
import { NextResponse } from "next/server";
import { z } from "zod";
import { requireRequestUser } from "@/server/auth/request-user";
import { apiHandler, otherMethods } from "@/server/http/api-handler";
import { parseInput } from "@/server/http/parse";
import { readJsonBody } from "@/server/http/read-body";
import { machineDraft } from "@/server/services/translation/machine-translation";

export const dynamic = "force-dynamic";

const draftSchema = z
  .object({ text: z.string("text is the Indonesian to translate.").trim().min(1, "Give the Indonesian text to translate.").max(5_000, "The text is too long (5,000 characters at most).") })
  .strict();

export const POST = apiHandler(async (request) => {
  const user = await requireRequestUser(request);
  const { text } = parseInput(draftSchema, await readJsonBody(request, 64 * 1024));
  return NextResponse.json(await machineDraft(user, text));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods(["POST"]);
