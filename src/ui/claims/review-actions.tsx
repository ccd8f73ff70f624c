"use client";
// The review steps a person may take on a claim, by role and state. The server decides (four
// eyes, reasons): a refusal is shown as it explains itself.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Role } from "@/domain/auth/roles";
import { useHydrated } from "../forms/use-hydrated";
import { StatusLine } from "../forms/form-status";
import { useT } from "../i18n";
import { claimsApi } from "./claims-api";

export function ReviewActions({ claim, role }: { claim: { id: string; reviewState: string }; role: Role }) {
  const t = useT();
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = useHydrated();
  const editor = role === "EDITOR" || role === "ADMIN";
  const writer = editor || role === "REVIEWER";

  async function step(name: "submit" | "approve" | "reject") {
    setBusy(true);
    setError(null);
    const result = await claimsApi.review(claim.id, name, name === "reject" ? reason : undefined);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setReason("");
    router.refresh();
  }

  if (!writer) return null;
  return (
    <section className="card" aria-labelledby="review-title">
      <h2 id="review-title">{t("claims.review")}</h2>
      <StatusLine status={error} />
      {claim.reviewState === "DRAFT" && (
        <button type="button" onClick={() => void step("submit")} disabled={busy || !ready}>
          {t("claims.submit")}
        </button>
      )}
      {claim.reviewState === "IN_REVIEW" && editor && (
        <>
          <button type="button" onClick={() => void step("approve")} disabled={busy || !ready}>
            {t("claims.approve")}
          </button>
          <div className="field">
            <label htmlFor="reject-reason">{t("claims.rejectReason")}</label>
            <textarea id="reject-reason" className="short" value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <button type="button" className="secondary" onClick={() => void step("reject")} disabled={busy || !ready}>
            {t("claims.reject")}
          </button>
        </>
      )}
      {claim.reviewState === "IN_REVIEW" && !editor && <p className="hint">{t("claims.state_IN_REVIEW")}</p>}
      {claim.reviewState === "APPROVED" && <p className="hint">{t("claims.state_APPROVED")}</p>}
    </section>
  );
}
