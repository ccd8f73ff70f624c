// The glossary of term pairs (Indonesian → English) translators follow.
import type { Metadata } from "next";
import { can } from "@/domain/auth/roles";
import { pageUser } from "@/server/pages/page-user";
import { listGlossary } from "@/server/services/glossary/glossary";
import { GlossaryEditor } from "@/ui/glossary/glossary-editor";
import { pageText } from "@/server/pages/page-text";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await pageText();
  return { title: t("glossary.title") };
}
export const dynamic = "force-dynamic";

export default async function GlossaryPage() {
  const { t } = await pageText();
  const user = await pageUser("document.read");
  return (
    <>
      <h1>{t("glossary.title")}</h1>
      <p className="hint">{t("glossary.intro")}</p>
      <GlossaryEditor initial={await listGlossary(user)} canEdit={can(user.role, "glossary.manage")} />
    </>
  );
}
