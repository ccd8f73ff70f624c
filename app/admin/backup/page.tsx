// Backup and restore for admins: what the instance holds, a download of the whole instance, and
// how to restore (command line, into an empty instance).
import type { Metadata } from "next";
import { pageUser } from "@/server/pages/page-user";
import { instanceCounts } from "@/server/services/backup/backup";
import { formatNumber } from "@/ui/format";
import { pageText } from "@/server/pages/page-text";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await pageText();
  return { title: t("backup.title") };
}
export const dynamic = "force-dynamic";

export default async function BackupPage() {
  const { t, intl } = await pageText();
  const me = await pageUser("instance.backup");
  const counts = await instanceCounts(me);
  return (
    <>
      <h1>{t("backup.title")}</h1>
      <p className="hint">{t("backup.intro")}</p>
      <p>
        <a className="button" href="/api/v1/backup" download>
          {t("backup.download")}
        </a>
      </p>
      <h2>{t("backup.contents")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("backup.table")}</th>
            <th scope="col">{t("backup.rows")}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(counts).map(([table, n]) => (
            <tr key={table}>
              <td>{table}</td>
              <td>{formatNumber(n, intl)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t("backup.restoreTitle")}</h2>
      <p>{t("backup.restore", { command: "npm run cli -- restore FILE" })}</p>
    </>
  );
}
