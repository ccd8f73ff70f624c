// First run: create the first admin. Unreachable (404) once any user exists.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isSetupOpen } from "@/server/services/users/create-user";
import { SetupForm } from "@/ui/auth/setup-form";
import { createFirstAdminAction } from "./actions";
import { pageText } from "@/server/pages/page-text";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await pageText();
  return { title: t("setup.title") };
}
export const dynamic = "force-dynamic";

export default async function SetupPage() {
  const { t } = await pageText();
  if (!(await isSetupOpen())) notFound();
  return (
    <div className="card narrow">
      <h1>{t("setup.title")}</h1>
      <p className="lede">{t("setup.intro")}</p>
      <SetupForm action={createFirstAdminAction} />
    </div>
  );
}
