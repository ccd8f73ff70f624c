// The interface in two languages: each person chooses English or Bahasa Indonesia on the
// account page and it is remembered; dates and numbers follow the language; before signing in,
// the browser's language decides.
import { adminToken, createUser, expect, signIn, test } from "../support/fixtures";
import { chooseLanguage } from "../support/language";
import { createAnnotation, importArticle } from "../support/workbench";

test("a reviewer switches to Bahasa Indonesia: every page, numbers and dates follow, and it is remembered after signing in again", async ({ page, request }) => {
  const long = "Korea Utara ".repeat(120).trim();
  const doc = await importArticle(request, adminToken(), [long, "Sullivan memperingatkan Korea Utara."]);
  await createAnnotation(request, adminToken(), doc, "Sullivan memperingatkan Korea Utara", { verdict: "TRUE" });
  const reviewer = await createUser(request, "REVIEWER");
  await signIn(page, reviewer);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Claims" })).toBeVisible();

  await chooseLanguage(page, "id");
  const nav = page.getByRole("navigation", { name: "Utama" });
  await expect(nav.getByRole("link", { name: "Dokumen" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Klaim" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Akun Anda");

  await nav.getByRole("link", { name: "Dokumen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dokumen");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: new RegExp(doc.text.split("\n")[0]!.slice(0, 20)) }) });
  // 1,459 characters in English are 1.459 karakter in Indonesian.
  const length = [...doc.text].length;
  await expect(row).toContainText(`${new Intl.NumberFormat("id-ID").format(length)} karakter`);

  await page.goto(`/documents/${doc.id}`);
  // Verdicts in both languages, the interface's first.
  await expect(page.getByRole("list", { name: "Klaim dalam dokumen ini" }).locator(".verdict-badge")).toHaveText("Benar · True");
  const imported = page.locator("dt", { hasText: "Diimpor" }).locator("xpath=following-sibling::dd[1]");
  // An Indonesian month name, e.g. "23 Nov 2026" or "23 Agu 2026".
  await expect(imported).toHaveText(/\d{1,2} (Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des)/);

  // The server's own refusals come in Indonesian too.
  await page.goto("/account");
  await page.getByLabel("Kata sandi saat ini").fill("bukan-kata-sandinya");
  await page.locator("#pw-next").fill("kata-sandi-baru-2026");
  await page.locator("form").filter({ has: page.locator("#pw-next") }).getByRole("button").click();
  await expect(page.getByRole("alert").filter({ hasText: "Kata sandi saat ini salah." })).toBeVisible();

  // Signed out and in again: still Indonesian.
  await page.getByRole("button", { name: "Keluar" }).click();
  await page.waitForURL(/sign-in/);
  await signIn(page, reviewer);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dokumen");
  await chooseLanguage(page, "en");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Documents" })).toBeVisible();
});

test("before signing in, the browser's preferred language decides", async ({ browser, baseURL }) => {
  // The browser's language setting (Chromium sends it as Accept-Language).
  for (const [accept, title] of [
    ["id-ID", "Masuk"],
    ["en-GB", "Sign in"],
    ["fr-FR", "Sign in"],
  ] as const) {
    const context = await browser.newContext({ baseURL, locale: accept });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.locator("html")).toHaveAttribute("lang", accept.startsWith("id") ? "id" : "en");
    await context.close();
  }
});

test("API errors are in English unless the request asks for Indonesian; the code is the same", async ({ request }) => {
  const english = await request.get("/api/v1/documents/no-such-document", { headers: { Authorization: `Bearer ${adminToken()}` } });
  const indonesian = await request.get("/api/v1/documents/no-such-document", { headers: { Authorization: `Bearer ${adminToken()}`, "Accept-Language": "id-ID,id;q=0.9" } });
  expect(english.status()).toBe(404);
  expect(indonesian.status()).toBe(404);
  expect(await english.json()).toEqual({ error: { code: "not_found", message: "The document was not found." } });
  expect(await indonesian.json()).toEqual({ error: { code: "not_found", message: "Dokumen tidak ditemukan." } });
});
