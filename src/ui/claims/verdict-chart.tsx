// Counts per verdict as a bar chart (HTML and CSS: readable by screen readers as a list).
import type { VerdictLabel } from "@/domain/claims/verdicts";
import type { Translate } from "@/i18n/translate";
import { formatNumber } from "../format";

export function VerdictChart({ counts, labels, t, intl }: { counts: Record<string, number>; labels: VerdictLabel[]; t: Translate; intl: string }) {
  const max = Math.max(1, ...Object.values(counts));
  return (
    <figure className="verdict-chart">
      <figcaption>{t("claims.chart")}</figcaption>
      <ul>
        {labels.map((l) => {
          const n = counts[l.key] ?? 0;
          return (
            <li key={l.key} data-verdict={l.key}>
              <span className="bar-label">
                {l.en} <span lang="id" className="hint">{l.id}</span>
              </span>
              <span className="bar" style={{ width: `${(n / max) * 100}%`, backgroundColor: l.color }} aria-hidden="true" />
              <span className="bar-count">{formatNumber(n, intl)}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
