"use client";
// Email + password sign-in through next-auth's credentials endpoint. Reads the outcome itself
// so it can say exactly what went wrong: wrong password, locked (429), disabled account.
import { useState } from "react";
import { FormStatus } from "../forms/form-status";
import { useT } from "../i18n";
import type { ActionState } from "@/shared/action-state";

const ERROR_KEYS = {
  CredentialsSignin: "signIn.invalid",
  AccountDisabled: "signIn.disabled",
} as const;

export function SignInForm({ next, notice }: { next: string; notice?: string }) {
  const t = useT();
  const [state, setState] = useState<ActionState>(notice ? { status: "ok", message: notice } : { status: "idle" });
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    try {
      const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
      const res = await fetch("/api/auth/callback/credentials", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          email: String(form.get("email") ?? ""),
          password: String(form.get("password") ?? ""),
          csrfToken,
          callbackUrl: next,
          json: "true",
        }),
      });
      if (res.status === 429) {
        const minutes = Math.max(1, Math.ceil(Number(res.headers.get("retry-after") ?? "60") / 60));
        setState({ status: "error", message: t("signIn.locked", { minutes }) });
        return;
      }
      const body = (await res.json().catch(() => ({}))) as { url?: string };
      const error = body.url ? new URL(body.url, window.location.href).searchParams.get("error") : "unknown";
      if (!res.ok || error) {
        const key = ERROR_KEYS[error as keyof typeof ERROR_KEYS] ?? "signIn.failed";
        setState({ status: "error", message: t(key) });
        return;
      }
      window.location.assign(next);
    } catch {
      setState({ status: "error", message: t("signIn.failed") });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} aria-describedby="sign-in-status" method="post">
      <FormStatus state={state} id="sign-in-status" />
      <div className="field">
        <label htmlFor="sign-in-email">{t("signIn.email")}</label>
        <input id="sign-in-email" name="email" type="email" autoComplete="username" required />
      </div>
      <div className="field">
        <label htmlFor="sign-in-password">{t("signIn.password")}</label>
        <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t("common.working") : t("signIn.submit")}
      </button>
    </form>
  );
}
