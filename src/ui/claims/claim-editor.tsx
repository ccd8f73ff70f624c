"use client";
// The claim's own fields: summary, verdict, claimant, date, rationale. Saved with the version it
// started from; changing an approved verdict asks for the correction's reason.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ClaimView } from "@/server/services/claims/claim-view";
import { useHydrated } from "../forms/use-hydrated";
import { StatusLine } from "../forms/form-status";
import { useT } from "../i18n";
import type { VerdictOption } from "../workbench/types";
import { claimsApi } from "./claims-api";

export function ClaimEditor({ claim, options, canWrite }: { claim: ClaimView; options: VerdictOption[]; canWrite: boolean }) {
  const t = useT();
  const router = useRouter();
  const [values, setValues] = useState({ summary: claim.summary, verdict: claim.verdict, claimant: claim.claimant, claimDate: claim.claimDate ?? "", rationale: claim.rationale });
  const [reason, setReason] = useState("");
  const [status, setStatus] = useState<{ kind: "ok" | "error"; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = useHydrated();
  const correcting = claim.reviewState === "APPROVED" && values.verdict !== claim.verdict;
  const set = (key: keyof typeof values, value: string) => setValues((v) => ({ ...v, [key]: value }));

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setStatus(null);
    const result = await claimsApi.update(claim.id, { version: claim.version, ...values, claimDate: values.claimDate || null, ...(correcting ? { reason } : {}) });
    setBusy(false);
    if (result.ok) {
      setStatus({ kind: "ok", message: t("claims.saved") });
      router.refresh();
    } else if (result.status === 409 && result.current) {
      setStatus({ kind: "error", message: t("claims.conflict", { name: result.current.verdictSetBy?.name ?? "Someone" }) });
    } else setStatus({ kind: "error", message: result.message });
  }

  const ro = !canWrite;
  return (
    <form className="card claim-editor" onSubmit={save} aria-labelledby="claim-edit-title">
      <h2 id="claim-edit-title">{t("claims.edit")}</h2>
      <StatusLine status={status} />
      <div className="field">
        <label htmlFor="c-summary">{t("claims.summary")}</label>
        <textarea id="c-summary" lang="en" className="short" value={values.summary} readOnly={ro} onChange={(e) => set("summary", e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="c-verdict">{t("claims.verdict")}</label>
        <select id="c-verdict" value={values.verdict} disabled={ro} onChange={(e) => set("verdict", e.target.value)}>
          {options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.en} — {o.id}
            </option>
          ))}
        </select>
      </div>
      {correcting && (
        <div className="field">
          <label htmlFor="c-reason">{t("claims.correctionReason")}</label>
          <textarea id="c-reason" className="short" required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
      )}
      <div className="field">
        <label htmlFor="c-claimant">{t("claims.claimant")}</label>
        <input id="c-claimant" type="text" value={values.claimant} readOnly={ro} onChange={(e) => set("claimant", e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="c-date">{t("claims.claimDate")}</label>
        <input id="c-date" type="text" placeholder="2023-09-06" value={values.claimDate} readOnly={ro} onChange={(e) => set("claimDate", e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="c-rationale">{t("claims.rationale")}</label>
        <textarea id="c-rationale" lang="en" value={values.rationale} readOnly={ro} onChange={(e) => set("rationale", e.target.value)} />
      </div>
      <h3>{t("claims.evidence")}</h3>
      {claim.evidence.length === 0 ? (
        <p className="hint">{t("claims.noEvidence")}</p>
      ) : (
        <ul>
          {claim.evidence.map((e, i) => (
            <li key={i}>
              <a href={e.url} rel="noopener noreferrer nofollow" target="_blank">
                {e.title || e.url}
              </a>{" "}
              <span className="hint">({t(`workbench.stance_${e.stance}` as "workbench.stance_context")})</span>
              {e.quote && <blockquote className="quote">{e.quote}</blockquote>}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <button type="submit" disabled={busy || !ready}>
          {busy ? t("workbench.saving") : t("claims.saveClaim")}
        </button>
      )}
    </form>
  );
}
