import type { Metadata } from "next";
import { pageText } from "@/server/pages/page-text";
import { LocaleProvider } from "@/ui/i18n";
import { SiteHeader } from "@/ui/layout/site-header";
import "./globals.css";

// Every page depends on who is signed in: nothing is prerendered at build time.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await pageText();
  return { title: { default: t("app.name"), template: `%s · ${t("app.name")}` }, description: t("app.tagline") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { user, t, locale } = await pageText();
  return (
    <html lang={locale}>
      <body>
        <a href="#main" className="skip-link">
          {t("app.skipToContent")}
        </a>
        <LocaleProvider locale={locale}>
          <SiteHeader user={user} t={t} />
          <main id="main">{children}</main>
        </LocaleProvider>
      </body>
    </html>
  );
}
