// Every page passes axe-core's WCAG 2.1 A and AA rules, in English and in Bahasa Indonesia:
// signed out, as an admin (who sees every page), with the workbench's claim panel open, and the
// error pages.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { adminToken, createUser, expect, signIn, test } from "../support/fixtures";
import { chooseLanguage } from "../support/language";
import { createAnnotation, importArticle, openDocument } from "../support/workbench";

async function violations(page: Page, minPasses = 10): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  // axe ran its rules on the page (and did not, say, fail to load under the page's CSP).
  expect(result.passes.length, page.url()).toBeGreaterThan(minPasses);
  return result.violations.map((v) => `${page.url().replace(/^https?:\/\/[^/]+/, "")} ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

test("the check itself: axe reports what a page gets wrong", async ({ page }) => {
  await page.setContent('<!doctype html><html><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"><p style="color:#bbb;background:#fff">faint</p></body></html>');
  const found = await violations(page, 0);
  expect(found.map((v) => v.split(" ")[1])).toEqual(expect.arrayContaining(["html-has-lang", "image-alt", "label", "color-contrast"]));
});

for (const locale of ["en", "id"] as const) {
  test(`every page passes axe (WCAG 2.1 A, AA) in ${locale === "en" ? "English" : "Bahasa Indonesia"}`, async ({ page, request, browser, baseURL }) => {
    test.setTimeout(120_000);
    const doc = await importArticle(request, adminToken(), ['"Korea Utara akan membayar harga," kata Sullivan di Gedung Putih.', "Rusia membantah laporan itu."]);
    const a = await createAnnotation(request, adminToken(), doc, "Korea Utara akan membayar harga", { translation: "North Korea will pay a price", verdict: "TRUE", claimant: "Sullivan" });
    const found: string[] = [];

    const anonymous = await browser.newContext({ baseURL, locale: locale === "id" ? "id-ID" : "en-GB" });
    const signedOut = await anonymous.newPage();
    await signedOut.goto("/sign-in");
    await expect(signedOut.locator("html")).toHaveAttribute("lang", locale);
    found.push(...(await violations(signedOut)));
    await anonymous.close();

    const admin = await createUser(request, "ADMIN");
    await signIn(page, admin);
    await chooseLanguage(page, locale);
    for (const path of ["/documents", "/documents/import", `/documents/${doc.id}`, "/claims", `/claims/${a.claimId}`, "/export", "/glossary", "/equivalences", "/account", "/admin/users", "/admin/verdicts", "/admin/backup", "/no-such-page"]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      found.push(...(await violations(page)));
    }
    // The workbench with the claim panel open (translation, memory, glossary, provenance).
    await openDocument(page, doc.id);
    await page.getByRole("list", { name: locale === "en" ? "Claims in this document" : "Klaim dalam dokumen ini" }).getByRole("button").first().click();
    await expect(page.getByRole("form").first()).toBeVisible();
    found.push(...(await violations(page)));

    // The page a role may not open.
    const viewer = await createUser(request, "VIEWER");
    const other = await browser.newContext({ baseURL });
    const viewerPage = await other.newPage();
    await signIn(viewerPage, viewer);
    await chooseLanguage(viewerPage, locale);
    await viewerPage.goto("/admin/users");
    found.push(...(await violations(viewerPage)));
    await other.close();

    expect(found).toEqual([]);
  });
}
