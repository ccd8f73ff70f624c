// Guards for pages: who is signed in, and may they see this page? Redirects to setup while no
// user exists, to sign-in without a session, and answers 403 when the role does not allow it.
import { forbidden, redirect } from "next/navigation";
import { can, type Action } from "../../domain/auth/roles.ts";
import { sessionUser, type CurrentUser } from "../auth/session-user.ts";
import { isSetupOpen } from "../services/users/create-user.ts";

export async function pageUser(action: Action = "document.read"): Promise<CurrentUser> {
  const user = await sessionUser();
  if (!user) {
    if (await isSetupOpen()) redirect("/setup");
    redirect("/sign-in");
  }
  if (!can(user.role, action)) forbidden();
  return user;
}
