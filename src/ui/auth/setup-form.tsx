"use client";
import { Link } from "@/ui/link";
import { useActionState } from "react";
import { idle, type ActionState } from "@/shared/action-state";
import { FormStatus } from "../forms/form-status";
import { useT } from "../i18n";

export function SetupForm({ action: submit }: { action: (prev: ActionState, form: FormData) => Promise<ActionState> }) {
  const t = useT();
  const [state, action, pending] = useActionState(submit, idle);
  if (state.status === "ok") {
    return (
      <div role="status" className="alert ok">
        {t("setup.done")} <Link href="/sign-in">{t("signIn.title")}</Link>
      </div>
    );
  }
  const invalid = (field: string) => (state.status === "error" && state.field === field ? true : undefined);
  return (
    <form action={action} aria-describedby="setup-status">
      <FormStatus state={state} id="setup-status" />
      <div className="field">
        <label htmlFor="setup-name">{t("setup.name")}</label>
        <input id="setup-name" name="name" type="text" autoComplete="name" required maxLength={120} defaultValue={state.values?.name} />
      </div>
      <div className="field">
        <label htmlFor="setup-email">{t("setup.email")}</label>
        <input id="setup-email" name="email" type="email" autoComplete="username" required defaultValue={state.values?.email} />
      </div>
      <div className="field">
        <label htmlFor="setup-password">{t("setup.password")}</label>
        <input id="setup-password" name="password" type="password" autoComplete="new-password" required minLength={10} aria-describedby="setup-password-hint" aria-invalid={invalid("password")} />
        <span id="setup-password-hint" className="hint">{t("setup.passwordHint")}</span>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t("common.working") : t("setup.submit")}
      </button>
    </form>
  );
}
