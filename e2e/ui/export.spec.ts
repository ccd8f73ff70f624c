// Exporting from the UI: choose the scope and a format on the export page, download, open it.
import { readFileSync } from "node:fs";
import { readPdf } from "../../tests/support/pdf-text";
import { adminToken, createUser, expect, signIn, test } from "../support/fixtures";
import { createAnnotation, importArticle } from "../support/workbench";

test("a viewer exports one document's report from the export page and opens the download", async ({ page, request }) => {
  const viewer = await createUser(request, "VIEWER");
  const doc = await importArticle(request, adminToken(), ['"Kami akan terus menekan basis industri pertahanan Rusia," kata Sullivan.']);
  await createAnnotation(request, adminToken(), doc, "Kami akan terus menekan basis industri pertahanan Rusia", { translation: "We will keep pressing Russia's defence industrial base", verdict: "TRUE" });
  await signIn(page, viewer);
  await page.getByRole("link", { name: "Export" }).click();
  await page.getByLabel("HTML report (one file, printable)").check();
  await page.getByLabel("Documents", { exact: true }).selectOption(doc.id);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^saring-report-berita-uji-.*-\d{4}-\d{2}-\d{2}\.html$/);
  const html = readFileSync((await download.path())!, "utf8");
  await page.setContent(html);
  await expect(page.locator("mark")).toHaveText(["Kami akan terus menekan basis industri pertahanan Rusia"]);
  await expect(page.locator("table").first()).toContainText("We will keep pressing Russia's defence industrial base");
  await expect(page.getByRole("heading", { name: "Fact-check report" })).toBeVisible();
});

test("a PDF report runs as a job: progress is shown, then the file downloads and reads back", async ({ page, request }) => {
  const viewer = await createUser(request, "VIEWER");
  const doc = await importArticle(request, adminToken(), ['"Korut akan membayar harga 🚀," kata Sullivan.', "Paragraf kedua tanpa klaim."]);
  await createAnnotation(request, adminToken(), doc, "Korut akan membayar harga", { translation: "North Korea will pay a price", verdict: "FALSE" });
  await signIn(page, viewer);
  await page.goto("/export");
  await page.getByLabel("PDF report (A4, fonts included)").check();
  await page.getByLabel("Documents", { exact: true }).selectOption(doc.id);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download" }).click()]);
  await expect(page.getByRole("status").filter({ hasText: "Ready:" })).toContainText(download.suggestedFilename());
  expect(download.suggestedFilename()).toMatch(/^saring-report-berita-uji-.*-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = await readPdf(new Uint8Array(readFileSync((await download.path())!)));
  const flat = pdf.text.replace(/\s+/g, " ");
  expect(flat).toContain("Korut akan membayar harga[1] 🚀");
  expect(flat).toContain("North Korea will pay a price");
  expect(flat).toContain("False · Salah");
  await expect(page.getByRole("link", { name: "Download again" })).toHaveAttribute("href", /\/api\/v1\/exports\/[0-9a-f-]+\/file$/);
});
