// One document: its metadata and the Indonesian text in readable paragraphs.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { translator } from "@/i18n/translate";
import { AppError } from "@/server/errors";
import { pageUser } from "@/server/pages/page-user";
import { getDocumentFor } from "@/server/services/documents/read-documents";
import { DocumentText } from "@/ui/documents/document-text";
import { formatDateTime, formatNumber, formatPartialDate } from "@/ui/format";

const t = translator("en");
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const user = await pageUser("document.read");
  try {
    return await getDocumentFor(user, id);
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const doc = await load((await params).id);
  return { title: doc.title };
}

export default async function DocumentPage({ params }: Props) {
  const doc = await load((await params).id);
  return (
    <>
      <p>
        <Link href="/documents">← {t("document.back")}</Link>
      </p>
      <h1 lang="id">{doc.title}</h1>
      <dl className="doc-meta">
        <dt>{t("document.outlet")}</dt>
        <dd>{doc.outlet ?? t("common.none")}</dd>
        <dt>{t("document.date")}</dt>
        <dd>{formatPartialDate(doc.publishedAt) ?? t("common.none")}</dd>
        <dt>{t("document.length")}</dt>
        <dd>{t("documents.characters", { count: formatNumber(doc.length) })}</dd>
        {doc.sourceUrl && (
          <>
            <dt>{t("document.source")}</dt>
            <dd>
              <a href={doc.sourceUrl} rel="noopener noreferrer nofollow" target="_blank">
                {doc.sourceUrl}
              </a>
            </dd>
          </>
        )}
        <dt>{t("document.imported")}</dt>
        <dd>{formatDateTime(doc.createdAt)}</dd>
      </dl>
      {doc.nonContent.length > 0 && <p className="hint">{t("document.nonContentLegend")}</p>}
      <DocumentText text={doc.text} t={t} />
    </>
  );
}
