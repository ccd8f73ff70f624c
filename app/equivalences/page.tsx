// The names and phrases claim matching treats as the same: built-in, and added by editors.
import type { Metadata } from "next";
import { can } from "@/domain/auth/roles";
import { pageUser } from "@/server/pages/page-user";
import { listEquivalences } from "@/server/services/claims/equivalences";
import { EquivalenceEditor } from "@/ui/claims/equivalence-editor";
import { pageText } from "@/server/pages/page-text";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await pageText();
  return { title: t("equivalences.title") };
}
export const dynamic = "force-dynamic";

export default async function EquivalencesPage() {
  const { t } = await pageText();
  const user = await pageUser("document.read");
  return (
    <>
      <h1>{t("equivalences.title")}</h1>
      <p className="hint">{t("equivalences.intro")}</p>
      <EquivalenceEditor initial={await listEquivalences(user)} canEdit={can(user.role, "document.correct")} />
    </>
  );
}
