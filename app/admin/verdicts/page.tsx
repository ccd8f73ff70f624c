// The verdict label set, edited by admins: names in English and Indonesian, colour, ClaimReview
// rating, order; labels may be added, and removed when no claim uses them.
import type { Metadata } from "next";
import { pageUser } from "@/server/pages/page-user";
import { verdictLabels } from "@/server/services/claims/verdict-labels";
import { VerdictLabelsForm } from "@/ui/admin/verdict-labels-form";
import { pageText } from "@/server/pages/page-text";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await pageText();
  return { title: t("verdicts.title") };
}
export const dynamic = "force-dynamic";

export default async function VerdictLabelsPage() {
  const { t } = await pageText();
  const me = await pageUser("settings.manage");
  return (
    <>
      <h1>{t("verdicts.title")}</h1>
      <p className="hint">{t("verdicts.intro")}</p>
      <VerdictLabelsForm initial={await verdictLabels(me)} />
    </>
  );
}
