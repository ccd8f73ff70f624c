// Authentication over HTTP: tokens (revocation, disabled owners), the sign-in lock as 429.
import { E2E } from "../support/env";
import { adminToken, createUser, expect, test } from "../support/fixtures";

test("after repeated failed sign-ins the client gets 429 with Retry-After, not a crash", async ({ request }) => {
  const user = await createUser(request, "VIEWER");
  const attempt = async (password: string) => {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    return request.post("/api/auth/callback/credentials", { form: { email: user.email, password, csrfToken, json: "true" } });
  };
  for (let i = 1; i < E2E.maxFailures; i++) {
    const res = await attempt(`nope-${i}`);
    expect(res.status()).toBe(401);
    expect(((await res.json()) as { url: string }).url).toContain("error=CredentialsSignin");
  }
  const locking = await attempt("nope-last");
  expect(locking.status()).toBe(429);
  expect(Number(locking.headers()["retry-after"])).toBeGreaterThan(0);
  const body = (await locking.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("rate_limited");
  const locked = await attempt(user.password);
  expect(locked.status()).toBe(429);
});

test("the lock is per client: another address can still sign in", async ({ request, playwright, baseURL }) => {
  const user = await createUser(request, "VIEWER");
  const attacker = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": "10.66.6.6" } });
  // Different accounts, so only the client key reaches the limit.
  for (let i = 0; i < E2E.maxFailures; i++) {
    const { csrfToken } = (await (await attacker.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await attacker.post("/api/auth/callback/credentials", { form: { email: `nobody-${i}@saring.test`, password: "x", csrfToken, json: "true" } });
  }
  const { csrfToken } = (await (await attacker.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const blocked = await attacker.post("/api/auth/callback/credentials", { form: { email: user.email, password: user.password, csrfToken, json: "true" } });
  expect(blocked.status()).toBe(429);
  await attacker.dispose();

  const { csrfToken: token2 } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const ok = await request.post("/api/auth/callback/credentials", { form: { email: user.email, password: user.password, csrfToken: token2, json: "true" } });
  expect(ok.status()).toBe(200);
  expect(((await ok.json()) as { url: string }).url).not.toContain("error=");
});

test("users API: admins create users, change roles and disable them; bad input is refused", async ({ request }) => {
  const admin = { Authorization: `Bearer ${adminToken()}` };
  const me = await request.get("/api/v1/me", { headers: admin });
  expect(((await me.json()) as { email: string }).email).toBe(E2E.admin.email);

  const dupe = await request.post("/api/v1/users", { headers: admin, data: { email: E2E.admin.email.toUpperCase(), name: "Again", role: "VIEWER", password: "long-enough-password" } });
  expect(dupe.status()).toBe(409);
  const weak = await request.post("/api/v1/users", { headers: admin, data: { email: "weak@saring.test", name: "Weak", role: "VIEWER", password: "short" } });
  expect(weak.status()).toBe(422);
  const badRole = await request.post("/api/v1/users", { headers: admin, data: { email: "root@saring.test", name: "Root", role: "ROOT", password: "long-enough-password" } });
  expect(badRole.status()).toBe(422);

  const user = await createUser(request, "EDITOR");
  const patched = await request.patch(`/api/v1/users/${user.id}`, { headers: admin, data: { role: "REVIEWER" } });
  expect(patched.status()).toBe(200);
  expect(((await patched.json()) as { role: string }).role).toBe("REVIEWER");
  const disabled = await request.patch(`/api/v1/users/${user.id}`, { headers: admin, data: { disabled: true } });
  expect(((await disabled.json()) as { disabled: boolean }).disabled).toBe(true);
  const missing = await request.patch(`/api/v1/users/nope`, { headers: admin, data: { disabled: true } });
  expect(missing.status()).toBe(404);
});
