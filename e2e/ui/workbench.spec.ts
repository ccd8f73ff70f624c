// The annotation workbench as reviewers use it: highlighting claims with the mouse and the
// keyboard, recording translation, verdict, claimant, rationale and evidence, overlapping
// highlights, editing, history, two people on one claim, viewers, and text corrections.
import { adminToken, createUser, expect, randomAddress, signIn, test } from "../support/fixtures";
import { caretAt, createAnnotation, dragSelect, importArticle, listAnnotations, openDocument, painted, pointAt, span } from "../support/workbench";

const SULLIVAN = '"Kami akan terus menekan basis industri pertahanan Rusia," kata Sullivan kepada wartawan di Gedung Putih.';
const KIRBY = "Kirby mengatakan Korea Utara mengirimkan roket dan rudal ke Rusia tahun lalu.";
const PUTIN = "Pemimpin Kim berencana bertemu Presiden Putin 🇷🇺 bulan ini di Vladivostok.";

test("a reviewer highlights a claim with the mouse and records it; after a reload it is on the same words", async ({ page, request }) => {
  const reviewer = await createUser(request, "REVIEWER");
  // An emoji flag before the claim: code points and UTF-16 units differ from there on.
  const doc = await importArticle(request, adminToken(), [`Bendera 🇰🇵 berkibar. ${KIRBY}`, SULLIVAN]);
  await signIn(page, reviewer);
  await openDocument(page, doc.id);

  // The mouse stops one letter short of "Rusia": the selection takes whole words.
  await dragSelect(page, "Korea Utara mengirimkan roket dan rudal ke Rusi");
  await expect(page.locator(".selection-bar .hint")).toContainText("Korea Utara mengirimkan roket dan rudal ke Rusia");
  await page.getByRole("button", { name: "Annotate selection" }).click();

  const form = page.getByRole("form", { name: "New claim" });
  await expect(form.locator("blockquote")).toHaveText("Korea Utara mengirimkan roket dan rudal ke Rusia");
  await expect(form.getByLabel("English translation of exactly this span")).toBeFocused();
  await form.getByLabel("English translation of exactly this span").fill("North Korea sent rockets and missiles to Russia");
  await form.getByLabel("Verdict").selectOption("UNPROVEN");
  // The speaker next to the span is offered.
  await form.getByRole("group", { name: "Speakers found next to the span" }).getByRole("button", { name: "Kirby" }).click();
  await expect(form.getByLabel("Claimant (who makes the claim)")).toHaveValue("Kirby");
  await form.getByLabel("Rationale (English)").fill("No public evidence of the shipments was offered.");
  await form.getByRole("button", { name: "Add a source" }).click();
  const source = form.getByRole("group", { name: "Source 1" });
  await source.getByLabel("URL").fill("https://example.org/briefing");
  await source.getByLabel("Title").fill("White House briefing");
  await source.getByLabel("Quoted passage").fill("We have information that North Korea delivered rockets.");
  await source.getByLabel("Stance").selectOption("supports");
  await source.getByLabel("Date accessed").fill("2023-09-07");
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByRole("form", { name: "Claim", exact: true }).getByRole("status")).toHaveText("Saved.");

  // Stored in code points of the stored text, with the quote, context and everything typed.
  const [saved] = await listAnnotations(request, adminToken(), doc.id);
  expect(saved).toMatchObject({
    ...span(doc.text, "Korea Utara mengirimkan roket dan rudal ke Rusia"),
    quote: "Korea Utara mengirimkan roket dan rudal ke Rusia",
    translation: "North Korea sent rockets and missiles to Russia",
    verdict: "UNPROVEN",
    claimant: "Kirby",
    rationale: "No public evidence of the shipments was offered.",
    evidence: [{ url: "https://example.org/briefing", title: "White House briefing", quote: "We have information that North Korea delivered rockets.", stance: "supports", accessedAt: "2023-09-07" }],
    createdBy: { id: reviewer.id },
  });
  expect(saved!.prefix.endsWith("Kirby mengatakan ")).toBe(true);

  // After a reload: painted on exactly those words, listed with its translation and verdict.
  await page.reload();
  await openDocument(page, doc.id);
  expect((await painted(page))["saring-v-UNPROVEN"]).toEqual(["Korea Utara mengirimkan roket dan rudal ke Rusia"]);
  const item = page.getByRole("list", { name: "Claims in this document" }).getByRole("button");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("Korea Utara mengirimkan roket dan rudal ke Rusia");
  await expect(item).toContainText("North Korea sent rockets and missiles to Russia");
  await expect(item).toContainText("Unproven · Tidak terbukti");
  // Hovering shows the English translation.
  await pointAt(page, "mengirimkan");
  await expect(page.getByRole("tooltip")).toContainText("North Korea sent rockets and missiles to Russia");
  // Clicking the claim in the list opens it.
  await item.click();
  await expect(page.getByRole("form", { name: "Claim", exact: true }).getByLabel("Rationale (English)")).toHaveValue("No public evidence of the shipments was offered.");
});

