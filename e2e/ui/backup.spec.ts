// Backups from the UI: an admin downloads the whole instance from the Backup page; the file is a
// complete, checked backup. Other roles have no Backup page and get 403 from the API.
import { readFileSync } from "node:fs";
import { decodeBackup } from "../../src/domain/backup/backup-file";
import { adminToken, createUser, expect, signIn, test } from "../support/fixtures";
import { bearer, importArticle } from "../support/workbench";

test("an admin downloads a backup of everything from the Backup page", async ({ page, request }) => {
  const admin = await createUser(request, "ADMIN");
  const doc = await importArticle(request, adminToken(), ["Cadangan: Korut akan membayar harga 🚀."]);
  await signIn(page, admin);
  await page.getByRole("link", { name: "Backup" }).click();
  await expect(page.getByRole("heading", { name: "Backup and restore" })).toBeVisible();
  await expect(page.getByRole("row", { name: /^Document \d+$/ })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download a backup" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^saring-backup-\d{4}-\d{2}-\d{2}\.json\.gz$/);
  const backup = decodeBackup(new Uint8Array(readFileSync((await download.path())!)));
  expect(backup.tables.Document.map((d) => d.id)).toContain(doc.id);
  expect(backup.tables.User.find((u) => u.email === admin.email)?.passwordHash).toMatch(/^\$argon2id\$/);
});

test("only admins may back up: editors see no Backup page and get 403 from the API", async ({ page, request }) => {
  const editor = await createUser(request, "EDITOR");
  await signIn(page, editor);
  await expect(page.getByRole("link", { name: "Backup" })).toHaveCount(0);
  const res = await page.request.get("/api/v1/backup");
  expect(res.status()).toBe(403);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  expect((await request.get("/api/v1/backup")).status()).toBe(401);
  expect((await request.get("/api/v1/backup", { headers: bearer(adminToken()) })).headers()["content-type"]).toBe("application/gzip");
});
