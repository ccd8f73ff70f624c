// One document: its metadata, and the workbench (the Indonesian text with its claims).
import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/domain/auth/roles";
import { splitParagraphs } from "@/domain/text/paragraphs";
import { orNotFound } from "@/server/pages/or-not-found";
import { pageUser } from "@/server/pages/page-user";
import { listDocumentAnnotations } from "@/server/services/annotations/read-annotations";
import { documentCandidates } from "@/server/services/claims/matching";
import { verdictLabels } from "@/server/services/claims/verdict-labels";
import { getDocumentFor } from "@/server/services/documents/read-documents";
import { listGlossary } from "@/server/services/glossary/glossary";
import { machineTranslationAvailable } from "@/server/services/translation/machine-translation";
import { formatDateTime, formatNumber, formatPartialDate } from "@/ui/format";
import { forWorkbench } from "@/ui/workbench/types";
import { Workbench } from "@/ui/workbench/workbench";
import { pageText } from "@/server/pages/page-text";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const user = await pageUser("document.read");
  const [doc, annotations, candidates, labels, glossary] = await orNotFound(
    Promise.all([getDocumentFor(user, id), listDocumentAnnotations(user, id), documentCandidates(user, id), verdictLabels(user), listGlossary(user)]),
  );
  return { user, doc, annotations, candidates, labels, glossary };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageText();
  const user = await pageUser("document.read");
  const doc = await getDocumentFor(user, (await params).id).catch(() => null);
  return { title: doc?.title ?? t("errors.notFoundTitle") };
}

export default async function DocumentPage({ params }: Props) {
  const { t, intl } = await pageText();
  const { user, doc, annotations, candidates, labels, glossary } = await load((await params).id);
  const paragraphs = splitParagraphs(doc.text).map((p) => ({ utf16Start: p.utf16Start, utf16End: p.utf16End, nonContent: p.nonContent }));
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
      {doc.nonContent.length > 0 && <p className="hint">{t("document.nonContentLegend")}</p>}
      <Workbench
        key={`${doc.id}@${doc.version}`}
        documentId={doc.id}
        documentVersion={doc.version}
        text={doc.text}
        paragraphs={paragraphs}
        initialAnnotations={annotations.map(forWorkbench)}
        options={labels.map(({ key, en, id, color }) => ({ key, en, id, color }))}
        canWrite={can(user.role, "annotation.write")}
        canCorrect={can(user.role, "document.correct")}
        candidates={candidates.map(({ start, end }) => ({ start, end }))}
        glossary={glossary.map(({ id, source, target }) => ({ id, source, target }))}
        me={user.id}
        machineTranslation={machineTranslationAvailable() && can(user.role, "annotation.write")}
      />
    </>
  );
}
