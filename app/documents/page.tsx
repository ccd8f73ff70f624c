// The documents list: title, outlet, date, length, claims.
import type { Metadata } from "next";
import { Link } from "@/ui/link";
import { can } from "@/domain/auth/roles";
import { pageUser } from "@/server/pages/page-user";
import { listDocumentsFor } from "@/server/services/documents/read-documents";
import { formatNumber, formatPartialDate } from "@/ui/format";
import { pageText } from "@/server/pages/page-text";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await pageText();
  return { title: t("documents.title") };
}
export const dynamic = "force-dynamic";

export default async function DocumentsPage() {
  const { t, intl } = await pageText();
  const user = await pageUser("document.read");
  const documents = await listDocumentsFor(user);
  return (
    <>
      <div className="row" style={{ alignItems: "baseline", justifyContent: "space-between" }}>
        <h1>{t("documents.title")}</h1>
        {can(user.role, "document.import") && (
          <Link className="button" href="/documents/import">
            {t("documents.importAction")}
          </Link>
        )}
      </div>
      {documents.length === 0 ? (
        <p>{t("documents.empty")}</p>
      ) : (
        <table>
          <caption>
            {t("documents.caption")} · {t("documents.count", { count: formatNumber(documents.length, intl) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("documents.colTitle")}</th>
              <th scope="col">{t("documents.colOutlet")}</th>
              <th scope="col">{t("documents.colDate")}</th>
              <th scope="col" className="num">{t("documents.colLength")}</th>
              <th scope="col" className="num">{t("documents.colClaims")}</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => (
              <tr key={d.id} data-testid="document-row">
                <td>
                  <Link href={`/documents/${d.id}`}>{d.title}</Link>
                </td>
                <td>{d.outlet ?? t("common.none")}</td>
                <td>{d.publishedAt ? <time dateTime={d.publishedAt}>{formatPartialDate(d.publishedAt, intl)}</time> : t("common.none")}</td>
                <td className="num">{t("documents.characters", { count: formatNumber(d.length, intl) })}</td>
                <td className="num">{formatNumber(d.claimCount, intl)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
