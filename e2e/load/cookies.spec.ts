// The session cookie: HttpOnly and SameSite=Lax always; Secure (with the __Secure- prefix) when
// the site is served over HTTPS (NEXTAUTH_URL https://…), checked on a server of its own.
import { startRealServer, type RealServer } from "../../tests/support/real-server";
import { E2E } from "../support/env";
import { expect, test } from "../support/fixtures";

async function signInCookie(server: Pick<RealServer, "email" | "password">, baseURL: string): Promise<string> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = (csrf.headers.getSetCookie() ?? []).map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, "X-Forwarded-Proto": baseURL.startsWith("https") ? "https" : "http" },
    body: new URLSearchParams({ csrfToken, email: server.email, password: server.password, json: "true" }),
  });
  const session = res.headers.getSetCookie().find((c) => /session-token=/.test(c));
  expect(session, `no session cookie in ${res.status}`).toBeTruthy();
  return session!;
}

test("session cookies are HttpOnly and SameSite=Lax, and Secure behind HTTPS", async () => {
  test.setTimeout(240_000);
  const plain = await signInCookie(E2E.admin, E2E.baseURL);
  expect(plain).toMatch(/^next-auth\.session-token=/);
  expect(plain).toMatch(/;\s*HttpOnly/i);
  expect(plain).toMatch(/;\s*SameSite=Lax/i);
  expect(plain).not.toMatch(/;\s*Secure/i);

  const port = Number(process.env.E2E_PORT ?? 3210) + 23;
  const server = await startRealServer(port, { NEXTAUTH_URL: `https://127.0.0.1:${port}` });
  try {
    const secure = await signInCookie(server, server.baseURL);
    expect(secure).toMatch(/^__Secure-next-auth\.session-token=/);
    expect(secure).toMatch(/;\s*HttpOnly/i);
    expect(secure).toMatch(/;\s*SameSite=Lax/i);
    expect(secure).toMatch(/;\s*Secure/i);
  } finally {
    await server.stop();
  }
});
