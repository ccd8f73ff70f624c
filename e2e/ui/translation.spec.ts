// Translating a span with help: translation memory offers earlier translations of the same or
// similar words from other outlets' articles with a match percentage (Alt+M or Use fills the
// field); a machine draft from the configured LibreTranslate-compatible service (a local one
// here); each translation's origin is recorded and a second person reviews it; a failing or
// slow service shows a clear message and never touches what was typed.
import { randomBytes } from "node:crypto";
import { adminToken, createUser, expect, randomAddress, signIn, test } from "../support/fixtures";
import { createAnnotation, dragSelect, importArticle, listAnnotations, openDocument } from "../support/workbench";

const tag = () => randomBytes(3).toString("hex");

test("translation memory: the same quote in another outlet is offered at 100 %, a similar one at 89 %; Alt+M fills the field and the origin is saved, by keyboard alone", async ({ page, request }) => {
  // Words of their own, so that other tests' spans (same database) are never similar.
  const word = `Sinpo${tag()}`;
  const quote = `Gudang amunisi ${word} dipindahkan ke perbatasan ${word} pekan lalu`;
  const earlier = await importArticle(request, adminToken(), [`"${quote}," kata Sullivan di Gedung Putih.`]);
  await createAnnotation(request, adminToken(), earlier, quote, { translation: `The ${word} ammunition depot was moved to the ${word} border last week` });
  const similar = await importArticle(request, adminToken(), [`Gudang amunisi ${word} dipindah ke perbatasan ${word} pekan lalu, menurut AS.`]);
  await createAnnotation(request, adminToken(), similar, `Gudang amunisi ${word} dipindah ke perbatasan ${word} pekan lalu`, { translation: `Depot ${word} moved to the border` });

  const reviewer = await createUser(request, "REVIEWER");
  const doc = await importArticle(request, adminToken(), [`Menurut Sullivan, ${quote}.`]);
  await signIn(page, reviewer);
  await openDocument(page, doc.id);
  await dragSelect(page, quote);
  await page.keyboard.press("Enter");
  const form = page.getByRole("form", { name: "New claim" });
  const offers = form.getByRole("region", { name: /Translation memory/ }).getByTestId("memory-offer");
  await expect(offers).toHaveCount(2);
  await expect(offers.nth(0)).toContainText(`100 % match The ${word} ammunition depot was moved to the ${word} border last week`);
  // One word of nine differs.
  await expect(offers.nth(1)).toContainText(`89 % match Depot ${word} moved to the border`);
  await expect(offers.nth(1)).toContainText(`“Gudang amunisi ${word} dipindah ke perbatasan ${word} pekan lalu”`);

  const translation = form.getByLabel("English translation of exactly this span");
  await expect(translation).toBeFocused();
  await translation.press("Alt+m");
  await expect(translation).toHaveValue(`The ${word} ammunition depot was moved to the ${word} border last week`);
  await expect(form.getByRole("status")).toHaveText("Filled from translation memory (100 % match). Edit it as needed.");
  // Keyboard alone, focus visible: the caret stays in the translation; Ctrl+Enter saves.
  expect(await translation.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
  await translation.press("End");
  await translation.pressSequentially(" (satellite images)");
  await translation.press("Control+Enter");
  const saved = page.getByRole("form", { name: "Claim", exact: true });
  await expect(saved.getByRole("status")).toHaveText("Saved.");
  await expect(saved.getByTestId("translation-provenance")).toHaveText("Source of the translation: from translation memory · Translation not reviewed yet (You made this translation; another person reviews it.)");
  const [mine] = await listAnnotations(request, adminToken(), doc.id);
  expect(mine).toMatchObject({ translation: `The ${word} ammunition depot was moved to the ${word} border last week (satellite images)`, translationOrigin: "memory", translatedBy: { id: reviewer.id } });
  // The saved claim does not offer itself.
  await expect(saved.getByTestId("memory-offer")).toHaveCount(2);
});

test("machine draft: filled from the service, saved as machine, marked unreviewed, reviewed by a second person", async ({ browser, page, request, baseURL }) => {
  const quote = `Korea Utara akan membayar harga ${tag()}`;
  const doc = await importArticle(request, adminToken(), [`${quote}, kata Sullivan.`]);
  const ayu = await createUser(request, "REVIEWER");
  await signIn(page, ayu);
  await openDocument(page, doc.id);
  await dragSelect(page, quote);
  await page.keyboard.press("Enter");
  const form = page.getByRole("form", { name: "New claim" });
  await form.getByRole("button", { name: "Machine draft" }).click();
  const translation = form.getByLabel("English translation of exactly this span");
  await expect(translation).toHaveValue(`North Korea will pay a price ${quote.split(" ").at(-1)}`);
  await expect(form.getByRole("status")).toHaveText("Filled with a machine draft. Check it against the Indonesian before saving.");
  await form.getByRole("button", { name: "Save claim" }).click();
  const saved = page.getByRole("form", { name: "Claim", exact: true });
  await expect(saved.getByTestId("translation-provenance")).toContainText("Source of the translation: machine translation · Machine translation, not reviewed");
  await expect(saved.getByRole("button", { name: "Mark the translation reviewed" })).toHaveCount(0);

  const budi = await createUser(request, "EDITOR");
  const other = await (await browser.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": randomAddress() } })).newPage();
  await signIn(other, budi);
  await openDocument(other, doc.id);
  await other.getByRole("list", { name: "Claims in this document" }).getByRole("button").first().click();
  const claim = other.getByRole("form", { name: "Claim", exact: true });
  await claim.getByRole("button", { name: "Mark the translation reviewed" }).click();
  await expect(claim.getByRole("status")).toHaveText("Translation marked reviewed.");
  await expect(claim.getByTestId("translation-provenance")).toHaveText(`Source of the translation: machine translation · Translation reviewed by ${budi.name}`);
  const [a] = await listAnnotations(request, adminToken(), doc.id);
  expect(a).toMatchObject({ translationOrigin: "machine", translatedBy: { id: ayu.id }, translationReviewedBy: { id: budi.id } });
  await other.context().close();
});

test("a failing or slow translation service shows a clear message and leaves the typed translation alone", async ({ page, request }) => {
  const doc = await importArticle(request, adminToken(), ["[gagal] Korea Utara menolak tuduhan itu.", "[lambat] Rusia membantah laporan itu."]);
  const reviewer = await createUser(request, "REVIEWER");
  await signIn(page, reviewer);
  await openDocument(page, doc.id);
  page.on("dialog", (d) => void d.accept());
  for (const [quote, message] of [
    ["[gagal] Korea Utara menolak", /The machine draft failed: The translation service refused the request \(HTTP 500: Translation engine crashed\)\. What you typed is unchanged\./],
    ["[lambat] Rusia membantah", /The machine draft failed: The translation service did not answer within 1\.5 s\. What you typed is unchanged\./],
  ] as const) {
    await dragSelect(page, quote);
    await page.keyboard.press("Enter");
    const form = page.getByRole("form", { name: "New claim" });
    const translation = form.getByLabel("English translation of exactly this span");
    await translation.fill("My own careful translation");
    await form.getByRole("button", { name: "Machine draft" }).click();
    await expect(form.getByRole("alert")).toHaveText(message);
    await expect(translation).toHaveValue("My own careful translation");
    await page.keyboard.press("Escape");
  }
});
