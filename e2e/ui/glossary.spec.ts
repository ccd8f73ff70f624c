// The glossary while translating: the terms in a highlighted span (affixed forms too) are listed
// with their English, one keystroke inserts one, and a translation that renders a term
// differently is flagged but saves. Editors keep the glossary on its page; CSV out and in.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { adminToken, createUser, expect, signIn, test } from "../support/fixtures";
import { dragSelect, importArticle, listAnnotations, openDocument } from "../support/workbench";

test("translating with the glossary: terms listed, inserted with Alt+number, a different rendering flagged", async ({ page, request }) => {
  const reviewer = await createUser(request, "REVIEWER");
  const doc = await importArticle(request, adminToken(), ["Sullivan berbicara di Gedung Putih tentang kepemimpinan Korut pekan ini."]);
  await signIn(page, reviewer);
  await openDocument(page, doc.id);
  await dragSelect(page, "Gedung Putih tentang kepemimpinan Korut");
  await page.getByRole("button", { name: "Annotate selection" }).click();
  const form = page.getByRole("form", { name: "New claim" });
  const hints = form.getByRole("region", { name: "Glossary terms in this span" });
  await expect(hints.getByTestId("glossary-hint")).toHaveText([/Gedung Putih → White House/, /kepemimpinan → leader/, /Korut → North Korea/]);

  const translation = form.getByLabel("English translation of exactly this span");
  await translation.fill("At the");
  await translation.press("Alt+1");
  await expect(translation).toHaveValue("At the White House");
  await translation.press("End");
  await translation.pressSequentially(" about the leader of Pyongyang");
  await expect(form.getByTestId("glossary-differs")).toHaveText(["The translation does not use the glossary's “North Korea” for “Korut”."]);
  await hints.getByRole("button", { name: "Insert “North Korea” into the translation" }).click();
  await expect(translation).toHaveValue("At the White House about the leader of Pyongyang North Korea");
  await expect(form.getByTestId("glossary-differs")).toHaveCount(0);
  await translation.fill("At the White House about the leader of Pyongyang");
  await expect(form.getByTestId("glossary-differs")).toHaveCount(1);
  // Flagged, not blocked.
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByRole("form", { name: "Claim", exact: true }).getByRole("status")).toHaveText("Saved.");
  const [saved] = await listAnnotations(request, adminToken(), doc.id);
  expect(saved!.translation).toBe("At the White House about the leader of Pyongyang");
});

test("editors keep the glossary: add, remove, download and import CSV; reviewers read it", async ({ page, request }, testInfo) => {
  const editor = await createUser(request, "EDITOR");
  await signIn(page, editor);
  await page.getByRole("link", { name: "Glossary" }).click();
  await expect(page.getByRole("heading", { name: "Glossary" })).toBeVisible();
  await expect(page.getByTestId("glossary-term").filter({ hasText: "Gedung Putih" })).toContainText("White House");

  const source = `Istana Merdeka ${Date.now()}`;
  await page.getByLabel("Indonesian", { exact: true }).fill(source);
  await page.getByLabel("English", { exact: true }).fill("Merdeka Palace");
  await page.getByLabel("Note", { exact: true }).fill("<b>not bold</b>");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(`Added: ${source}.`);
  await expect(page.getByTestId("glossary-term").filter({ hasText: source })).toContainText("<b>not bold</b>");
  await page.getByLabel("Indonesian", { exact: true }).fill(source.toLowerCase());
  await page.getByLabel("English", { exact: true }).fill("Other");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "is in the glossary already" })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the glossary (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe("saring-glossary.csv");
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv).toContain(`"${source}","Merdeka Palace","<b>not bold</b>"`);

  mkdirSync(testInfo.outputDir, { recursive: true });
  const file = join(testInfo.outputDir, "terms.csv");
  const imported = `Wakil Presiden ${Date.now()}`;
  writeFileSync(file, `source,target,note\n${imported},Vice President,\n${source},Ignored,\n`);
  await page.getByLabel("Import terms from CSV (columns source, target, note)").setInputFiles(file);
  await expect(page.getByRole("status")).toHaveText("Imported: 1 added, 1 already there.");
  await expect(page.getByTestId("glossary-term").filter({ hasText: imported })).toContainText("Vice President");

  await page.getByRole("button", { name: `Remove ${source}` }).click();
  await expect(page.getByRole("status")).toHaveText(`Removed: ${source}.`);
  await expect(page.getByTestId("glossary-term").filter({ hasText: source })).toHaveCount(0);

  // Reviewers read it and cannot change it.
  const reviewer = await createUser(request, "REVIEWER");
  await page.context().clearCookies();
  await signIn(page, reviewer);
  await page.goto("/glossary");
  await expect(page.getByTestId("glossary-term").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Add", exact: true })).toHaveCount(0);
});
