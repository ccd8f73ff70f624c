"use client";
import { useLocale } from "../i18n";
import type { VerdictOption } from "./types";

/** A verdict's name in both languages, the interface's own first. */
export function VerdictBadge({ verdict, options }: { verdict: string; options: VerdictOption[] }) {
  const locale = useLocale();
  const v = options.find((o) => o.key === verdict) ?? { key: verdict, en: verdict, id: verdict, color: "#e5e7eb" };
  return (
    <span className="verdict-badge" style={{ backgroundColor: v.color }} data-verdict={v.key}>
      {locale === "id" ? (
        <>
          <span lang="id">{v.id}</span> · <span lang="en">{v.en}</span>
        </>
      ) : (
        <>
          {v.en} <span lang="id">· {v.id}</span>
        </>
      )}
    </span>
  );
}

export function Legend({ options, title, overlap }: { options: VerdictOption[]; title: string; overlap: string }) {
  return (
    <details className="legend" open>
      <summary>{title}</summary>
      <ul>
        {options.map((o) => (
          <li key={o.key}>
            <span className="swatch" style={{ backgroundColor: o.color }} aria-hidden="true" /> {o.en} <span lang="id" className="hint">{o.id}</span>
          </li>
        ))}
        <li>
          <span className="swatch overlap" aria-hidden="true" /> {overlap}
        </li>
      </ul>
    </details>
  );
}
