"use server";
// Account page actions: change password, create and revoke personal API tokens.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { translator } from "@/i18n/translate";
import { actionUser, runAction, type ActionState } from "@/server/http/action-result";
import { parseInput } from "@/server/http/parse";
import { changePassword, createApiToken, revokeMyToken } from "@/server/services/users/account";

const t = translator("en");

const passwordSchema = z.object({ current: z.string().max(1000), next: z.string().max(1000) });

export async function changePasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const user = await actionUser();
    await changePassword(user, parseInput(passwordSchema, Object.fromEntries(form)));
    return { status: "ok", message: t("account.passwordChanged") };
  });
}

const tokenSchema = z.object({ name: z.string().trim().max(100, "The token name is too long (100 characters at most).") });

export async function createTokenAction(_prev: ActionState<string>, form: FormData): Promise<ActionState<string>> {
  return runAction(async () => {
    const user = await actionUser();
    const { token } = await createApiToken(user, parseInput(tokenSchema, Object.fromEntries(form)).name);
    revalidatePath("/account");
    return { status: "ok", message: t("account.tokenCreated"), data: token };
  }, { form, fields: ["name"] });
}

const revokeSchema = z.object({ tokenId: z.string().min(1).max(64) });

export async function revokeTokenAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const user = await actionUser();
    await revokeMyToken(user, parseInput(revokeSchema, Object.fromEntries(form)).tokenId);
    revalidatePath("/account");
    return { status: "ok", message: t("account.revokedDone") };
  });
}
