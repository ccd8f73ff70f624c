"use client";
// Any number of sources for a claim: URL, title, quoted passage, stance, date accessed.
import { useT } from "../i18n";
import type { Evidence } from "./types";

const STANCES = ["supports", "refutes", "context"] as const;

export function EvidenceFields({ value, onChange, disabled, idPrefix }: { value: Evidence[]; onChange: (v: Evidence[]) => void; disabled: boolean; idPrefix: string }) {
  const t = useT();
  const set = (i: number, patch: Partial<Evidence>) => onChange(value.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  return (
    <fieldset className="evidence">
      <legend>{t("workbench.evidence")}</legend>
      {value.map((e, i) => {
        const id = `${idPrefix}-ev${i}`;
        return (
          <div className="evidence-item" key={i} role="group" aria-label={t("workbench.source", { n: i + 1 })}>
            <div className="field">
              <label htmlFor={`${id}-url`}>{t("workbench.evidenceUrl")}</label>
              <input id={`${id}-url`} type="url" required value={e.url} disabled={disabled} placeholder="https://" onChange={(ev) => set(i, { url: ev.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-title`}>{t("workbench.evidenceTitle")}</label>
              <input id={`${id}-title`} type="text" value={e.title} disabled={disabled} onChange={(ev) => set(i, { title: ev.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-quote`}>{t("workbench.evidenceQuote")}</label>
              <textarea id={`${id}-quote`} className="short" value={e.quote} disabled={disabled} onChange={(ev) => set(i, { quote: ev.target.value })} />
            </div>
            <div className="row">
              <div className="field">
                <label htmlFor={`${id}-stance`}>{t("workbench.evidenceStance")}</label>
                <select id={`${id}-stance`} value={e.stance} disabled={disabled} onChange={(ev) => set(i, { stance: ev.target.value })}>
                  {STANCES.map((s) => (
                    <option key={s} value={s}>
                      {t(`workbench.stance_${s}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-date`}>{t("workbench.evidenceAccessed")}</label>
                <input id={`${id}-date`} type="date" value={e.accessedAt ?? ""} disabled={disabled} onChange={(ev) => set(i, { accessedAt: ev.target.value || null })} />
              </div>
            </div>
            {!disabled && (
              <button type="button" className="secondary small" onClick={() => onChange(value.filter((_, j) => j !== i))}>
                {t("workbench.removeEvidence", { n: i + 1 })}
              </button>
            )}
          </div>
        );
      })}
      {!disabled && (
        <button type="button" className="secondary small" onClick={() => onChange([...value, { url: "", title: "", quote: "", stance: "context", accessedAt: new Date().toISOString().slice(0, 10) }])}>
          {t("workbench.addEvidence")}
        </button>
      )}
    </fieldset>
  );
}
