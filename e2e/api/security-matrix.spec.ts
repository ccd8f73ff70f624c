// The security matrix: every API route × {anonymous, viewer, reviewer, editor, admin, disabled
// user, revoked token}, generated from the one route table (e2e/support/api-routes.ts). Signed-in
// people use the browser session cookie; the revoked token is a real token revoked on the
// account page. A route file missing from the table fails the first test.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { API_ROUTES, fill, shapeOf, templateOf, type Ids, type Role } from "../support/api-routes";
import { adminToken, createUser, expect, randomAddress, sessionRequest, test, userWithToken } from "../support/fixtures";
import { bearer } from "../support/workbench";

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? routeFiles(path) : name === "route.ts" ? [path] : [];
  });
}

test("the route table lists every method of every API route file", () => {
  const found = routeFiles("app/api/v1")
    .filter((f) => !f.includes("[...path]"))
    .flatMap((f) => [...readFileSync(f, "utf8").matchAll(/export const (GET|POST|PATCH|PUT|DELETE)\b/g)].map((m) => `${m[1]} ${templateOf(f)}`));
  const listed = API_ROUTES.map((r) => `${r.method} ${shapeOf(r.path)}`);
  expect(listed.sort()).toEqual(found.sort());
});

type Actor = { name: string; role: Role | null; send: APIRequestContext; headers: Record<string, string>; expectAuth: 401 | null };

test("every route × every kind of caller answers the documented status", async ({ request, browser, baseURL }) => {
  test.setTimeout(300_000);
  const actors: Actor[] = [{ name: "anonymous", role: null, send: request, headers: {}, expectAuth: 401 }];
  const contexts: APIRequestContext[] = [];
  for (const role of ["VIEWER", "REVIEWER", "EDITOR", "ADMIN"] as const) {
    const u = await createUser(request, role);
    const ctx = await sessionRequest(baseURL!, u.email, u.password);
    contexts.push(ctx);
    actors.push({ name: role.toLowerCase(), role, send: ctx, headers: {}, expectAuth: null });
  }
  const disabled = await createUser(request, "EDITOR");
  const disabledCtx = await sessionRequest(baseURL!, disabled.email, disabled.password);
  contexts.push(disabledCtx);
  expect((await request.patch(`/api/v1/users/${disabled.id}`, { headers: bearer(adminToken()), data: { disabled: true } })).status()).toBe(200);
  actors.push({ name: "disabled user", role: null, send: disabledCtx, headers: {}, expectAuth: 401 });

  const revoked = await userWithToken(browser, baseURL!, request, "EDITOR");
  const page = await (await browser.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": randomAddress() } })).newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(revoked.user.email);
  await page.getByLabel("Password").fill(revoked.user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/documents$/);
  await page.goto("/account");
  await page.getByRole("button", { name: "Revoke" }).first().click();
  await expect.poll(async () => (await request.get("/api/v1/me", { headers: revoked.auth })).status()).toBe(401);
  await page.context().close();
  actors.push({ name: "revoked token", role: null, send: request, headers: revoked.auth, expectAuth: 401 });

  const api = { request, token: adminToken() };
  const failures: string[] = [];
  let cells = 0;
  for (const route of API_ROUTES) {
    let shared: Ids | null = null;
    for (const actor of actors) {
      const mayChange = actor.role !== null && route.allowed.includes(actor.role) && route.method !== "GET";
      const ids: Ids = route.fixture ? (mayChange || !shared ? await route.fixture(api) : shared) : {};
      if (!mayChange) shared ??= ids;
      const url = fill(route.path, ids) + (route.query ? `?${route.query(ids)}` : "");
      const body = route.body?.(ids);
      const headers = { ...actor.headers, ...(route.contentType ? { "Content-Type": route.contentType } : {}) };
      const res = await actor.send.fetch(url, { method: route.method, headers, ...(body === undefined ? {} : { data: body }) });
      const expected = route.public ? route.ok : actor.expectAuth ?? (route.ownerOnly ? 404 : actor.role && route.allowed.includes(actor.role) ? route.ok : 403);
      cells++;
      if (res.status() !== expected) failures.push(`${route.method} ${route.path} as ${actor.name}: ${res.status()} (expected ${expected}) ${(await res.text()).slice(0, 160)}`);
      else if (expected >= 400) {
        const json = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
        if (typeof json.error?.code !== "string" || typeof json.error?.message !== "string") failures.push(`${route.method} ${route.path} as ${actor.name}: error body not in the documented shape`);
      }
    }
  }
  for (const ctx of contexts) await ctx.dispose();
  expect(failures).toEqual([]);
  expect(cells).toBe(API_ROUTES.length * 7);
});

test("a method a route does not have answers 405 in the documented shape, with Allow", async ({ request }) => {
  const byPath = new Map<string, string[]>();
  for (const r of API_ROUTES) byPath.set(r.path, [...(byPath.get(r.path) ?? []), r.method]);
  const ids: Ids = { document: "d", annotation: "a", claim: "c", step: "submit", equivalence: "e", export: "x", user: "u", glossary: "g" };
  let checked = 0;
  for (const [path, methods] of byPath) {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => !methods.includes(m))) {
      const res = await request.fetch(fill(path, ids), { method, headers: bearer(adminToken()) });
      expect(res.status(), `${method} ${path}`).toBe(405);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
      expect(res.headers()["allow"]?.split(", ").filter((m) => m !== "HEAD").sort()).toEqual([...methods].sort());
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(90);
});

test("the benchmark's floor page does not exist on a server started without a benchmark's text", async ({ request, baseURL }) => {
  const admin = await createUser(request, "ADMIN");
  const signedIn = await sessionRequest(baseURL!, admin.email, admin.password);
  for (const [who, send] of [["anonymous", request], ["admin", signedIn]] as const) {
    const res = await send.get("/opening-floor");
    expect(res.status(), who).toBe(404);
    expect(await res.text(), who).not.toContain('class="doc-text"');
  }
  await signedIn.dispose();
});
