"use server";
import { z } from "zod";
import { parseInput } from "@/server/http/parse";
import { runAction, type ActionState } from "@/server/http/action-result";
import { assertSetupOpen, createFirstAdmin } from "@/server/services/users/create-user";
import { emailSchema } from "@/server/services/users/user-input";

const schema = z.object({
  name: z.string().trim().min(1, "Give your name.").max(120, "The name is too long."),
  email: emailSchema,
  password: z.string(),
});

export async function createFirstAdminAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    await assertSetupOpen();
    const input = parseInput(schema, Object.fromEntries(form));
    await createFirstAdmin(input);
    return { status: "ok", message: "ready" };
  }, { form, fields: ["name", "email"] });
}
