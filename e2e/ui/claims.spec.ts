// Claims across articles as an editorial desk uses them: one claim highlighted in one article,
// found in two others by suggestion and linked, reviewed with four eyes, and found again on the
// dashboard with its filters.
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { adminToken, createUser, expect, randomAddress, signIn, test } from "../support/fixtures";
import { bearer, createAnnotation, dragSelect, importArticle, listAnnotations, openDocument } from "../support/workbench";

const seed = (file: string) => readFileSync(`seeds/${file}`, "utf8");

test("link one claim across three articles from suggestions, approve it as a second editor, filter the dashboard", async ({ page, browser, baseURL, request }) => {
  test.setTimeout(90_000);
  const ani = await createUser(request, "EDITOR", "ani");
  const budi = await createUser(request, "EDITOR", "budi");
  // Copies of three seed articles under an outlet of this test (the seeds stay untouched).
  const tag = `Uji${randomBytes(3).toString("hex")}`;
  const docs: Record<string, string> = {};
  for (const [key, file] of [["t", "000_2e142af25c887b67.txt"], ["n", "002_e511b38a1d6b4694.txt"], ["d", "004_d66c2287cc7aba8f.txt"]] as const) {
    const res = await request.post("/api/v1/documents", { headers: bearer(adminToken()), data: { text: `${seed(file)}\n(${tag} ${key})`, outlet: `${tag}-${key}` } });
    expect(res.status()).toBe(201);
    docs[key] = ((await res.json()) as { id: string }).id;
  }

  // Ani highlights the warning in Tempo's article and calls it true.
  await signIn(page, ani);
  await openDocument(page, docs.t!);
  await dragSelect(page, "Amerika Serikat memperingatkan Korea Utara akan menanggung konsekuensi setiap pasokan senjata Rusia yang dipergunakan di Ukraina");
  await page.getByRole("button", { name: "Annotate selection" }).click();
  const form = page.getByRole("form", { name: "New claim" });
  await form.getByLabel("English translation of exactly this span").fill("The US warned North Korea it would bear the consequences of any arms supplies to Russia used in Ukraine");
  await form.getByLabel("Verdict").selectOption("TRUE");
  await form.getByRole("button", { name: "Save claim" }).click();
  await page.getByRole("link", { name: /Open the claim/ }).click();
  await expect(page).toHaveURL(/\/claims\/[a-z0-9]+$/);
  const claimUrl = page.url();

  // Suggestions from the other two articles: the same claim in other words.
  const suggestions = page.getByTestId("suggestion");
  const fromNews = suggestions.filter({ hasText: `${tag}-n` });
  const fromDetik = suggestions.filter({ hasText: `${tag}-d` });
  await expect(fromNews).toContainText("membayar harga");
  await expect(fromDetik).toContainText("Korut akan membayar harga untuk pasokan senjata ke Rusia");
  await fromNews.getByRole("button", { name: "Link as an appearance" }).click();
  await expect(page.getByTestId("appearance")).toHaveCount(2);
  await page.getByTestId("suggestion").filter({ hasText: `${tag}-d` }).getByRole("button", { name: "Link as an appearance" }).click();
  await expect(page.getByTestId("appearance")).toHaveCount(3);
  await expect(page.getByTestId("appearance").filter({ hasText: `${tag}-d` })).toContainText("Sullivan memperingatkan Kim Jong Un");

  // Ani sends it for review, and may not approve her own verdict.
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.locator(".claim-head .state")).toHaveText("In review");
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("You set this verdict, so another editor must approve it (four eyes).");
  await expect(page.locator(".claim-head .state")).toHaveText("In review");

  // Budi approves it.
  const other = await browser.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": randomAddress() } });
  const budiPage: Page = await other.newPage();
  await signIn(budiPage, budi);
  await budiPage.goto(claimUrl);
  await budiPage.getByRole("button", { name: "Approve" }).click();
  await expect(budiPage.locator(".claim-head .state")).toHaveText("Approved");
  await expect(budiPage.locator(".claim-head")).toContainText(`Approved by ${budi.name}`);
  await expect(budiPage.getByTestId("claim-event").first()).toContainText(`approved by ${budi.name}`);
  await other.close();

  // The dashboard: filtered to approved true claims of this test's outlets, the claim is there
  // once, with its three articles.
  await page.goto("/claims");
  await page.getByLabel("True", { exact: true }).check();
  await page.getByLabel("Approved", { exact: true }).check();
  await page.getByLabel("Outlet").fill(tag);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/verdict=TRUE/);
  const rows = page.getByTestId("claim-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.locator("ul.appears li")).toHaveCount(3);
  await expect(page.locator(".verdict-chart li[data-verdict=TRUE] .bar-count")).toHaveText("1");
  // Search in English finds it; a verdict it does not have finds nothing.
  await page.goto(`/claims?outlet=${tag}&q=bear+the+consequences`);
  await expect(page.getByTestId("claim-row")).toHaveCount(1);
  await page.goto(`/claims?outlet=${tag}&verdict=FALSE`);
  await expect(page.getByTestId("claim-row")).toHaveCount(0);
  await expect(page.getByText("No claims match these filters.")).toBeVisible();
});

