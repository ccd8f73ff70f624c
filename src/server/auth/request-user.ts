// Who is calling an API route: a bearer token (`Authorization: Bearer srg_...`) or the
// browser session. A token of a disabled user, or a revoked token, authenticates no one.
import { AppError, unauthenticated } from "../errors.ts";
import { findApiTokenByHash, touchApiToken } from "../data/api-tokens.ts";
import { hashApiToken, looksLikeApiToken } from "./api-token-secret.ts";
import { sessionUser, type CurrentUser } from "./session-user.ts";
import { isCrossSiteWrite } from "../http/cross-site.ts";

const TOUCH_EVERY_MS = 60_000;

export async function requestUser(request: Request): Promise<CurrentUser | null> {
  const authorization = request.headers.get("authorization");
  if (authorization === null) {
    if (isCrossSiteWrite(request)) throw new AppError("forbidden", "Cross-site requests cannot change data. Use Saring's own pages or an API token.");
    return sessionUser();
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1] || !looksLikeApiToken(match[1])) return null;
  const token = await findApiTokenByHash(hashApiToken(match[1]));
  if (!token || token.revokedAt) return null;
  const user = token.user;
  if (user.disabledAt) return null;
  const now = new Date();
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await touchApiToken(token.id, now);
  }
  return user;
}

export async function requireRequestUser(request: Request): Promise<CurrentUser> {
  const user = await requestUser(request);
  if (!user) throw unauthenticated();
  return user;
}
