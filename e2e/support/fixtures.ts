// Test fixtures: every test gets its own client address (so sign-in throttling never spills
// between tests), an admin API client, and helpers to make users and sign them in.
import { test as base, expect, request as playwrightRequest, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { E2E } from "./env";

export type Role = "ADMIN" | "EDITOR" | "REVIEWER" | "VIEWER";
export interface TestUser {
  id: string;
  email: string;
  name: string;
  password: string;
  role: Role;
}

export function adminToken(): string {
  return (JSON.parse(readFileSync(E2E.adminFile, "utf8")) as { token: string }).token;
}

export function randomAddress(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

export function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(4).toString("hex")}@saring.test`;
}

export async function createUser(request: APIRequestContext, role: Role, label = role.toLowerCase()): Promise<TestUser> {
  const user = { email: uniqueEmail(label), name: `${label} ${randomBytes(2).toString("hex")}`, password: `kata-sandi-${randomBytes(6).toString("hex")}`, role };
  const res = await request.post("/api/v1/users", { data: user, headers: { Authorization: `Bearer ${adminToken()}` } });
  expect(res.status(), await res.text()).toBe(201);
  const body = (await res.json()) as { id: string };
  return { ...user, id: body.id };
}

export async function signIn(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/documents$/);
}

export const test = base.extend<{ clientAddress: string }>({
  clientAddress: async ({}, use) => {
    await use(randomAddress());
  },
  extraHTTPHeaders: async ({ clientAddress }, use) => {
    await use({ "X-Forwarded-For": clientAddress });
  },
});

export { expect };

/** A new user with an API token of their own, made on the account page as a person makes one. */
export async function userWithToken(browser: Browser, baseURL: string, request: APIRequestContext, role: Role): Promise<{ user: TestUser; token: string; auth: { Authorization: string } }> {
  const user = await createUser(request, role);
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": randomAddress() } });
  const page = await context.newPage();
  await signIn(page, user);
  await page.goto("/account");
  await page.getByLabel("Token name").fill("api test");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  await context.close();
  expect(token).toMatch(/^srg_/);
  return { user, token, auth: { Authorization: `Bearer ${token}` } };
}

/** An API client signed in with the browser session cookie (as a browser signs in). */
export async function sessionRequest(baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": randomAddress() } });
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await ctx.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" } });
  expect(res.status()).toBeLessThan(400);
  expect((await ctx.get("/api/v1/me")).status()).toBe(200);
  return ctx;
}
