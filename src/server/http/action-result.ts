// Server actions answer forms with this shape. AppErrors become readable messages once here;
// anything unexpected becomes a generic message (and a log line without details of the input).
import { unauthenticated } from "../errors.ts";
import { sessionUser, type CurrentUser } from "../auth/session-user.ts";
import { authorize } from "../auth/authorize.ts";
import type { Action } from "../../domain/auth/roles.ts";
import type { ActionState } from "../../shared/action-state.ts";
import { toAppError } from "./api-handler.ts";
import { localizeServerMessage } from "../../i18n/server-messages.ts";
import { pageText } from "../pages/page-text.ts";

export type { ActionState } from "../../shared/action-state.ts";

/** The named text fields of a form, to give back when the form is refused. */
export function keptValues(form: FormData | undefined, fields: readonly string[]): Record<string, string> | undefined {
  if (!form) return undefined;
  const values: Record<string, string> = {};
  for (const f of fields) {
    const v = form.get(f);
    if (typeof v === "string") values[f] = v;
  }
  return values;
}

/**
 * Runs a form action. Errors become a readable message; the fields named in `keep` are given
 * back so that nothing the user typed is lost (React resets a form after its action).
 */
export async function runAction<T>(
  work: () => Promise<ActionState<T>>,
  keep?: { form: FormData; fields: readonly string[] },
): Promise<ActionState<T>> {
  try {
    return await work();
  } catch (err) {
    const appError = toAppError(err);
    // In the person's language; English if even that cannot be found out (e.g. the database is down).
    const locale = await pageText().then((p) => p.locale, () => "en" as const);
    const message = localizeServerMessage(appError.message, locale);
    const field = typeof appError.details?.field === "string" ? appError.details.field : undefined;
    return { status: "error", code: appError.code, message, field, values: keptValues(keep?.form, keep?.fields ?? []) };
  }
}

/**
 * The signed-in user inside a server action; throws (→ error state) when there is none, or when
 * their role may not do `action` — checked before the form is read, so a refused role hears
 * "forbidden" whatever it sent (the services check again).
 */
export async function actionUser(action?: Action): Promise<CurrentUser> {
  const user = await sessionUser();
  if (!user) throw unauthenticated();
  if (action) authorize(user, action);
  return user;
}
