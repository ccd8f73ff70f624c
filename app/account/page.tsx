// Your account: interface language, password and personal API tokens.
import type { Metadata } from "next";
import { pageUser } from "@/server/pages/page-user";
import { listMyTokens } from "@/server/services/users/account";
import { CreateTokenForm, LanguageForm, PasswordForm, RevokeTokenForm } from "@/ui/account/account-forms";
import { formatDateTime } from "@/ui/format";
import { changeLocaleAction, changePasswordAction, createTokenAction, revokeTokenAction } from "./actions";
import { pageText } from "@/server/pages/page-text";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await pageText();
  return { title: t("account.title") };
}
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const { t, intl, locale } = await pageText();
  const user = await pageUser("account.manage");
  const tokens = await listMyTokens(user);
  return (
    <>
      <h1>{t("account.title")}</h1>
      <p className="lede">
        {user.name} · {user.email} · {t(`roles.${user.role}`)}
      </p>
      <LanguageForm current={locale} action={changeLocaleAction} />
      <PasswordForm action={changePasswordAction} />
      <section className="card" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">{t("account.tokensLegend")}</h2>
        <p className="hint">{t("account.tokensIntro")}</p>
        <CreateTokenForm action={createTokenAction} />
        {tokens.length === 0 ? (
          <p>{t("account.noTokens")}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t("account.colName")}</th>
                <th scope="col">{t("account.colPrefix")}</th>
                <th scope="col">{t("account.colCreated")}</th>
                <th scope="col">{t("account.colLastUsed")}</th>
                <th scope="col">{t("account.colStatus")}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((tok) => (
                <tr key={tok.id} data-testid="token-row">
                  <td>{tok.name}</td>
                  <td>
                    <code>{tok.prefix}…</code>
                  </td>
                  <td>{formatDateTime(tok.createdAt, intl)}</td>
                  <td>{tok.lastUsedAt ? formatDateTime(tok.lastUsedAt, intl) : t("account.never")}</td>
                  <td>{tok.revokedAt ? <span className="badge off">{t("account.revoked")}</span> : <RevokeTokenForm tokenId={tok.id} label={tok.name} action={revokeTokenAction} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
