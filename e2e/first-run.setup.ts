// First run, as a new user meets it: no account exists, so Saring offers the one-time setup
// page; the first admin is created there, signs in, and makes an API token (kept for the
// other tests). Once a user exists, setup is gone.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { E2E } from "./support/env";
import { expect, test } from "./support/fixtures";

test("first-run admin setup, then setup is unreachable", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Set up Saring" })).toBeVisible();

  await page.getByLabel("Your name").fill(E2E.admin.name);
  await page.getByLabel("Email").fill(E2E.admin.email);
  // A too-short password is refused with a readable message first.
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Password", { exact: true }).evaluate((el) => el.removeAttribute("minlength"));
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("at least 10 characters");

  await page.getByLabel("Password", { exact: true }).fill(E2E.admin.password);
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("The admin account is ready");

  // Setup is now closed for everyone.
  const again = await page.goto("/setup");
  expect(again?.status()).toBe(404);

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(E2E.admin.email);
  await page.getByLabel("Password").fill(E2E.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/documents$/);
  await expect(page.getByText(`Signed in as ${E2E.admin.name} (Admin)`)).toBeVisible();

  // An API token for the rest of the suite, made the way a user makes one.
  await page.getByRole("link", { name: "Account" }).click();
  await page.getByLabel("Token name").fill("e2e suite");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^srg_[A-Za-z0-9_-]{43}$/);
  mkdirSync(dirname(E2E.adminFile), { recursive: true });
  writeFileSync(E2E.adminFile, JSON.stringify({ token }));
});
