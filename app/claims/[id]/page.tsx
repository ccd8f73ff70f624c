// One claim: what it says, its verdict and support, where it appears (every document), its
// review, history and discussion, and suggestions of the same claim in other documents.
import type { Metadata } from "next";
import { Link } from "@/ui/link";
import { can } from "@/domain/auth/roles";
import { translator, type MessageKey } from "@/i18n/translate";
import { orNotFound } from "@/server/pages/or-not-found";
import { pageUser } from "@/server/pages/page-user";
import { claimComments, claimEvents, getClaim } from "@/server/services/claims/read-claims";
import { verdictLabels } from "@/server/services/claims/verdict-labels";
import { ClaimEditor } from "@/ui/claims/claim-editor";
import { ClaimHistory } from "@/ui/claims/claim-history";
import { Comments } from "@/ui/claims/comments";
import { SimilarClaims, SplitButton } from "@/ui/claims/regroup";
import { ReviewActions } from "@/ui/claims/review-actions";
import { Suggestions } from "@/ui/claims/suggestions";
import { formatDateTime, formatPartialDate } from "@/ui/format";
import { VerdictBadge } from "@/ui/workbench/verdict-badge";
import { pageText } from "@/server/pages/page-text";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const user = await pageUser("document.read");
  const [claim, events, comments, labels] = await orNotFound(Promise.all([getClaim(user, id), claimEvents(user, id), claimComments(user, id), verdictLabels(user)]));
  return { user, claim, events, comments, labels };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageText();
  const { claim } = await load((await params).id);
  return { title: claim.summary || claim.appearances[0]?.quote || t("claims.title") };
}

export default async function ClaimPage({ params }: Props) {
  const { t, intl } = await pageText();
  const { user, claim, events, comments, labels } = await load((await params).id);
  const options = labels.map(({ key, en, id, color }) => ({ key, en, id, color }));
  const canWrite = can(user.role, "annotation.write");
  return (
    <>
      <p>
        <Link href="/claims">← {t("claims.back")}</Link>
      </p>
      <h1>{claim.summary || claim.appearances[0]?.translation || t("claims.untitled")}</h1>
      <p className="claim-head">
        <VerdictBadge verdict={claim.verdict} options={options} /> <span className={`state state-${claim.reviewState}`}>{t(`claims.state_${claim.reviewState}` as MessageKey)}</span>
        {claim.verdictSetBy && <span className="hint"> · {t("claims.verdictSetBy", { name: claim.verdictSetBy.name })}</span>}
        {claim.approvedBy && claim.approvedAt && <span className="hint"> · {t("claims.approvedBy", { name: claim.approvedBy.name, date: formatDateTime(new Date(claim.approvedAt), intl) })}</span>}
      </p>
      <div className="claim-page">
        <div>
          <section aria-labelledby="appearances-title">
            <h2 id="appearances-title">{t("claims.appearances", { count: claim.appearances.length })}</h2>
            <ol className="appearance-list">
              {claim.appearances.map((a) => (
                <li key={a.annotationId} data-testid="appearance">
                  <div className="hint">
                    {a.outlet ?? t("common.none")} · {formatPartialDate(a.publishedAt, intl) ?? t("common.none")} · <Link href={`/documents/${a.documentId}#annotation-${a.annotationId}`}>{a.documentTitle}</Link>
                  </div>
                  <blockquote lang="id" className="quote">
                    {a.quote}
                  </blockquote>
                  <p lang="en">{a.translation || t("workbench.noTranslation")}</p>
                  {canWrite && claim.appearances.length > 1 && <SplitButton annotationId={a.annotationId} />}
                </li>
              ))}
            </ol>
          </section>
          {canWrite && <Suggestions claimId={claim.id} />}
          {canWrite && <SimilarClaims claimId={claim.id} options={options} />}
          <ClaimHistory events={events} options={options} t={t} intl={intl} />
        </div>
        <aside>
          <ReviewActions claim={{ id: claim.id, reviewState: claim.reviewState }} role={user.role} />
          <ClaimEditor claim={claim} options={options} canWrite={canWrite} />
          <Comments claimId={claim.id} initial={comments} canComment={can(user.role, "claim.comment")} />
        </aside>
      </div>
    </>
  );
}
