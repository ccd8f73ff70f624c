"use client";
// An annotation's history, loaded when opened: who, when, what changed from what to what.
import { useState } from "react";
import { formatDateTime } from "../format";
import { useIntlLocale, useT } from "../i18n";
import { api } from "./api-client";
import { fieldLabel, showValue } from "./change-display";
import type { HistoryEntry, VerdictOption } from "./types";

export function HistoryList({ annotationId, version, options }: { annotationId: string; version: number; options: VerdictOption[] }) {
  const t = useT();
  const intl = useIntlLocale();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadedFor, setLoadedFor] = useState<string>("");
  const key = `${annotationId}@${version}`;

  async function load() {
    if (loadedFor === key) return;
    setLoadedFor(key);
    const result = await api.history(annotationId);
    if (result.ok) setEntries(result.value.slice().reverse());
    else setError(result.message);
  }

  return (
    <details className="history" onToggle={(e) => (e.currentTarget.open ? void load() : undefined)}>
      <summary>{t("workbench.history")}</summary>
      {error && <p role="alert">{error}</p>}
      {!entries && !error && <p className="hint">{t("workbench.historyLoading")}</p>}
      {entries && entries.length === 0 && <p className="hint">{t("workbench.historyEmpty")}</p>}
      {entries && (
        <ol className="history-list">
          {entries.map((h) => (
            <li key={h.id}>
              <div>
                <strong>{t(`workbench.action_${h.action}` as "workbench.action_update")}</strong> {h.actor && t("workbench.by", { name: h.actor.name })} ·{" "}
                <time dateTime={h.at}>{formatDateTime(new Date(h.at), intl)}</time>
              </div>
              {h.action !== "create" && h.action !== "delete" && (
                <ul>
                  {Object.entries(h.changes).map(([field, c]) => (
                    <li key={field}>
                      <span className="field-name">{fieldLabel(t, field)}</span>: <del>{showValue(field, c.before, options)}</del> → <ins>{showValue(field, c.after, options)}</ins>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