test("a new highlight that states a known claim is offered it; claim candidates are one key away", async ({ page, request }) => {
  const reviewer = await createUser(request, "REVIEWER");
  const first = await importArticle(request, adminToken(), ["Amerika Serikat memperingatkan Korea Utara akan menanggung konsekuensi jika memasok senjata ke Rusia."]);
  const known = await createAnnotation(request, adminToken(), first, "Amerika Serikat memperingatkan Korea Utara akan menanggung konsekuensi jika memasok senjata ke Rusia", { verdict: "TRUE" });
  // Other tests record similar claims: this one gets a summary of its own to tell it apart.
  const summary = `US warning to North Korea ${randomBytes(3).toString("hex")}`;
  const claim = (await (await request.get(`/api/v1/claims/${known.claimId}`, { headers: bearer(adminToken()) })).json()) as { version: number };
  expect((await request.patch(`/api/v1/claims/${known.claimId}`, { headers: bearer(adminToken()), data: { version: claim.version, summary } })).status()).toBe(200);
  const second = await importArticle(request, adminToken(), ["Cuaca cerah di Jakarta pada pagi hari.", "Sullivan mengatakan Korut akan membayar harga jika memasok senjata ke Rusia, kata pejabat AS."]);
  await signIn(page, reviewer);
  await openDocument(page, second.id);

  // One key annotates the next sentence likely to hold a claim (not the weather).
  await page.getByRole("article").focus();
  await page.keyboard.press("c");
  const form = page.getByRole("form", { name: "New claim" });
  await expect(form.locator("blockquote")).toHaveText("Sullivan mengatakan Korut akan membayar harga jika memasok senjata ke Rusia, kata pejabat AS.");
  const match = form.getByTestId("claim-match").filter({ hasText: summary });
  await expect(match).toContainText("True · Benar");
  await form.getByLabel("English translation of exactly this span").fill("Sullivan said North Korea will pay a price");
  await match.getByRole("button", { name: "Add as an appearance of this claim" }).click();
  await expect(page.getByRole("form", { name: "Claim", exact: true }).getByRole("status")).toContainText("Added as another appearance of the claim");
  const [added] = await listAnnotations(request, adminToken(), second.id);
  expect(added).toMatchObject({ claimId: known.claimId, verdict: "TRUE", translation: "Sullivan said North Korea will pay a price" });
});

test("the same claim recorded twice is offered for merging; an appearance can be split off again", async ({ page, request }) => {
  const editor = await createUser(request, "EDITOR");
  const a = await importArticle(request, adminToken(), ["Rusia akan menerima amunisi yang rencananya digunakan dalam perang Ukraina, kata Kirby."]);
  const b = await importArticle(request, adminToken(), ["Kirby mengatakan Rusia akan menerima amunisi yang rencananya akan digunakan militer Rusia di Ukraina."]);
  const first = await createAnnotation(request, adminToken(), a, "Rusia akan menerima amunisi yang rencananya digunakan dalam perang Ukraina", { translation: "Russia would receive ammunition for the war" });
  const second = await createAnnotation(request, adminToken(), b, "Rusia akan menerima amunisi yang rencananya akan digunakan militer Rusia di Ukraina", { translation: "Russia will receive ammunition for its army in Ukraine" });
  await signIn(page, editor);
  await page.goto(`/claims/${first.claimId}`);
  const similar = page.getByTestId("similar-claim").filter({ has: page.locator(`a[href="/claims/${second.claimId}"]`) });
  await expect(similar).toHaveCount(1);
  page.once("dialog", (d) => void d.accept());
  await similar.getByRole("button", { name: "Merge into this claim" }).click();
  await expect(page.getByTestId("appearance")).toHaveCount(2);
  await expect(page.getByTestId("claim-event").first()).toContainText("merged another claim into this one");
  expect((await request.get(`/api/v1/claims/${second.claimId}`, { headers: bearer(adminToken()) })).status()).toBe(404);

  // Split Detik's appearance off again: it becomes a claim of its own.
  await page.getByTestId("appearance").filter({ hasText: "militer Rusia" }).getByRole("button", { name: "Split off into its own claim" }).click();
  await expect(page).not.toHaveURL(new RegExp(first.claimId));
  await expect(page.getByTestId("appearance")).toHaveCount(1);
  await expect(page.getByTestId("appearance")).toContainText("militer Rusia");
  const [moved] = await listAnnotations(request, adminToken(), b.id);
  expect(moved!.claimId).not.toBe(first.claimId);
});

test("editors add an equivalent name; matching uses it at once; viewers only read the list", async ({ page, request }) => {
  const editor = await createUser(request, "EDITOR");
  const word = `Zentara${randomBytes(2).toString("hex")}`;
  const a = await importArticle(request, adminToken(), [`Badan Antariksa ${word} memperingatkan bahwa peluncuran roket ditunda sampai Oktober.`]);
  const b = await importArticle(request, adminToken(), [`BAZ memperingatkan bahwa peluncuran ditunda, kata juru bicara.`]);
  const claim = await createAnnotation(request, adminToken(), a, `Badan Antariksa ${word} memperingatkan bahwa peluncuran roket ditunda sampai Oktober`);
  const scoreOfB = async () => {
    const list = (await (await request.get(`/api/v1/claims/${claim.claimId}/suggestions`, { headers: bearer(adminToken()) })).json()) as Array<{ documentId: string; score: number }>;
    return list.find((s) => s.documentId === b.id)?.score ?? 0;
  };
  const before = await scoreOfB();

  await signIn(page, editor);
  await page.goto("/equivalences");
  await page.getByLabel("Name or phrase").fill(`Badan Antariksa ${word}`);
  await page.getByLabel("Means the same as (comma-separated)").fill("BAZ");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Added: claim matching uses it now.");
  await expect(page.getByTestId("equivalence").filter({ hasText: word })).toContainText("BAZ");
  expect(await scoreOfB()).toBeGreaterThan(before);

  const viewer = await createUser(request, "VIEWER");
  await page.context().clearCookies();
  await signIn(page, viewer);
  await page.goto("/equivalences");
  await expect(page.getByTestId("equivalence").filter({ hasText: word })).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Add", exact: true })).toHaveCount(0);
});
