// First run: create the first admin. Unreachable (404) once any user exists.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { translator } from "@/i18n/translate";
import { isSetupOpen } from "@/server/services/users/create-user";
import { SetupForm } from "@/ui/auth/setup-form";
import { createFirstAdminAction } from "./actions";

const t = translator("en");
export const metadata: Metadata = { title: t("setup.title") };
export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if (!(await isSetupOpen())) notFound();
  return (
    <div className="card narrow">
      <h1>{t("setup.title")}</h1>
      <p className="lede">{t("setup.intro")}</p>
      <SetupForm action={createFirstAdminAction} />
    </div>
  );
}
