// The top bar: brand, navigation by role, who is signed in, sign out.
import { Link } from "@/ui/link";
import { can } from "@/domain/auth/roles";
import type { Translate } from "@/i18n/translate";
import type { CurrentUser } from "@/server/auth/session-user";
import { SignOutButton } from "./sign-out-button";

export function SiteHeader({ user, t }: { user: CurrentUser | null; t: Translate }) {
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/documents" className="brand">
          {t("app.name")}
        </Link>
        {user && (
          <nav className="site-nav" aria-label={t("nav.main")}>
            <ul>
              <li>
                <Link href="/documents">{t("nav.documents")}</Link>
              </li>
              <li>
                <Link href="/claims">{t("nav.claims")}</Link>
              </li>
              {can(user.role, "document.export") && (
                <li>
                  <Link href="/export">{t("nav.export")}</Link>
                </li>
              )}
              <li>
                <Link href="/glossary">{t("nav.glossary")}</Link>
              </li>
              {can(user.role, "document.import") && (
                <li>
                  <Link href="/documents/import">{t("nav.import")}</Link>
                </li>
              )}
              {can(user.role, "user.manage") && (
                <li>
                  <Link href="/admin/users">{t("nav.admin")}</Link>
                </li>
              )}
              {can(user.role, "settings.manage") && (
                <li>
                  <Link href="/admin/verdicts">{t("nav.verdicts")}</Link>
                </li>
              )}
              {can(user.role, "instance.backup") && (
                <li>
                  <Link href="/admin/backup">{t("nav.backup")}</Link>
                </li>
              )}
              <li>
                <Link href="/account">{t("nav.account")}</Link>
              </li>
            </ul>
          </nav>
        )}
        {user && (
          <div className="user-box">
            <span>{t("nav.signedInAs", { name: user.name, role: t(`roles.${user.role}`) })}</span>
            <SignOutButton />
          </div>
        )}
      </div>
    </header>
  );
}
