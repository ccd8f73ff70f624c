// The documents list, reading a document with its debris dimmed, and importing articles.
import { createUser, expect, signIn, test } from "../support/fixtures";

const SEED_OUTLETS = ["Bisnis.com", "Tempo", "detik"];

test("the documents list shows the five seed articles with their outlets", async ({ page, request }) => {
  const viewer = await createUser(request, "VIEWER");
  await signIn(page, viewer);
  await expect(page.getByRole("heading", { name: "Documents" })).toBeVisible();
  const rows = page.getByTestId("document-row");
  // Other tests import more documents in parallel: the seeds are the first five.
  await expect(rows.nth(4)).toBeVisible();
  const seedRows = await rows.evaluateAll((trs) => trs.slice(0, 5).map((tr) => Array.from(tr.querySelectorAll("td")).map((td) => td.textContent?.trim() ?? "")));
  expect(seedRows).toHaveLength(5);
  expect(seedRows.map((r) => r[1])).toEqual(["—", "Bisnis.com", "—", "Tempo", "detik"]);
  for (const outlet of SEED_OUTLETS) await expect(rows.filter({ hasText: outlet }).first()).toBeVisible();
  // Dates where the text gives them; lengths; no claims yet.
  expect(seedRows[1]?.[2]).toBe("Sep 6, 2023");
  expect(seedRows[4]?.[2]).toBe("Sep 8, 2023");
  for (const r of seedRows) {
    expect(r[3]).toMatch(/^[\d,]+ characters$/);
    expect(r[4]).toBe("0");
  }
});

test("a document shows its text in paragraphs with page debris dimmed", async ({ page, request }) => {
  const viewer = await createUser(request, "VIEWER");
  await signIn(page, viewer);
  await page.getByTestId("document-row").filter({ hasText: "detik" }).getByRole("link").click();
  const article = page.getByRole("article", { name: "Article text" });
  await expect(article).toBeVisible();
  const debris = article.locator("p.non-content");
  await expect(debris.filter({ hasText: "SCROLL TO CONTINUE WITH CONTENT" })).toHaveCount(1);
  await expect(debris.filter({ hasText: "Lihat juga Video" })).toHaveCount(1);
  await expect(debris.filter({ hasText: "Simak berita selengkapnya" })).toHaveCount(1);
  // Content stays content.
  const content = article.locator("p:not(.non-content)").filter({ hasText: "Kamala Harris" });
  await expect(content).toHaveCount(1);
  // Dimmed: a lighter colour than the article text, and announced as non-content.
  const [debrisColor, contentColor] = await Promise.all([
    debris.first().evaluate((el) => getComputedStyle(el).color),
    content.evaluate((el) => getComputedStyle(el).color),
  ]);
  expect(debrisColor).not.toBe(contentColor);
  await expect(debris.first()).toContainText("Page debris, not part of the article");
});

test("importing a pasted article, and the same text again, does not duplicate it", async ({ page, request }) => {
  const reviewer = await createUser(request, "REVIEWER");
  await signIn(page, reviewer);
  await page.getByRole("link", { name: "Import", exact: true }).click();
  const unique = `${Date.now()}`;
  const text = `JAKARTA - Juru bicara Kementerian Luar Negeri mengatakan pada Senin (11/9/2023) bahwa pertemuan ${unique} akan digelar pekan depan.\n\nBACA JUGA:\nPertemuan itu membahas kerja sama ekonomi.`;
  const paste = page.getByRole("group", { name: "Paste text" });
  await paste.getByLabel("Article text").fill(text);
  await paste.getByLabel("Outlet (optional: detected from the text when empty)").fill("Antara");
  await paste.getByRole("button", { name: "Import text" }).click();
  await expect(paste.getByRole("status")).toContainText("Imported “Juru bicara Kementerian Luar Negeri");
  await paste.getByRole("link", { name: "Open" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Juru bicara Kementerian Luar Negeri");
  await expect(page.locator("dl.doc-meta")).toContainText("Antara");
  await expect(page.locator("dl.doc-meta")).toContainText("Sep 11, 2023");
  await expect(page.locator("p.non-content")).toHaveText(/BACA JUGA:/);

  await page.goto("/documents/import");
  await paste.getByLabel("Article text").fill(text);
  await paste.getByRole("button", { name: "Import text" }).click();
  await expect(paste.getByRole("status")).toContainText("is already in Saring: nothing was added.");
  await page.goto("/documents");
  await expect(page.getByTestId("document-row").filter({ hasText: "Juru bicara Kementerian Luar Negeri" })).toHaveCount(1);
});

test("a binary upload is refused with a clear message and nothing is stored", async ({ page, request }) => {
  const reviewer = await createUser(request, "REVIEWER");
  await signIn(page, reviewer);
  await page.goto("/documents/import");
  const upload = page.getByRole("group", { name: "Upload files" });
  const name = `photo-${Date.now()}.txt`;
  const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
  await upload.getByLabel("Files (.txt, .md)").setInputFiles([{ name, mimeType: "text/plain", buffer: png }]);
  await upload.getByRole("button", { name: "Upload and import" }).click();
  await expect(upload.locator(".alert.error")).toContainText(name);
  await expect(upload.locator(".alert.error")).toContainText(/not text/i);
  const documents = (await (await page.request.get("/api/v1/documents")).json()) as Array<{ importFileName: string | null }>;
  expect(documents.length).toBeGreaterThanOrEqual(5);
  expect(documents.filter((d) => d.importFileName === name)).toHaveLength(0);
});

test("a viewer cannot import", async ({ page, request }) => {
  const viewer = await createUser(request, "VIEWER");
  await signIn(page, viewer);
  await expect(page.getByRole("link", { name: "Import", exact: true })).toHaveCount(0);
  const response = await page.goto("/documents/import");
  expect(response?.status()).toBe(403);
});
