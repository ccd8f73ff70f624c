// The review dashboard: every claim across all documents, filtered, searched, sorted and paged,
// with counts per verdict. The filter form is a plain GET form: it works without JavaScript and
// every view has a URL to share.
import type { Metadata } from "next";
import { Link } from "@/ui/link";
import { parseInput } from "@/server/http/parse";
import { pageUser } from "@/server/pages/page-user";
import { listDocumentsFor } from "@/server/services/documents/read-documents";
import { claimQuerySchema } from "@/server/services/claims/claim-input";
import { claimPeople, listClaims } from "@/server/services/claims/read-claims";
import { verdictLabels } from "@/server/services/claims/verdict-labels";
import { ClaimFilters } from "@/ui/claims/claim-filters";
import { ClaimTable } from "@/ui/claims/claim-table";
import { VerdictChart } from "@/ui/claims/verdict-chart";
import { formatNumber } from "@/ui/format";
import { pageText } from "@/server/pages/page-text";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await pageText();
  return { title: t("claims.title") };
}
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClaimsPage({ searchParams }: Props) {
  const { t, intl } = await pageText();
  const user = await pageUser("document.read");
  const raw = await searchParams;
  const params = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== "")) as Record<string, string | string[]>;
  let query;
  let problem: string | null = null;
  try {
    query = parseInput(claimQuerySchema, params);
  } catch (err) {
    problem = err instanceof Error ? err.message : String(err);
    query = parseInput(claimQuerySchema, {});
  }
  const [page, labels, documents, people] = await Promise.all([listClaims(user, query), verdictLabels(user), listDocumentsFor(user), claimPeople(user)]);
  const hrefFor = (pageNumber: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) for (const one of Array.isArray(v) ? v : [v]) if (k !== "page") q.append(k, one);
    q.set("page", String(pageNumber));
    return `/claims?${q.toString()}`;
  };
  return (
    <>
      <h1>{t("claims.title")}</h1>
      <p className="hint">{t("claims.intro")}</p>
      {problem && (
        <div role="alert" className="alert error">
          {problem}
        </div>
      )}
      <div className="claims-layout">
        <ClaimFilters query={query} labels={labels} documents={documents.map((d) => ({ id: d.id, title: d.title }))} people={people} t={t} />
        <div>
          <VerdictChart counts={page.countsByVerdict} labels={labels} t={t} intl={intl} />
          <p role="status">{t("claims.count", { count: formatNumber(page.total, intl) })}</p>
          {page.items.length === 0 ? <p>{t("claims.none")}</p> : <ClaimTable items={page.items} labels={labels} t={t} intl={intl} />}
          {page.pages > 1 && (
            <nav className="pager" aria-label={t("claims.page", { page: page.page, pages: page.pages })}>
              {page.page > 1 && <Link href={hrefFor(page.page - 1)}>← {t("claims.previous")}</Link>}
              <span>{t("claims.page", { page: formatNumber(page.page, intl), pages: formatNumber(page.pages, intl) })}</span>
              {page.page < page.pages && <Link href={hrefFor(page.page + 1)}>{t("claims.next")} →</Link>}
            </nav>
          )}
        </div>
      </div>
    </>
  );
}