test("the keyboard alone: caret, sentence shortcut, Shift+arrows, next/previous claim, verdict and translation keys", async ({ page, request }) => {
  const reviewer = await createUser(request, "REVIEWER");
  const doc = await importArticle(request, adminToken(), [SULLIVAN, KIRBY]);
  await signIn(page, reviewer);
  await openDocument(page, doc.id);

  const article = page.getByRole("article");
  await article.focus();
  await page.keyboard.press("ArrowRight"); // a caret at the start of the text
  await page.keyboard.press("ArrowDown"); // the next line: Sullivan's paragraph
  await page.keyboard.press("s"); // the sentence around the caret
  await expect(page.locator(".selection-bar .hint")).toContainText("Kami akan terus menekan");
  await page.keyboard.press("Enter");
  const translation = page.getByLabel("English translation of exactly this span");
  await expect(translation).toBeFocused();
  await page.keyboard.type("We will keep pressing Russia's defence industrial base, Sullivan told reporters at the White House.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("form", { name: "Claim", exact: true }).getByRole("status")).toHaveText("Saved.");
  await page.keyboard.press("Escape");

  // Shift+Ctrl+arrows extend by words from a caret at the start of Kirby's paragraph.
  await article.focus();
  for (let i = 0; i < 8 && !(await caretAt(page)).startsWith("Kirby"); i++) {
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Home");
  }
  expect(await caretAt(page)).toMatch(/^Kirby/);
  for (let i = 0; i < 2; i++) await page.keyboard.press("Control+Shift+ArrowRight");
  await expect(page.locator(".selection-bar .hint")).toHaveText("Selected: “Kirby mengatakan”");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Kirby said");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("form", { name: "Claim", exact: true }).getByRole("status")).toHaveText("Saved.");
  await page.keyboard.press("Escape");

  // J / K walk the claims in text order; a number sets the verdict; T jumps to the translation.
  const items = page.getByRole("list", { name: "Claims in this document" }).getByRole("button");
  await page.keyboard.press("j");
  await expect(items.nth(0)).toHaveAttribute("aria-current", "true");
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press("j");
  await expect(items.nth(1)).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("k");
  await expect(items.nth(0)).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("7"); // the seventh verdict: False
  await expect(page.getByLabel("Verdict")).toHaveValue("FALSE");
  await page.keyboard.press("t");
  await expect(translation).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.type(" (said on 6 September)");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("form", { name: "Claim", exact: true }).getByRole("status")).toHaveText("Saved.");

  const saved = await listAnnotations(request, adminToken(), doc.id);
  expect(saved.map((a) => a.quote)).toEqual([SULLIVAN, "Kirby mengatakan"]);
  expect(saved[0]).toMatchObject({ verdict: "FALSE", version: 2, translation: expect.stringMatching(/\(said on 6 September\)$/) });
  expect(saved[1]).toMatchObject({ verdict: "UNVERIFIED", translation: "Kirby said", ...span(doc.text, "Kirby mengatakan") });
});

