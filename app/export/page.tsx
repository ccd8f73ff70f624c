// Choosing an export: scope (documents, verdict, review state, outlet, dates) and format. With
// JavaScript the export runs as a job with a progress bar; without, the form is a GET download.
import type { Metadata } from "next";
import { translator, type MessageKey } from "@/i18n/translate";
import { pageUser } from "@/server/pages/page-user";
import { verdictLabels } from "@/server/services/claims/verdict-labels";
import { listDocumentsFor } from "@/server/services/documents/read-documents";
import { EXPORT_FORMATS } from "@/server/services/export/render-export";
import { ReviewStateChecks, VerdictChecks } from "@/ui/claims/filter-fields";
import { ExportJobForm } from "@/ui/export/export-job-form";
import { formatPartialDate } from "@/ui/format";
import { pageText } from "@/server/pages/page-text";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await pageText();
  return { title: t("export.title") };
}
export const dynamic = "force-dynamic";

export default async function ExportPage() {
  const { t, intl } = await pageText();
  const user = await pageUser("document.export");
  const [documents, labels] = await Promise.all([listDocumentsFor(user), verdictLabels(user)]);
  return (
    <>
      <h1>{t("export.title")}</h1>
      <p className="hint">{t("export.intro")}</p>
      <ExportJobForm label={t("export.title")}>
        <fieldset>
          <legend>{t("export.format")}</legend>
          {EXPORT_FORMATS.map((f, i) => (
            <label key={f} className="check">
              <input type="radio" name="format" value={f} defaultChecked={i === 0} /> {t(`export.format_${f}` as MessageKey)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="x-docs">{t("export.documents")}</label>
          <select id="x-docs" name="documentId" multiple size={Math.min(8, Math.max(3, documents.length))}>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.outlet ? `${d.outlet} · ` : ""}
                {formatPartialDate(d.publishedAt, intl) ? `${formatPartialDate(d.publishedAt, intl)} · ` : ""}
                {d.title.length > 80 ? `${d.title.slice(0, 80)}…` : d.title}
              </option>
            ))}
          </select>
          <p className="hint">{t("export.documentsHint")}</p>
        </div>
        <VerdictChecks labels={labels} t={t} />
        <ReviewStateChecks t={t} />
        <div className="row">
          <div className="field">
            <label htmlFor="x-outlet">{t("claims.outlet")}</label>
            <input id="x-outlet" name="outlet" type="text" />
          </div>
          <div className="field">
            <label htmlFor="x-from">{t("export.from")}</label>
            <input id="x-from" name="from" type="text" placeholder="2023-09" pattern="\d{4}(-\d{2}(-\d{2})?)?" />
          </div>
          <div className="field">
            <label htmlFor="x-to">{t("export.to")}</label>
            <input id="x-to" name="to" type="text" placeholder="2023-09-30" pattern="\d{4}(-\d{2}(-\d{2})?)?" />
          </div>
        </div>
      </ExportJobForm>
    </>
  );
}
