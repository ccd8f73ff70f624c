// Admins edit the verdict label set: a new label can be used at once; a label in use cannot be
// removed; other roles cannot open the page or change labels.
import { randomBytes } from "node:crypto";
import { adminToken, createUser, expect, signIn, test } from "../support/fixtures";
import { E2E } from "../support/env";
import { bearer, importArticle, span } from "../support/workbench";

test("an admin adds a verdict label, it is used, it cannot be removed while used", async ({ page, request }) => {
  const key = `SATIRE_${randomBytes(3).toString("hex").toUpperCase()}`;
  await signIn(page, E2E.admin);
  await page.getByRole("link", { name: "Verdict labels" }).click();
  await expect(page).toHaveURL(/\/admin\/verdicts$/);
  const rows = page.getByTestId("verdict-label");
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();
  await page.getByRole("button", { name: "Add a label" }).click();
  const n = before + 1;
  await page.getByLabel(`Key of label ${n}`).fill(key);
  await page.getByLabel(`English name of label ${n}`).fill("Satire");
  await page.getByLabel(`Indonesian name of label ${n}`).fill("Satire / parodi");
  await page.getByRole("button", { name: "Save labels" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("The labels are saved.");

  // The new label is a verdict now.
  const doc = await importArticle(request, adminToken(), ["Media satire menulis bahwa Kim Jong Un menjual rudal ke Mars."]);
  const created = await request.post(`/api/v1/documents/${doc.id}/annotations`, { headers: bearer(adminToken()), data: { ...span(doc.text, "Kim Jong Un menjual rudal ke Mars"), verdict: key } });
  expect(created.status(), await created.text()).toBe(201);
  const labels = (await (await request.get("/api/v1/verdict-labels", { headers: bearer(adminToken()) })).json()) as Array<{ key: string; id: string }>;
  expect(labels.find((l) => l.key === key)).toMatchObject({ id: "Satire / parodi" });

  // Removing it while a claim uses it is refused, and nothing changes.
  await page.reload();
  await page.getByTestId("verdict-label").filter({ has: page.locator(`input[value="${key}"]`) }).getByRole("button", { name: "Remove" }).click();
  await page.getByRole("button", { name: "Save labels" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(`${key} (1 claim)`);
  const after = (await (await request.get("/api/v1/verdict-labels", { headers: bearer(adminToken()) })).json()) as Array<{ key: string }>;
  expect(after.map((l) => l.key)).toContain(key);

  // An editor may not change labels.
  const editor = await createUser(request, "EDITOR");
  const context = page.context();
  await context.clearCookies();
  await signIn(page, editor);
  const res = await page.goto("/admin/verdicts");
  expect(res?.status()).toBe(403);
});
