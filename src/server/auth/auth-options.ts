// next-auth configuration: email + password sign-in, sessions in an encrypted JWT cookie.
// The cookie only names the user; every request reloads the user (session-user.ts), so
// disabling a user or changing a role takes effect at once.
import type { AuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { config } from "../config.ts";
import { authSecret } from "./auth-secret.ts";
import { clientAddress } from "./client-address.ts";
import { verifySignIn } from "./verify-sign-in.ts";

/** Error names the sign-in form understands (see app/sign-in). */
export const SIGN_IN_ERRORS = {
  invalid: "CredentialsSignin",
  locked: "TooManyAttempts",
  disabled: "AccountDisabled",
} as const;

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
});

export function authOptions(): AuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      Credentials({
        name: "Email",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const parsed = credentialsSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const result = await verifySignIn({
            ...parsed.data,
            client: clientAddress(req.headers ?? {}, config().trustProxy),
          });
          if (result.ok) return result.user;
          if (result.reason === "locked") throw new Error(SIGN_IN_ERRORS.locked);
          if (result.reason === "disabled") throw new Error(SIGN_IN_ERRORS.disabled);
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.uid = user.id;
        return token;
      },
      session({ session, token }) {
        return { ...session, uid: typeof token.uid === "string" ? token.uid : undefined };
      },
    },
  };
}
