// The server-action matrix: every server action × {anonymous, viewer, reviewer, editor, admin,
// disabled user, API token without a session}, generated from one table
// (e2e/support/server-actions.ts), called as React's forms call them. Then CSRF: actions,
// plain form posts and cookie-authenticated API writes sent from another site are refused and
// change nothing; a real attacker page in Chromium gets the same.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { action, callAction, SERVER_ACTIONS, type Caller } from "../support/server-actions";
import { adminToken, createUser, expect, randomAddress, sessionRequest, signIn, test, type Role } from "../support/fixtures";
import { bearer } from "../support/workbench";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" || name === "generated" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

test("the table lists every exported action of every \"use server\" file", () => {
  const found = [...sourceFiles("app"), ...sourceFiles("src")]
    .filter((f) => /^\s*(\/\/.*\n\s*)*["']use server["']/.test(readFileSync(f, "utf8")))
    .flatMap((f) => [...readFileSync(f, "utf8").matchAll(/export (?:async function|const) (\w+)/g)].map((m) => `${f} ${m[1]}`));
  expect(found.length).toBeGreaterThan(0);
  expect(SERVER_ACTIONS.map((a) => `${a.file} ${a.name}`).sort()).toEqual(found.sort());
  // And each is in this build, so the matrix calls the real thing.
  for (const a of SERVER_ACTIONS) expect(action(a.name).id).toMatch(/^[0-9a-f]{40,}$/);
});

interface Actor extends Caller {
  name: string;
  role: Role | null;
  headers: Record<string, string>;
}

test("every server action × every kind of caller answers the documented outcome", async ({ request, baseURL }) => {
  test.setTimeout(240_000);
  const contexts: APIRequestContext[] = [];
  const signedIn = async (role: Role) => {
    const u = await createUser(request, role);
    const ctx = await sessionRequest(baseURL!, u.email, u.password);
    contexts.push(ctx);
    return { user: u, ctx };
  };
  const actors: Actor[] = [{ name: "anonymous", role: null, send: request, password: "x", headers: {} }];
  for (const role of ["VIEWER", "REVIEWER", "EDITOR", "ADMIN"] as const) {
    const { user, ctx } = await signedIn(role);
    actors.push({ name: role.toLowerCase(), role, send: ctx, password: user.password, headers: {} });
  }
  const disabled = await signedIn("EDITOR");
  expect((await request.patch(`/api/v1/users/${disabled.user.id}`, { headers: bearer(adminToken()), data: { disabled: true } })).status()).toBe(200);
  actors.push({ name: "disabled user", role: null, send: disabled.ctx, password: disabled.user.password, headers: {} });
  // A valid admin API token: tokens are for the API; actions answer sessions only.
  actors.push({ name: "API token without session", role: null, send: request, password: "x", headers: bearer(adminToken()) });

  const failures: string[] = [];
  let cells = 0;
  for (const spec of SERVER_ACTIONS) {
    const target = action(spec.name);
    for (const actor of actors) {
      const form = await spec.form(actor, request);
      const answer = await callAction(actor.send, target, form, actor.headers);
      const expected = spec.everyone?.code ?? (actor.role === null ? "unauthenticated" : spec.allowed.includes(actor.role) ? "ok" : "forbidden");
      const got = answer.status === "ok" ? "ok" : answer.code;
      cells++;
      if (answer.httpStatus !== 200 || got !== expected) {
        failures.push(`${spec.name} as ${actor.name}: HTTP ${answer.httpStatus}, ${got ?? "no state"} (expected ${expected}) ${answer.message ?? answer.raw.slice(0, 160)}`);
      } else if (expected !== "ok" && !answer.message) {
        failures.push(`${spec.name} as ${actor.name}: refused without a readable message`);
      }
    }
  }
  for (const ctx of contexts) await ctx.dispose();
  expect(failures).toEqual([]);
  expect(cells).toBe(SERVER_ACTIONS.length * 7);
});

test("the role is checked before the form: an empty form is 'forbidden' for a role that may not act, 'validation_failed' for one that may", async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const failures: string[] = [];
  const contexts: APIRequestContext[] = [];
  for (const role of ["VIEWER", "REVIEWER", "EDITOR", "ADMIN"] as const) {
    const u = await createUser(request, role);
    const ctx = await sessionRequest(baseURL!, u.email, u.password);
    contexts.push(ctx);
    for (const spec of SERVER_ACTIONS) {
      const answer = await callAction(ctx, action(spec.name), {});
      const expected = spec.everyone?.code ?? (spec.allowed.includes(role) ? "validation_failed" : "forbidden");
      if (answer.code !== expected) failures.push(`${spec.name} as ${role}: ${answer.status}/${answer.code} (expected ${expected}) ${answer.message ?? ""}`);
    }
  }
  for (const ctx of contexts) await ctx.dispose();
  expect(failures).toEqual([]);
});

test("object level: an action cannot revoke another person's token, not even an admin's action", async ({ request, baseURL }) => {
  const owner = await createUser(request, "REVIEWER");
  const ownerCtx = await sessionRequest(baseURL!, owner.email, owner.password);
  expect((await callAction(ownerCtx, action("createTokenAction"), { name: "mine" })).status).toBe("ok");
  const html = await (await ownerCtx.get("/account")).text();
  const tokenId = /name="tokenId" value="([^"]+)"/.exec(html)?.[1];
  expect(tokenId).toBeTruthy();
  const admin = await createUser(request, "ADMIN");
  const adminCtx = await sessionRequest(baseURL!, admin.email, admin.password);
  const answer = await callAction(adminCtx, action("revokeTokenAction"), { tokenId: tokenId! });
  expect(answer.code).toBe("not_found");
  // Still there and not revoked on its owner's page.
  expect(await (await ownerCtx.get("/account")).text()).toContain(`value="${tokenId}"`);
  await ownerCtx.dispose();
  await adminCtx.dispose();
});

