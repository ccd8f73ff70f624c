// The signed-in user of a page, server action or route, reloaded from the database on every
// request: a disabled or deleted user has no session, whatever the cookie says.
import { getServerSession } from "next-auth/next";
import type { UserRecord } from "../data/users.ts";
import { findUserById } from "../data/users.ts";
import { authOptions } from "./auth-options.ts";

export type CurrentUser = UserRecord;

export async function sessionUser(): Promise<CurrentUser | null> {
  const session = (await getServerSession(authOptions())) as { uid?: string } | null;
  if (!session?.uid) return null;
  const user = await findUserById(session.uid);
  if (!user || user.disabledAt) return null;
  return user;
}
