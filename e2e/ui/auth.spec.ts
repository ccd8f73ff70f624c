// Signing in and out, wrong passwords, the temporary lock, disabled users, and role limits.
import { E2E } from "../support/env";
import { createUser, expect, signIn, test } from "../support/fixtures";

test("sign in and sign out", async ({ page, request }) => {
  const user = await createUser(request, "REVIEWER");
  await signIn(page, user);
  await expect(page.getByText(`Signed in as ${user.name} (Reviewer)`)).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
  await expect(page.getByRole("main").getByRole("status")).toContainText("You are signed out.");
  // The session is really gone: a protected page sends us back to sign-in.
  await page.goto("/documents");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a wrong password gets a clear message, and repeated failures a temporary lock", async ({ page, request }) => {
  const user = await createUser(request, "VIEWER");
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  for (let i = 1; i < E2E.maxFailures; i++) {
    await page.getByLabel("Password").fill(`wrong-password-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is not correct.");
  }
  await page.getByLabel("Password").fill("wrong-password-last");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-in attempts. Try again in 15 minutes.");
  // While locked, even the right password is refused, and the page still works.
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-in attempts");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a viewer is refused at the admin page", async ({ page, request }) => {
  const viewer = await createUser(request, "VIEWER");
  await signIn(page, viewer);
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await expect(page.getByText("Your role does not allow you to open this page.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add user" })).toHaveCount(0);
});

test("a disabled user is locked out at once: session and API token", async ({ browser, request }) => {
  const reviewer = await createUser(request, "REVIEWER");
  const reviewerContext = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.200.0.1" } });
  const reviewerPage = await reviewerContext.newPage();
  await signIn(reviewerPage, reviewer);

  // The reviewer makes a personal API token that works.
  await reviewerPage.goto("/account");
  await reviewerPage.getByLabel("Token name").fill("script");
  await reviewerPage.getByRole("button", { name: "Create token" }).click();
  const token = (await reviewerPage.getByTestId("new-token").textContent())?.trim() ?? "";
  const auth = { Authorization: `Bearer ${token}` };
  expect((await request.get("/api/v1/documents", { headers: auth })).status()).toBe(200);

  // An admin disables the reviewer in the admin page.
  const adminContext = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "10.200.0.2" } });
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, E2E.admin);
  await adminPage.getByRole("link", { name: "Users" }).click();
  const row = adminPage.locator(`[data-testid="user-row"][data-email="${reviewer.email}"]`);
  await row.getByRole("button", { name: `Disable: ${reviewer.email}` }).click();
  await expect(row.getByText("Disabled", { exact: true })).toBeVisible();

  // The open session stops working on the next request, and so does the token.
  await reviewerPage.goto("/documents");
  await expect(reviewerPage).toHaveURL(/\/sign-in$/);
  expect((await request.get("/api/v1/documents", { headers: auth })).status()).toBe(401);

  // Signing in again is refused with a message that says why.
  await reviewerPage.getByLabel("Email").fill(reviewer.email);
  await reviewerPage.getByLabel("Password").fill(reviewer.password);
  await reviewerPage.getByRole("button", { name: "Sign in" }).click();
  await expect(reviewerPage.getByRole("main").getByRole("alert")).toContainText("This account has been disabled.");
  await reviewerContext.close();
  await adminContext.close();
});
