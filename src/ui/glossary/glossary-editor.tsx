"use client";
// The glossary: every term with its English and note; editors and admins add, remove and import
// terms (CSV). Everyone can download it as CSV.
import { useState } from "react";
import type { GlossaryTermView } from "@/server/services/glossary/glossary";
import { call } from "../api/call";
import { StatusLine } from "../forms/form-status";
import { useHydrated } from "../forms/use-hydrated";
import { useT } from "../i18n";

type Status = { kind: "ok" | "error"; message: string } | null;

export function GlossaryEditor({ initial, canEdit }: { initial: GlossaryTermView[]; canEdit: boolean }) {
  const t = useT();
  const ready = useHydrated();
  const [items, setItems] = useState(initial);
  const [source, setSource] = useState("");
  const [target, setTarget] = useState("");
  const [note, setNote] = useState("");
  const [status, setStatus] = useState<Status>(null);

  async function add(e: React.FormEvent) {
    e.preventDefault();
    const result = await call<GlossaryTermView>("POST", "/api/v1/glossary", { source, target, note });
    if (!result.ok) return setStatus({ kind: "error", message: result.message });
    setItems((l) => [...l, result.value].sort((a, b) => a.source.localeCompare(b.source, "id")));
    setSource("");
    setTarget("");
    setNote("");
    setStatus({ kind: "ok", message: t("glossary.added", { source: result.value.source }) });
  }

  async function remove(term: GlossaryTermView) {
    const result = await call<void>("DELETE", `/api/v1/glossary/${encodeURIComponent(term.id)}`);
    if (!result.ok) return setStatus({ kind: "error", message: result.message });
    setItems((l) => l.filter((x) => x.id !== term.id));
    setStatus({ kind: "ok", message: t("glossary.removed", { source: term.source }) });
  }

  async function importFile(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    const res = await fetch("/api/v1/glossary/import", { method: "POST", headers: { "Content-Type": "text/csv" }, body: await file.text() }).catch(() => null);
    const json = (await res?.json().catch(() => null)) as { added?: number; skipped?: number; problems?: string[]; error?: { message: string } } | null;
    if (!res?.ok || !json) return setStatus({ kind: "error", message: json?.error?.message ?? t("glossary.importFailed") });
    const list = await call<GlossaryTermView[]>("GET", "/api/v1/glossary");
    if (list.ok) setItems(list.value);
    const problems = json.problems?.length ? ` ${json.problems.join(" ")}` : "";
    setStatus({ kind: json.problems?.length ? "error" : "ok", message: t("glossary.imported", { added: json.added ?? 0, skipped: json.skipped ?? 0 }) + problems });
  }

  return (
    <>
      <StatusLine status={status} />
      <p>
        <a href="/api/v1/glossary?format=csv" download>
          {t("glossary.download")}
        </a>
      </p>
      {canEdit && (
        <>
          <form className="card" onSubmit={add} aria-labelledby="gl-add-title">
            <h2 id="gl-add-title">{t("glossary.add")}</h2>
            <div className="row">
              <div className="field">
                <label htmlFor="gl-source">{t("glossary.source")}</label>
                <input id="gl-source" type="text" lang="id" required maxLength={200} value={source} onChange={(e) => setSource(e.target.value)} />
              </div>
              <div className="field">
                <label htmlFor="gl-target">{t("glossary.target")}</label>
                <input id="gl-target" type="text" lang="en" required maxLength={200} value={target} onChange={(e) => setTarget(e.target.value)} />
              </div>
            </div>
            <div className="field">
              <label htmlFor="gl-note">{t("glossary.note")}</label>
              <input id="gl-note" type="text" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
            </div>
            <button type="submit" disabled={!ready}>
              {t("glossary.save")}
            </button>
          </form>
          <div className="field">
            <label htmlFor="gl-import">{t("glossary.import")}</label>
            <input id="gl-import" type="file" accept=".csv,text/csv" disabled={!ready} onChange={(e) => void importFile(e)} />
            <p className="hint">{t("glossary.importHint")}</p>
          </div>
        </>
      )}
      <table>
        <caption className="visually-hidden">{t("glossary.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("glossary.source")}</th>
            <th scope="col">{t("glossary.target")}</th>
            <th scope="col">{t("glossary.note")}</th>
            <th scope="col">{t("glossary.addedBy")}</th>
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">{t("verdicts.actions")}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((term) => (
            <tr key={term.id} data-testid="glossary-term">
              <td lang="id">{term.source}</td>
              <td lang="en">{term.target}</td>
              <td>{term.note}</td>
              <td>{term.createdBy?.name ?? t("glossary.seedTerm")}</td>
              {canEdit && (
                <td>
                  <button type="button" className="secondary small" disabled={!ready} onClick={() => void remove(term)} aria-label={t("glossary.removeTerm", { source: term.source })}>
                    {t("verdicts.remove")}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