test("overlapping and nested highlights all stay visible and each one can be opened", async ({ page, request }) => {
  const reviewer = await createUser(request, "REVIEWER");
  const doc = await importArticle(request, adminToken(), [PUTIN]);
  await createAnnotation(request, adminToken(), doc, "Pemimpin Kim berencana bertemu Presiden Putin", { verdict: "TRUE", translation: "Kim plans to meet Putin" });
  await createAnnotation(request, adminToken(), doc, "Presiden Putin 🇷🇺 bulan ini di Vladivostok", { verdict: "FALSE", translation: "Putin this month in Vladivostok" });
  await createAnnotation(request, adminToken(), doc, "bertemu", { verdict: "MISLEADING", translation: "meet" });
  await signIn(page, reviewer);
  await openDocument(page, doc.id);

  const highlights = await painted(page);
  expect(highlights["saring-v-TRUE"]).toEqual(["Pemimpin Kim berencana bertemu Presiden Putin"]);
  expect(highlights["saring-v-FALSE"]).toEqual(["Presiden Putin 🇷🇺 bulan ini di Vladivostok"]);
  expect(highlights["saring-v-MISLEADING"]).toEqual(["bertemu"]);
  // Where spans overlap, an extra mark shows it: the nested word and the shared words.
  expect(highlights["saring-overlap"]).toEqual(["bertemu", "Presiden Putin"]);

  // A place covered by two claims offers both; choosing one opens it.
  await pointAt(page, "Presiden", true);
  const chooser = page.getByRole("menu", { name: "Several claims cover this place: choose one" });
  await expect(chooser.getByRole("menuitem")).toHaveCount(2);
  await chooser.getByRole("menuitem").filter({ hasText: "Vladivostok" }).click();
  await expect(page.getByRole("form", { name: "Claim", exact: true }).locator("blockquote")).toHaveText("Presiden Putin 🇷🇺 bulan ini di Vladivostok");
  // A place covered by one claim opens it at once.
  await pointAt(page, "Vladivostok", true);
  await expect(page.getByRole("form", { name: "Claim", exact: true }).getByLabel("English translation of exactly this span")).toHaveValue("Putin this month in Vladivostok");
  await pointAt(page, "Kim", true);
  await expect(page.getByRole("form", { name: "Claim", exact: true }).locator("blockquote")).toHaveText("Pemimpin Kim berencana bertemu Presiden Putin");
  // The text under highlights stays selectable.
  await dragSelect(page, "berencana bertemu");
  await expect(page.locator(".selection-bar .hint")).toHaveText("Selected: “berencana bertemu”");
});