test.describe("CSRF", () => {
  async function adminSession(request: APIRequestContext, baseURL: string) {
    const admin = await createUser(request, "ADMIN");
    return sessionRequest(baseURL, admin.email, admin.password);
  }

  async function userExists(request: APIRequestContext, email: string): Promise<boolean> {
    const users = (await (await request.get("/api/v1/users", { headers: bearer(adminToken()) })).json()) as { email: string }[];
    return users.some((u) => u.email === email);
  }

  test("a server action sent from another site is refused (403) and changes nothing; the same from this site works", async ({ request, baseURL }) => {
    const ctx = await adminSession(request, baseURL!);
    const target = action("createUserAction");
    const form = (email: string) => ({ name: "CSRF", email, role: "ADMIN", password: "kata-sandi-csrf-2026" });
    const attempts: Record<string, string>[] = [
      { Origin: "http://evil.example" },
      { Origin: "http://127.0.0.1:9" },
      { Origin: "null" },
      { "Sec-Fetch-Site": "cross-site" },
      { "Sec-Fetch-Site": "same-site", Origin: baseURL! },
    ];
    for (const headers of attempts) {
      const email = `csrf-${randomAddress()}@saring.test`;
      const answer = await callAction(ctx, target, form(email), headers);
      expect(answer.httpStatus, JSON.stringify(headers)).toBe(403);
      expect(answer.raw).toContain("Saring's own pages");
      expect(await userExists(request, email)).toBe(false);
    }
    const email = `same-site-${randomAddress()}@saring.test`;
    const ok = await callAction(ctx, target, form(email), { Origin: baseURL!, "Sec-Fetch-Site": "same-origin" });
    expect(ok.status).toBe("ok");
    expect(await userExists(request, email)).toBe(true);
    await ctx.dispose();
  });

  test("cookie-authenticated API writes from another site are refused; API tokens are not ambient and work from anywhere", async ({ request, baseURL }) => {
    const ctx = await adminSession(request, baseURL!);
    const source = `Istilah CSRF ${randomAddress()}`;
    const refused = await ctx.post("/api/v1/glossary", { data: { source, target: "CSRF term" }, headers: { Origin: "http://evil.example" } });
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    const list = await (await request.get(`/api/v1/glossary`, { headers: bearer(adminToken()) })).text();
    expect(list).not.toContain(source);
    const withToken = await request.post("/api/v1/glossary", { data: { source, target: "CSRF term" }, headers: { ...bearer(adminToken()), Origin: "http://evil.example" } });
    expect(withToken.status()).toBe(201);
    await ctx.dispose();
  });

  test("in Chromium, a signed-in editor who opens an attacker's page does not import its document", async ({ page, request, baseURL }) => {
    const editor = await createUser(request, "EDITOR");
    await signIn(page, editor);
    const marker = `Artikel palsu ${randomAddress()}`;
    // The attacker's page, on another origin, posts a form to Saring's import page on load.
    await page.route("http://attacker.test/**", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><form id="f" method="post" action="${baseURL}/documents/import">
          <input name="$ACTION_ID_${action("importPastedAction").id}" value="">
          <input name="title" value="${marker}"><input name="text" value="${marker} tentang Korea Utara.">
        </form><script>document.getElementById("f").submit()</script>`,
      }),
    );
    const answered = page.waitForResponse((r) => r.url().startsWith(`${baseURL}/documents/import`) && r.request().method() === "POST");
    await page.goto("http://attacker.test/");
    const response = await answered;
    expect(response.status()).toBe(403);
    const docs = await (await request.get("/api/v1/documents", { headers: bearer(adminToken()) })).text();
    expect(docs).not.toContain(marker);
  });
});
