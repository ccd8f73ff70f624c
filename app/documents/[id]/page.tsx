// One document: its metadata, and the workbench (the Indonesian text with its claims).
import type { Metadata } from "next";
import { headers } from "next/headers";
import { Link } from "@/ui/link";
import { cache } from "react";
import { can } from "@/domain/auth/roles";
import { orNotFound } from "@/server/pages/or-not-found";
import { pageText } from "@/server/pages/page-text";
import { pageUser } from "@/server/pages/page-user";
import { openDocument } from "@/server/services/documents/open-document";
import { machineTranslationAvailable } from "@/server/services/translation/machine-translation";
import { formatDateTime, formatNumber, formatPartialDate } from "@/ui/format";
import { workbenchDetails } from "@/ui/workbench/page-payload";
import { packParagraphs, packSpans } from "@/ui/workbench/wire";
import { Workbench } from "@/ui/workbench/workbench";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** One read per request, shared by the metadata and the page. */
const load = cache(async (id: string) => {
  const user = await pageUser("document.read");
  return { user, ...(await orNotFound(openDocument(user, id))) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageText();
  const opened = await load((await params).id).catch(() => null);
  return { title: opened?.doc.title ?? t("errors.notFoundTitle") };
}

export default async function DocumentPage({ params }: Props) {
  const { t, intl } = await pageText();
  const { user, doc, annotations, candidates, labels, glossary, ...facts } = await load((await params).id);
  const paragraphs = facts.paragraphs.map((p) => ({ utf16Start: p.utf16Start, utf16End: p.utf16End, nonContent: p.nonContent }));
  const details = workbenchDetails({ text: doc.text, paragraphs, candidates }, annotations);
  const nonce = (await headers()).get("x-nonce") ?? undefined;
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
        <dd>{formatPartialDate(doc.publishedAt, intl) ?? t("common.none")}</dd>
        <dt>{t("document.length")}</dt>
        <dd>{t("documents.characters", { count: formatNumber(doc.length, intl) })}</dd>
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
        <dd>{formatDateTime(doc.createdAt, intl)}</dd>
      </dl>
      {paragraphs.some((p) => p.nonContent) && <p className="hint">{t("document.nonContentLegend")}</p>}
      <Workbench
        key={`${doc.id}@${doc.version}`}
        documentId={doc.id}
        documentVersion={doc.version}
        text={doc.text}
        packedParagraphs={packParagraphs(paragraphs)}
        details={details}
        nonce={nonce}
        options={labels.map(({ key, en, id, color }) => ({ key, en, id, color }))}
        canWrite={can(user.role, "annotation.write")}
        canCorrect={can(user.role, "document.correct")}
        packedCandidates={packSpans(candidates)}
        glossary={glossary.map(({ id, source, target }) => ({ id, source, target }))}
        me={user.id}
        machineTranslation={machineTranslationAvailable() && can(user.role, "annotation.write")}
      />
    </>
  );
}
