// The dashboard's rows: the claim (summary, or its first quote and translation), verdict,
// review state, and every document it appears in.
import { Link } from "@/ui/link";
import type { VerdictLabel } from "@/domain/claims/verdicts";
import type { MessageKey, Translate } from "@/i18n/translate";
import type { ClaimListItem } from "@/server/services/claims/read-claims";
import { formatDateTime } from "../format";
import { VerdictBadge } from "../workbench/verdict-badge";

export function ClaimTable({ items, labels, t, intl }: { items: ClaimListItem[]; labels: VerdictLabel[]; t: Translate; intl: string }) {
  const options = labels.map(({ key, en, id, color }) => ({ key, en, id, color }));
  return (
    <table className="claims-table">
      <thead>
        <tr>
          <th scope="col">{t("claims.colClaim")}</th>
          <th scope="col">{t("claims.colVerdict")}</th>
          <th scope="col">{t("claims.colState")}</th>
          <th scope="col">{t("claims.colAppears")}</th>
          <th scope="col">{t("claims.colChanged")}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => {
          const first = c.appearances[0];
          const docs = new Map(c.appearances.map((a) => [a.documentId, a]));
          return (
            <tr key={c.id} data-testid="claim-row">
              <td>
                <Link href={`/claims/${c.id}`}>{c.summary || first?.translation || t("claims.untitled")}</Link>
                {first && (
                  <div className="claim-quote" lang="id">
                    “{first.quote}”
                  </div>
                )}
              </td>
              <td>
                <VerdictBadge verdict={c.verdict} options={options} />
              </td>
              <td>
                <span className={`state state-${c.reviewState}`}>{t(`claims.state_${c.reviewState}` as MessageKey)}</span>
              </td>
              <td>
                <ul className="appears">
                  {[...docs.values()].map((a) => (
                    <li key={a.documentId}>
                      <Link href={`/documents/${a.documentId}`}>{a.outlet ?? (a.documentTitle.length > 40 ? `${a.documentTitle.slice(0, 40)}…` : a.documentTitle)}</Link>
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <time dateTime={c.updatedAt}>{formatDateTime(new Date(c.updatedAt), intl)}</time>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
