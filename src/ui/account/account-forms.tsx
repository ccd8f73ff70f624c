"use client";
// Account page forms: password change, token creation (shown once), token revocation.
import { useActionState } from "react";
import { idle, type ActionState } from "@/shared/action-state";
import { FormStatus } from "../forms/form-status";
import { useT } from "../i18n";

type Action<T = undefined> = (prev: ActionState<T>, form: FormData) => Promise<ActionState<T>>;

export function PasswordForm({ action }: { action: Action }) {
  const t = useT();
  const [state, submit, pending] = useActionState(action, idle);
  return (
    <form action={submit}>
      <fieldset>
        <legend>{t("account.passwordLegend")}</legend>
        <FormStatus state={state} />
        <div className="row">
          <div className="field">
            <label htmlFor="pw-current">{t("account.current")}</label>
            <input id="pw-current" name="current" type="password" required autoComplete="current-password" aria-invalid={state.field === "current" ? true : undefined} />
          </div>
          <div className="field">
            <label htmlFor="pw-next">{t("account.next")}</label>
            <input id="pw-next" name="next" type="password" required minLength={10} autoComplete="new-password" aria-invalid={state.field === "password" ? true : undefined} />
          </div>
        </div>
        <button type="submit" disabled={pending}>
          {t("account.changePassword")}
        </button>
      </fieldset>
    </form>
  );
}

export function CreateTokenForm({ action }: { action: Action<string> }) {
  const t = useT();
  const [state, submit, pending] = useActionState(action, idle);
  return (
    <form action={submit}>
      {state.status === "ok" && state.data ? (
        <div role="status" className="alert ok">
          {state.message}
          <code className="secret" data-testid="new-token">
            {state.data}
          </code>
        </div>
      ) : (
        <FormStatus state={state} />
      )}
      <div className="row" style={{ alignItems: "flex-end" }}>
        <div className="field">
          <label htmlFor="token-name">{t("account.tokenName")}</label>
          <input id="token-name" name="name" type="text" maxLength={100} placeholder={t("account.tokenNameExample")} defaultValue={state.status === "error" ? state.values?.name : undefined} />
        </div>
        <div className="field" style={{ flex: "0 0 auto" }}>
          <button type="submit" disabled={pending}>
            {t("account.createToken")}
          </button>
        </div>
      </div>
    </form>
  );
}

export function RevokeTokenForm({ tokenId, label, action }: { tokenId: string; label: string; action: Action }) {
  const t = useT();
  const [state, submit, pending] = useActionState(action, idle);
  return (
    <form action={submit} className="inline-form">
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" className="danger" disabled={pending} aria-label={`${t("account.revoke")}: ${label}`}>
        {t("account.revoke")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}

export function LanguageForm({ current, action }: { current: string; action: Action }) {
  const t = useT();
  const [state, submit, pending] = useActionState(action, idle);
  return (
    <form action={submit}>
      <fieldset>
        <legend>{t("language.legend")}</legend>
        <FormStatus state={state} />
        <div className="row" style={{ alignItems: "flex-end" }}>
          <div className="field">
            <label htmlFor="ui-locale">{t("language.label")}</label>
            <select id="ui-locale" name="locale" defaultValue={current}>
              <option value="en" lang="en">
                {t("language.en")}
              </option>
              <option value="id" lang="id">
                {t("language.id")}
              </option>
            </select>
          </div>
          <div className="field" style={{ flex: "0 0 auto" }}>
            <button type="submit" disabled={pending}>
              {t("language.save")}
            </button>
          </div>
        </div>
      </fieldset>
    </form>
  );
}
