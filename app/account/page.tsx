// Your account: password and personal API tokens.
import type { Metadata } from "next";
import { translator } from "@/i18n/translate";
import { pageUser } from "@/server/pages/page-user";
import { listMyTokens } from "@/server/services/users/account";
import { CreateTokenForm, PasswordForm, RevokeTokenForm } from "@/ui/account/account-forms";
import { formatDateTime } from "@/ui/format";
import { changePasswordAction, createTokenAction, revokeTokenAction } from "./actions";

const t = translator("en");
export const metadata: Metadata = { title: t("account.title") };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await pageUser("account.manage");
  const tokens = await listMyTokens(user);
  return (
    <>
      <h1>{t("account.title")}</h1>
      <p className="lede">
        {user.name} · {user.email} · {t(`roles.${user.role}`)}
      </p>
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
                  <td>{formatDateTime(tok.createdAt)}</td>
                  <td>{tok.lastUsedAt ? formatDateTime(tok.lastUsedAt) : t("account.never")}</td>
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
