// Import articles: paste or upload. Reviewers, editors and admins.
import type { Metadata } from "next";
import { config } from "@/server/config";
import { formatBytes } from "@/domain/format-bytes";
import { pageUser } from "@/server/pages/page-user";
import { PasteImportForm, UploadImportForm } from "@/ui/documents/import-forms";
import { importFilesAction, importPastedAction } from "./actions";
import { pageText } from "@/server/pages/page-text";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await pageText();
  return { title: t("importPage.title") };
}
export const dynamic = "force-dynamic";

export default async function ImportPage() {
  const { t } = await pageText();
  await pageUser("document.import");
  return (
    <>
      <h1>{t("importPage.title")}</h1>
      <p className="lede">{t("importPage.intro", { limit: formatBytes(config().maxImportBytes) })}</p>
      <PasteImportForm action={importPastedAction} />
      <UploadImportForm action={importFilesAction} />
    </>
  );
}