test("edit a claim, move its boundaries, read its history, delete it", async ({ page, request }) => {
  const reviewer = await createUser(request, "REVIEWER");
  const doc = await importArticle(request, adminToken(), [KIRBY]);
  const created = await createAnnotation(request, adminToken(), doc, "Korea Utara mengirimkan roket", { translation: "North Korea sent rockets" });
  await signIn(page, reviewer);
  await openDocument(page, doc.id);

  await page.getByRole("list", { name: "Claims in this document" }).getByRole("button").click();
  const form = page.getByRole("form", { name: "Claim", exact: true });
  await form.getByLabel("English translation of exactly this span").fill("North Korea sent rockets and missiles");
  await form.getByRole("button", { name: "Save claim" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");

  // New boundaries: the selection becomes the claim's span.
  await dragSelect(page, "Korea Utara mengirimkan roket dan rudal");
  await form.getByRole("button", { name: "Set span to the current selection" }).click();
  await expect(form.getByRole("status")).toHaveText("The span now covers “Korea Utara mengirimkan roket dan rudal”.");
  await expect(form.locator("blockquote")).toHaveText("Korea Utara mengirimkan roket dan rudal");
  expect((await painted(page))["saring-v-UNVERIFIED"]).toEqual(["Korea Utara mengirimkan roket dan rudal"]);

  // History: who changed what, from what to what.
  await form.locator("summary", { hasText: "History" }).click();
  const history = form.locator(".history-list > li");
  await expect(history).toHaveCount(3);
  await expect(history.nth(0)).toContainText(`changed by ${reviewer.name}`);
  await expect(history.nth(0)).toContainText("Korea Utara mengirimkan roket dan rudal");
  await expect(history.nth(1)).toContainText("North Korea sent rockets → North Korea sent rockets and missiles");
  await expect(history.nth(2)).toContainText("created by Ayu Admin");

  page.once("dialog", (d) => void d.accept());
  await form.getByRole("button", { name: "Delete claim" }).click();
  await expect(page.getByTestId("announcer")).toHaveText("The claim was deleted.");
  await expect(page.getByText("No claims yet.")).toBeVisible();
  expect(await listAnnotations(request, adminToken(), doc.id)).toEqual([]);
  const gone = await request.get(`/api/v1/annotations/${created.id}/history`, { headers: { Authorization: `Bearer ${adminToken()}` } });
  expect(gone.status()).toBe(200);
  expect(((await gone.json()) as Array<{ action: string }>).map((h) => h.action)).toEqual(["create", "update", "update", "delete"]);
});

test("two reviewers on one claim: the second save is refused, shows what changed, and loses nothing", async ({ browser, request, baseURL }) => {
  const [ani, budi] = [await createUser(request, "REVIEWER", "ani"), await createUser(request, "REVIEWER", "budi")];
  const doc = await importArticle(request, adminToken(), [SULLIVAN]);
  await createAnnotation(request, adminToken(), doc, "Kami akan terus menekan basis industri pertahanan Rusia", { translation: "We will keep pressing" });

  const open = async (user: typeof ani) => {
    const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": randomAddress() } });
    const page = await context.newPage();
    await signIn(page, user);
    await openDocument(page, doc.id);
    await page.getByRole("list", { name: "Claims in this document" }).getByRole("button").click();
    return { context, page, form: page.getByRole("form", { name: "Claim", exact: true }) };
  };
  const a = await open(ani);
  const b = await open(budi);

  await a.form.getByLabel("English translation of exactly this span").fill("We will keep up the pressure on Russia's defence industry");
  await a.form.getByRole("button", { name: "Save claim" }).click();
  await expect(a.form.getByRole("status")).toHaveText("Saved.");

  await b.form.getByLabel("English translation of exactly this span").fill("We will continue to press Russia's defence industrial base");
  await b.form.getByLabel("Rationale (English)").fill("Quoted verbatim from the briefing.");
  await b.form.getByRole("button", { name: "Save claim" }).click();
  const alert = b.form.getByRole("alert");
  await expect(alert).toContainText(`${ani.name} saved this claim while you were editing it.`);
  await expect(alert).toContainText("We will keep pressing → We will keep up the pressure on Russia's defence industry");
  // Budi's text is still in the form; Ani's save stands.
  await expect(b.form.getByLabel("English translation of exactly this span")).toHaveValue("We will continue to press Russia's defence industrial base");
  await expect(b.form.getByLabel("Rationale (English)")).toHaveValue("Quoted verbatim from the briefing.");
  let [stored] = await listAnnotations(request, adminToken(), doc.id);
  expect(stored).toMatchObject({ translation: "We will keep up the pressure on Russia's defence industry", rationale: "", version: 2, updatedBy: { id: ani.id } });

  // Budi, having seen Ani's change, saves his over it deliberately.
  await alert.getByRole("button", { name: "Save mine over theirs" }).click();
  await expect(b.form.getByRole("status")).toHaveText("Saved.");
  [stored] = await listAnnotations(request, adminToken(), doc.id);
  expect(stored).toMatchObject({ translation: "We will continue to press Russia's defence industrial base", rationale: "Quoted verbatim from the briefing.", version: 3, updatedBy: { id: budi.id } });
  await a.context.close();
  await b.context.close();
});

test("unsaved text survives opening another claim and coming back", async ({ page, request }) => {
  const reviewer = await createUser(request, "REVIEWER");
  const doc = await importArticle(request, adminToken(), [SULLIVAN, KIRBY]);
  await createAnnotation(request, adminToken(), doc, "Kami akan terus menekan", { translation: "We will keep pressing" });
  await createAnnotation(request, adminToken(), doc, "Kirby mengatakan", { translation: "Kirby said" });
  await signIn(page, reviewer);
  await openDocument(page, doc.id);
  const items = page.getByRole("list", { name: "Claims in this document" }).getByRole("button");
  const translation = page.getByRole("form", { name: "Claim", exact: true }).getByLabel("English translation of exactly this span");
  await items.nth(0).click();
  await translation.fill("We will keep pressing hard (draft)");
  await items.nth(1).click();
  await expect(translation).toHaveValue("Kirby said");
  await items.nth(0).click();
  await expect(translation).toHaveValue("We will keep pressing hard (draft)");
  await expect(page.getByRole("form", { name: "Claim", exact: true }).getByRole("status")).toContainText("Your unsaved changes to this claim are back.");
});

test("a viewer reads claims but cannot annotate or change them", async ({ page, request }) => {
  const viewer = await createUser(request, "VIEWER");
  const doc = await importArticle(request, adminToken(), [KIRBY]);
  await createAnnotation(request, adminToken(), doc, "Korea Utara mengirimkan roket", { translation: "North Korea sent rockets", verdict: "TRUE" });
  await signIn(page, viewer);
  await openDocument(page, doc.id);
  await expect(page.getByRole("button", { name: "Annotate selection" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Correct the text" })).toHaveCount(0);
  await page.getByRole("list", { name: "Claims in this document" }).getByRole("button").click();
  const form = page.getByRole("form", { name: "Claim", exact: true });
  await expect(form.getByText("Your role can read claims but not change them.")).toBeVisible();
  await expect(form.getByLabel("English translation of exactly this span")).toHaveAttribute("readonly", "");
  await expect(form.getByRole("button", { name: "Save claim" })).toHaveCount(0);
  // Keys that would change things do nothing.
  await page.keyboard.press("Escape");
  await page.keyboard.press("j");
  await page.keyboard.press("7");
  expect((await listAnnotations(request, adminToken(), doc.id))[0]).toMatchObject({ verdict: "TRUE", version: 1 });
});

test("an editor corrects the text: a claim whose words remain follows them, one whose words are gone is listed and re-attached", async ({ page, request }) => {
  const editor = await createUser(request, "EDITOR");
  const doc = await importArticle(request, adminToken(), [SULLIVAN, KIRBY]);
  await createAnnotation(request, adminToken(), doc, "Kirby mengatakan Korea Utara mengirimkan roket", { translation: "Kirby said North Korea sent rockets" });
  await createAnnotation(request, adminToken(), doc, "menekan basis industri pertahanan Rusia", { translation: "press Russia's defence industrial base" });
  await signIn(page, editor);
  await openDocument(page, doc.id);

  await page.getByRole("button", { name: "Correct the text" }).click();
  const corrected = doc.text.replace(SULLIVAN, "Sullivan tidak memberikan keterangan lebih lanjut.").replace("Jakarta.", "Jakarta, Indonesia.");
  await page.getByRole("form", { name: "Correct the text" }).getByLabel("Article text").fill(corrected);
  await page.getByRole("form", { name: "Correct the text" }).getByLabel("What was corrected (optional)").fill("The importer kept a quote from another article.");
  await page.getByRole("button", { name: "Save correction" }).click();
  await expect(page.getByText("Text corrected: 0 claims unchanged, 1 moved, 1 orphaned.")).toBeVisible();

  await expect(page.getByRole("article")).toContainText("Sullivan tidak memberikan keterangan lebih lanjut.");
  const orphans = page.getByTestId("orphan");
  await expect(orphans).toHaveCount(1);
  await expect(orphans).toContainText("menekan basis industri pertahanan Rusia");
  expect((await painted(page))["saring-v-UNVERIFIED"]).toEqual(["Kirby mengatakan Korea Utara mengirimkan roket"]);

  // Re-attach the orphan to the words a person chooses.
  await dragSelect(page, "Sullivan tidak memberikan keterangan");
  await orphans.getByRole("button", { name: "Re-attach to selection" }).click();
  await expect(page.getByTestId("orphan")).toHaveCount(0);
  const after = await listAnnotations(request, adminToken(), doc.id);
  const reattached = after.find((a) => a.translation === "press Russia's defence industrial base")!;
  expect(reattached).toMatchObject({ anchorStatus: "anchored", quote: "Sullivan tidak memberikan keterangan", ...span(corrected, "Sullivan tidak memberikan keterangan") });
  const kept = after.find((a) => a.translation === "Kirby said North Korea sent rockets")!;
  expect(kept).toMatchObject({ anchorStatus: "anchored", ...span(corrected, "Kirby mengatakan Korea Utara mengirimkan roket") });
});
