"use client";
// Editors correct the document's text; the server re-anchors the claims and reports how.
import { useState } from "react";
import { useT } from "../i18n";
import { api } from "./api-client";

export function CorrectTextForm({ documentId, version, text, onDone }: { documentId: string; version: number; text: string; onDone: (message: string) => void }) {
  const t = useT();
  const [value, setValue] = useState(text);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const result = await api.correctText(documentId, { version, text: value, note });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    onDone(t("workbench.correctDone", result.value.reanchor));
  }
  return (
    <form className="card correct-text" onSubmit={submit} aria-labelledby="correct-title">
      <h2 id="correct-title">{t("workbench.correctText")}</h2>
      <p className="hint">{t("workbench.correctIntro")}</p>
      {error && (
        <div role="alert" className="alert error">
          {error}
        </div>
      )}
      <div className="field">
        <label htmlFor="correct-text">{t("document.text")}</label>
        <textarea id="correct-text" lang="id" value={value} onChange={(e) => setValue(e.target.value)} rows={18} />
      </div>
      <div className="field">
        <label htmlFor="correct-note">{t("workbench.correctNote")}</label>
        <input id="correct-note" type="text" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" disabled={busy}>
        {busy ? t("workbench.saving") : t("workbench.correctSave")}
      </button>
    </form>
  );
}
