// Server actions answer forms with this shape. AppErrors become readable messages once here;
// anything unexpected becomes a generic message (and a log line without details of the input).
import { unauthenticated } from "../errors.ts";
import { sessionUser, type CurrentUser } from "../auth/session-user.ts";
import type { ActionState } from "../../shared/action-state.ts";
import { toAppError } from "./api-handler.ts";

export type { ActionState } from "../../shared/action-state.ts";

export async function runAction<T>(work: () => Promise<ActionState<T>>): Promise<ActionState<T>> {
  try {
    return await work();
  } catch (err) {
    const appError = toAppError(err);
    const field = typeof appError.details?.field === "string" ? appError.details.field : undefined;
    return { status: "error", message: appError.message, field };
  }
}

/** The signed-in user inside a server action; throws (→ error state) when there is none. */
export async function actionUser(): Promise<CurrentUser> {
  const user = await sessionUser();
  if (!user) throw unauthenticated();
  return user;
}
