"use client";
// The admin page's forms: add a user; per user, change the role and disable/enable.
import { useActionState } from "react";
import { idle, type ActionState } from "@/shared/action-state";
import { FormStatus } from "../forms/form-status";
import { useT } from "../i18n";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;
const ROLES = ["ADMIN", "EDITOR", "REVIEWER", "VIEWER"] as const;

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: (typeof ROLES)[number];
  disabled: boolean;
  isSelf: boolean;
}

export function CreateUserForm({ action }: { action: Action }) {
  const t = useT();
  const [state, submit, pending] = useActionState(action, idle);
  return (
    <form action={submit}>
      <fieldset>
        <legend>{t("admin.createLegend")}</legend>
        <FormStatus state={state} />
        <div className="row">
          <div className="field">
            <label htmlFor="new-name">{t("admin.name")}</label>
            <input id="new-name" name="name" type="text" required maxLength={120} defaultValue={state.values?.name} />
          </div>
          <div className="field">
            <label htmlFor="new-email">{t("admin.email")}</label>
            <input id="new-email" name="email" type="email" required autoComplete="off" defaultValue={state.values?.email} />
          </div>
          <div className="field">
            <label htmlFor="new-role">{t("admin.role")}</label>
            <select id="new-role" name="role" defaultValue={state.values?.role ?? "REVIEWER"}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="new-password">{t("admin.password")}</label>
            <input id="new-password" name="password" type="password" required minLength={10} autoComplete="new-password" aria-invalid={state.field === "password" ? true : undefined} />
          </div>
        </div>
        <button type="submit" disabled={pending}>
          {t("admin.create")}
        </button>
      </fieldset>
    </form>
  );
}

function RoleForm({ user, action }: { user: UserRow; action: Action }) {
  const t = useT();
  const [state, submit, pending] = useActionState(action, idle);
  return (
    <form action={submit} className="inline-form">
      <input type="hidden" name="userId" value={user.id} />
      <label className="visually-hidden" htmlFor={`role-${user.id}`}>
        {t("admin.role")} {user.email}
      </label>
      <select id={`role-${user.id}`} name="role" defaultValue={user.role}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="secondary" disabled={pending} aria-label={`${t("admin.changeRole")}: ${user.email}`}>
        {t("admin.changeRole")}
      </button>
      <FormStatus state={state} />
    </form>
  );
}

function DisableForm({ user, action }: { user: UserRow; action: Action }) {
  const t = useT();
  const [state, submit, pending] = useActionState(action, idle);
  const label = user.disabled ? t("admin.enable") : t("admin.disable");
  return (
    <form action={submit} className="inline-form">
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
      <button type="submit" className={user.disabled ? "secondary" : "danger"} disabled={pending || user.isSelf} aria-label={`${label}: ${user.email}`}>
        {label}
      </button>
      <FormStatus state={state} />
    </form>
  );
}

export function UserTable({ users, roleAction, disableAction }: { users: UserRow[]; roleAction: Action; disableAction: Action }) {
  const t = useT();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t("admin.name")}</th>
          <th scope="col">{t("admin.email")}</th>
          <th scope="col">{t("admin.role")}</th>
          <th scope="col">{t("admin.status")}</th>
          <th scope="col">{t("admin.actions")}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((u) => (
          <tr key={u.id} data-testid="user-row" data-email={u.email}>
            <td>
              {u.name} {u.isSelf && <span className="hint">{t("admin.you")}</span>}
            </td>
            <td>{u.email}</td>
            <td>{t(`roles.${u.role}`)}</td>
            <td>
              <span className={u.disabled ? "badge off" : "badge"}>{u.disabled ? t("admin.disabled") : t("admin.active")}</span>
            </td>
            <td>
              <RoleForm user={u} action={roleAction} /> <DisableForm user={u} action={disableAction} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
