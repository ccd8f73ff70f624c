"use server";
// Account page actions: change password, create and revoke personal API tokens, the interface language.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { translator } from "@/i18n/translate";
import { localeOf } from "@/server/pages/page-text";
import { actionUser, runAction, type ActionState } from "@/server/http/action-result";
import { parseInput } from "@/server/http/parse";
import { changePassword, createApiToken, revokeMyToken, setMyLocale } from "@/server/services/users/account";
import { LOCALES } from "@/i18n/translate";

const passwordSchema = z.object({ current: z.string().max(1000), next: z.string().max(1000) });

export async function changePasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const user = await actionUser("account.manage");
    const t = translator(localeOf(user));
    await changePassword(user, parseInput(passwordSchema, Object.fromEntries(form)));
    return { status: "ok", message: t("account.passwordChanged") };
  });
}

const tokenSchema = z.object({ name: z.string().trim().max(100, "The token name is too long (100 characters at most).") });

export async function createTokenAction(_prev: ActionState<string>, form: FormData): Promise<ActionState<string>> {
  return runAction(async () => {
    const user = await actionUser("account.manage");
    const t = translator(localeOf(user));
    const { token } = await createApiToken(user, parseInput(tokenSchema, Object.fromEntries(form)).name);
    revalidatePath("/account");
    return { status: "ok", message: t("account.tokenCreated"), data: token };
  }, { form, fields: ["name"] });
}

const revokeSchema = z.object({ tokenId: z.string().min(1).max(64) });

export async function revokeTokenAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const user = await actionUser("account.manage");
    const t = translator(localeOf(user));
    await revokeMyToken(user, parseInput(revokeSchema, Object.fromEntries(form)).tokenId);
    revalidatePath("/account");
    return { status: "ok", message: t("account.revokedDone") };
  });
}

const localeSchema = z.object({ locale: z.enum(LOCALES, "Choose English or Bahasa Indonesia.") });

export async function changeLocaleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const user = await actionUser("account.manage");
    const { locale } = parseInput(localeSchema, Object.fromEntries(form));
    await setMyLocale(user, locale);
    // Every page is in the new language from now on.
    revalidatePath("/", "layout");
    return { status: "ok", message: translator(locale)("language.saved") };
  });
}
