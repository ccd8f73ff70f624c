"use client";
// Listing, adding and removing equivalent names and phrases (editors and admins change them).
import { useState } from "react";
import type { EquivalenceView } from "@/server/services/claims/equivalences";
import { call } from "../api/call";
import { useHydrated } from "../forms/use-hydrated";
import { StatusLine } from "../forms/form-status";
import { useT } from "../i18n";

export function EquivalenceEditor({ initial, canEdit }: { initial: EquivalenceView[]; canEdit: boolean }) {
  const t = useT();
  const ready = useHydrated();
  const [items, setItems] = useState(initial);
  const [canonical, setCanonical] = useState("");
  const [terms, setTerms] = useState("");
  const [status, setStatus] = useState<{ kind: "ok" | "error"; message: string } | null>(null);

  async function add(e: React.FormEvent) {
    e.preventDefault();
    const list = terms.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
    const result = await call<EquivalenceView>("POST", "/api/v1/equivalences", { canonical, terms: list });
    if (!result.ok) return setStatus({ kind: "error", message: result.message });
    setItems((l) => [...l, result.value]);
    setCanonical("");
    setTerms("");
    setStatus({ kind: "ok", message: t("equivalences.added") });
  }

  async function remove(id: string) {
    const result = await call<void>("DELETE", `/api/v1/equivalences/${encodeURIComponent(id)}`);
    if (!result.ok) return setStatus({ kind: "error", message: result.message });
    setItems((l) => l.filter((x) => x.id !== id));
    setStatus({ kind: "ok", message: t("equivalences.removed") });
  }

  return (
    <>
      <StatusLine status={status} />
      {canEdit && (
        <form className="card" onSubmit={add} aria-labelledby="eq-add-title">
          <h2 id="eq-add-title">{t("equivalences.add")}</h2>
          <div className="field">
            <label htmlFor="eq-canonical">{t("equivalences.canonical")}</label>
            <input id="eq-canonical" type="text" lang="id" required value={canonical} onChange={(e) => setCanonical(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="eq-terms">{t("equivalences.terms")}</label>
            <input id="eq-terms" type="text" lang="id" required value={terms} onChange={(e) => setTerms(e.target.value)} />
          </div>
          <button type="submit" disabled={!ready}>
            {t("equivalences.save")}
          </button>
        </form>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t("equivalences.canonical")}</th>
            <th scope="col">{t("equivalences.sameAs")}</th>
            <th scope="col">{t("equivalences.origin")}</th>
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">{t("verdicts.actions")}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((e, i) => (
            <tr key={e.id ?? `builtin-${i}`} data-testid="equivalence">
              <td lang="id">{e.canonical}</td>
              <td lang="id">{e.terms.join(" · ")}</td>
              <td>{e.builtIn ? t("equivalences.builtIn") : (e.createdBy?.name ?? "—")}</td>
              {canEdit && (
                <td>
                  {e.id && (
                    <button type="button" className="secondary small" disabled={!ready} onClick={() => void remove(e.id!)}>
                      {t("verdicts.remove")}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
