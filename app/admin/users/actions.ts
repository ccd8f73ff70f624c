"use server";
// Admin page actions: add a user, change a role, disable or enable a user.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ROLES } from "@/domain/auth/roles";
import { actionUser, runAction, type ActionState } from "@/server/http/action-result";
import { parseInput } from "@/server/http/parse";
import { createUser } from "@/server/services/users/create-user";
import { changeRole, setUserDisabled } from "@/server/services/users/manage-users";
import { newUserSchema } from "@/server/services/users/user-input";
import { translator } from "@/i18n/translate";
import { localeOf } from "@/server/pages/page-text";

export async function createUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const actor = await actionUser("user.manage");
    const t = translator(localeOf(actor));
    const user = await createUser(actor, parseInput(newUserSchema, Object.fromEntries(form)));
    revalidatePath("/admin/users");
    return { status: "ok", message: t("admin.created", { email: user.email }) };
  }, { form, fields: ["name", "email", "role"] });
}

const roleSchema = z.object({ userId: z.string().min(1).max(64), role: z.enum(ROLES) });

export async function changeRoleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const actor = await actionUser("user.manage");
    const t = translator(localeOf(actor));
    const input = parseInput(roleSchema, Object.fromEntries(form));
    const user = await changeRole(actor, input.userId, input.role);
    revalidatePath("/admin/users");
    return { status: "ok", message: t("admin.roleChanged", { email: user.email, role: t(`roles.${user.role}`) }) };
  });
}

const disableSchema = z.object({ userId: z.string().min(1).max(64), disabled: z.enum(["true", "false"]) });

export async function setDisabledAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async () => {
    const actor = await actionUser("user.manage");
    const t = translator(localeOf(actor));
    const input = parseInput(disableSchema, Object.fromEntries(form));
    const user = await setUserDisabled(actor, input.userId, input.disabled === "true");
    revalidatePath("/admin/users");
    return {
      status: "ok",
      message: t(user.disabledAt ? "admin.disabledDone" : "admin.enabledDone", { email: user.email }),
    };
  });
}
