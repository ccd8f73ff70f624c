// Sign in. Signed-in users go straight to the documents; a fresh install goes to setup.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { sessionUser } from "@/server/auth/session-user";
import { isSetupOpen } from "@/server/services/users/create-user";
import { SignInForm } from "@/ui/auth/sign-in-form";
import { pageText } from "@/server/pages/page-text";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await pageText();
  return { title: t("signIn.title") };
}
export const dynamic = "force-dynamic";

/** Only same-site paths are followed after sign-in. */
function safeNext(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\") ? v : "/documents";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { t } = await pageText();
  if (await isSetupOpen()) redirect("/setup");
  const params = await searchParams;
  const next = safeNext(params.next);
  if (await sessionUser()) redirect(next);
  return (
    <div className="card narrow">
      <h1>{t("signIn.title")}</h1>
      <SignInForm next={next} notice={params.signedOut ? t("signIn.signedOut") : undefined} />
    </div>
  );
}
