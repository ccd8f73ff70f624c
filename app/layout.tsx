import type { Metadata } from "next";
import { translator } from "@/i18n/translate";
import { sessionUser } from "@/server/auth/session-user";
import { LocaleProvider } from "@/ui/i18n";
import { SiteHeader } from "@/ui/layout/site-header";
import "./globals.css";

const t = translator("en");

// Every page depends on who is signed in: nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: t("app.name"), template: `%s · ${t("app.name")}` },
  description: t("app.tagline"),
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await sessionUser();
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          {t("app.skipToContent")}
        </a>
        <LocaleProvider locale="en">
          <SiteHeader user={user} t={t} />
          <main id="main">{children}</main>
        </LocaleProvider>
      </body>
    </html>
  );
}
