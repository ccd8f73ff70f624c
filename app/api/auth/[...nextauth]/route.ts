// next-auth's endpoints (/api/auth/csrf, /callback/credentials, /signout, /session, ...),
// with sign-in throttling answered as HTTP 429.
import NextAuth from "next-auth/next";
import type { NextRequest } from "next/server";
import { authOptions } from "@/server/auth/auth-options";
import { answeredLocked, lockedResponse, signInKeys } from "@/server/auth/sign-in-route";

interface Context {
  params: Promise<{ nextauth: string[] }>;
}

function nextAuth(request: NextRequest, context: Context): Promise<Response> {
  return NextAuth(request, context, authOptions());
}

export async function GET(request: NextRequest, context: Context) {
  return nextAuth(request, context);
}

export async function POST(request: NextRequest, context: Context) {
  const path = (await context.params).nextauth.join("/");
  if (path !== "callback/credentials") return nextAuth(request, context);
  const keys = await signInKeys(request);
  const before = await lockedResponse(keys);
  if (before) return before;
  const response = await nextAuth(request, context);
  if (await answeredLocked(response)) return (await lockedResponse(keys)) ?? response;
  return response;
}
