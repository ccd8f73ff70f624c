// Opening a document: its highlights are painted by the page's own inline script as soon as the
// text is parsed, before the application's JavaScript has loaded — on the same words the
// workbench paints once it runs — and a long claim list shows its first claims until asked.
import { adminToken, createUser, expect, signIn, test } from "../support/fixtures";
import { backgroundBehind, createAnnotation, importArticle, openDocument, painted, span } from "../support/workbench";

const KIRBY = "Kirby mengatakan Korea Utara mengirimkan roket dan rudal ke Rusia tahun lalu.";
const PUTIN = "Pemimpin Kim berencana bertemu Presiden Putin 🇷🇺 bulan ini di Vladivostok.";

test("highlights are painted before the application's JavaScript runs, exactly as the workbench paints them", async ({ page, request }) => {
  const reviewer = await createUser(request, "REVIEWER");
  // Emoji flags before the claims: code points (the data) and UTF-16 (the page) differ.
  const doc = await importArticle(request, adminToken(), [`Bendera 🇰🇵 berkibar. ${KIRBY}`, PUTIN]);
  await createAnnotation(request, adminToken(), doc, "Korea Utara mengirimkan roket", { verdict: "FALSE" });
  await createAnnotation(request, adminToken(), doc, "roket dan rudal ke Rusia", { verdict: "UNPROVEN" });
  // Across the line break, into the next paragraph.
  const across = span(doc.text, "tahun lalu.");
  const res = await request.post(`/api/v1/documents/${doc.id}/annotations`, { headers: { Authorization: `Bearer ${adminToken()}` }, data: { start: across.start, end: span(doc.text, "Pemimpin Kim").end } });
  expect(res.status()).toBe(201);
  await signIn(page, reviewer);

  // Without the application's scripts: no hydration, and no script without the page's nonce.
  const refused: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.route("**/_next/static/chunks/**", (route) => (route.request().resourceType() === "script" ? route.abort() : route.continue()));
  await page.goto(`/documents/${doc.id}`);
  await expect(page.getByRole("article")).toHaveAttribute("data-painted", "3");
  const early = await painted(page);
  expect(early["saring-v-FALSE"]).toEqual(["Korea Utara mengirimkan roket"]);
  expect(early["saring-v-UNPROVEN"]).toEqual(["roket dan rudal ke Rusia"]);
  expect(early["saring-v-UNVERIFIED"]).toEqual(["tahun lalu.Pemimpin Kim"]);
  expect(early["saring-overlap"]).toEqual(["roket"]);
  await expect(page.locator(".workbench")).not.toHaveAttribute("data-interactive", "");
  expect(refused).toEqual([]);
  // On screen, in each verdict's colour (FALSE red, UNPROVEN purple); unclaimed text stays plain.
  const [r, g, b] = await backgroundBehind(page, "Korea Utara mengirimkan");
  expect(r - g, `FALSE behind its words: rgb(${r}, ${g}, ${b})`).toBeGreaterThan(40);
  const [pr, pg, pb] = await backgroundBehind(page, "dan rudal ke");
  expect(pb - pg, `UNPROVEN behind its words: rgb(${pr}, ${pg}, ${pb})`).toBeGreaterThan(40);
  const plain = await backgroundBehind(page, "Bendera");
  expect(Math.max(...plain) - Math.min(...plain), `plain text: rgb(${plain.join(", ")})`).toBeLessThan(8);

  // With them: the workbench takes over and paints the very same ranges.
  await page.unroute("**/_next/static/chunks/**");
  await openDocument(page, doc.id);
  const late = await painted(page);
  for (const name of ["saring-v-FALSE", "saring-v-UNPROVEN", "saring-v-UNVERIFIED", "saring-overlap"]) expect(late[name], name).toEqual(early[name]);
});

test("a long claim list shows its first 100 claims, the open one, and all on request", async ({ page, request }) => {
  const reviewer = await createUser(request, "REVIEWER");
  const lines = Array.from({ length: 105 }, (_, i) => `Klaim nomor ${i + 1} menyebut angka ${1000 + i}.`);
  const doc = await importArticle(request, adminToken(), lines);
  for (let i = 0; i < lines.length; i += 15) {
    await Promise.all(lines.slice(i, i + 15).map((line, k) => createAnnotation(request, adminToken(), doc, line, { translation: `Claim number ${i + k + 1}` })));
  }
  await signIn(page, reviewer);
  await openDocument(page, doc.id);
  const list = page.getByRole("list", { name: "Claims in this document" });
  await expect(list.getByRole("listitem")).toHaveCount(100);
  await expect(page.getByRole("button", { name: "Show all 105 claims (5 more)" })).toBeVisible();

  // K from nowhere opens the claim before the last: the list grows to it, and it has focus.
  await page.keyboard.press("k");
  const item = list.getByRole("button", { name: /Claim number 104\b/ });
  await expect(item).toBeFocused();
  await expect(item).toHaveAttribute("aria-current", "true");
  await expect(list.getByRole("listitem")).toHaveCount(104);

  await page.getByRole("button", { name: "Show all 105 claims (1 more)" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(105);
  await expect(page.getByRole("button", { name: /Show all/ })).toHaveCount(0);
});
