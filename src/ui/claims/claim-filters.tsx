// The dashboard's filters: a GET form, so every filtered view has a URL.
import type { VerdictLabel } from "@/domain/claims/verdicts";
import type { Translate } from "@/i18n/translate";
import type { ClaimQuery } from "@/server/services/claims/claim-input";
import { ReviewStateChecks, VerdictChecks } from "./filter-fields";

interface Props {
  query: ClaimQuery;
  labels: VerdictLabel[];
  documents: Array<{ id: string; title: string }>;
  people: Array<{ id: string; name: string }>;
  t: Translate;
}

export function ClaimFilters({ query, labels, documents, people, t }: Props) {
  return (
    <form method="get" action="/claims" className="card claim-filters" aria-label={t("claims.filters")}>
      <div className="field">
        <label htmlFor="f-q">{t("claims.search")}</label>
        <input id="f-q" name="q" type="search" defaultValue={query.q ?? ""} />
      </div>
      <VerdictChecks labels={labels} checked={query.verdict} t={t} />
      <ReviewStateChecks checked={query.reviewState} t={t} />
      <div className="field">
        <label htmlFor="f-doc">{t("claims.document")}</label>
        <select id="f-doc" name="documentId" defaultValue={query.documentId ?? ""}>
          <option value="">{t("claims.any")}</option>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title.length > 70 ? `${d.title.slice(0, 70)}…` : d.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-outlet">{t("claims.outlet")}</label>
        <input id="f-outlet" name="outlet" type="text" defaultValue={query.outlet ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="f-claimant">{t("claims.claimant")}</label>
        <input id="f-claimant" name="claimant" type="text" defaultValue={query.claimant ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="f-reviewer">{t("claims.reviewer")}</label>
        <select id="f-reviewer" name="reviewer" defaultValue={query.reviewer ?? ""}>
          <option value="">{t("claims.reviewerAny")}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-sort">{t("claims.sort")}</label>
        <select id="f-sort" name="sort" defaultValue={query.sort}>
          {(["updated", "created", "verdict", "appearances"] as const).map((s) => (
            <option key={s} value={s}>
              {t(`claims.sort_${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="row">
        <button type="submit">{t("claims.apply")}</button>
        <a className="button secondary" href="/claims">
          {t("claims.reset")}
        </a>
      </div>
    </form>
  );
}
