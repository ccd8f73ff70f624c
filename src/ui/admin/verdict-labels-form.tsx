"use client";
// Editing the verdict labels: one row per label, saved as a whole through the API.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { VerdictLabel } from "@/domain/claims/verdicts";
import { call } from "../api/call";
import { useHydrated } from "../forms/use-hydrated";
import { StatusLine } from "../forms/form-status";
import { useT } from "../i18n";

export function VerdictLabelsForm({ initial }: { initial: VerdictLabel[] }) {
  const t = useT();
  const router = useRouter();
  const [labels, setLabels] = useState(initial);
  const [status, setStatus] = useState<{ kind: "ok" | "error"; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = useHydrated();
  const set = (i: number, patch: Partial<VerdictLabel>) => setLabels((list) => list.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const result = await call<VerdictLabel[]>("PUT", "/api/v1/verdict-labels", labels);
    setBusy(false);
    if (!result.ok) return setStatus({ kind: "error", message: result.message });
    setLabels(result.value);
    setStatus({ kind: "ok", message: t("verdicts.saved") });
    router.refresh();
  }

  return (
    <form onSubmit={save} aria-label={t("verdicts.title")}>
      <StatusLine status={status} />
      <table>
        <thead>
          <tr>
            <th scope="col">{t("verdicts.key")}</th>
            <th scope="col">{t("verdicts.en")}</th>
            <th scope="col">{t("verdicts.id")}</th>
            <th scope="col">{t("verdicts.color")}</th>
            <th scope="col">{t("verdicts.rating")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("verdicts.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {labels.map((l, i) => (
            <tr key={i} data-testid="verdict-label">
              <td>
                <input aria-label={t("verdicts.keyOf", { n: i + 1 })} value={l.key} readOnly={initial.some((x) => x.key === l.key)} onChange={(e) => set(i, { key: e.target.value.toUpperCase() })} />
              </td>
              <td>
                <input aria-label={t("verdicts.enOf", { n: i + 1 })} value={l.en} onChange={(e) => set(i, { en: e.target.value })} />
              </td>
              <td>
                <input aria-label={t("verdicts.idOf", { n: i + 1 })} lang="id" value={l.id} onChange={(e) => set(i, { id: e.target.value })} />
              </td>
              <td>
                <input aria-label={t("verdicts.colorOf", { n: i + 1 })} type="color" value={l.color} onChange={(e) => set(i, { color: e.target.value })} />
              </td>
              <td>
                <select aria-label={t("verdicts.ratingOf", { n: i + 1 })} value={l.rating ?? ""} onChange={(e) => set(i, { rating: e.target.value ? Number(e.target.value) : null })}>
                  <option value="">{t("verdicts.noRating")}</option>
                  {[1, 2, 3, 4, 5].map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button type="button" className="secondary small" disabled={!ready} onClick={() => setLabels((list) => list.filter((_, j) => j !== i))}>
                  {t("verdicts.remove")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <button type="button" className="secondary" disabled={!ready} onClick={() => setLabels((list) => [...list, { key: "", en: "", id: "", color: "#e5e7eb", rating: null }])}>
          {t("verdicts.add")}
        </button>
        <button type="submit" disabled={busy || !ready}>
          {t("verdicts.save")}
        </button>
      </div>
    </form>
  );
}
