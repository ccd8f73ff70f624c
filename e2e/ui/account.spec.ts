// The account page: change the password; create, use and revoke a personal API token.
import { createUser, expect, signIn, test } from "../support/fixtures";

test("changing the password: the old one stops working, the new one works", async ({ page, request }) => {
  const user = await createUser(request, "VIEWER");
  await signIn(page, user);
  await page.getByRole("link", { name: "Account" }).click();
  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password").fill("a-brand-new-passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("The current password is not correct.");

  // A refused form keeps nothing of the passwords typed: both are entered again.
  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("New password").fill("a-brand-new-passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("group", { name: "Change password" }).getByRole("status")).toContainText("Your password was changed.");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("The email or password is not correct.");
  await signIn(page, { email: user.email, password: "a-brand-new-passphrase" });
});

test("an API token is shown once, works, and stops working when revoked", async ({ page, request }) => {
  const user = await createUser(request, "REVIEWER");
  await signIn(page, user);
  await page.goto("/account");
  await page.getByLabel("Token name").fill("nightly export");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())?.trim() ?? "";
  expect(token).toMatch(/^srg_/);
  const auth = { Authorization: `Bearer ${token}` };
  const me = await request.get("/api/v1/me", { headers: auth });
  expect(((await me.json()) as { email: string }).email).toBe(user.email);

  // After a reload the secret is gone from the page; only its prefix is listed.
  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  const row = page.getByTestId("token-row").filter({ hasText: "nightly export" });
  await expect(row).toContainText(token.slice(0, 10));
  await expect(page.locator("body")).not.toContainText(token);

  await row.getByRole("button", { name: "Revoke: nightly export" }).click();
  await expect(row).toContainText("Revoked");
  expect((await request.get("/api/v1/me", { headers: auth })).status()).toBe(401);
});
