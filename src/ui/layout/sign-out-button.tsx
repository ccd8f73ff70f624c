"use client";
// Signs out through next-auth (CSRF-protected POST), then shows the sign-in page.
import { useState } from "react";
import { useT } from "../i18n";

export function SignOutButton() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  async function signOut() {
    setBusy(true);
    try {
      const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
      await fetch("/api/auth/signout", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, json: "true" }),
      });
    } finally {
      window.location.assign("/sign-in?signedOut=1");
    }
  }
  return (
    <button type="button" onClick={signOut} disabled={busy}>
      {t("nav.signOut")}
    </button>
  );
}
