// The export API: a CSV, W3C and ClaimReview download of a chosen document, with the right
// Content-Type and a descriptive file name; bad formats and dates are 422; viewers may export.
import { parse } from "csv-parse/sync";
import { XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { readPdf } from "../../tests/support/pdf-text";
import { adminToken, expect, test, userWithToken } from "../support/fixtures";
import { bearer, createAnnotation, importArticle } from "../support/workbench";

test("export a document's claims as CSV, W3C Web Annotation and ClaimReview", async ({ request, browser, baseURL }) => {
  const viewer = await userWithToken(browser, baseURL!, request, "VIEWER");
  const doc = await importArticle(request, adminToken(), ['"Kami akan terus menekan basis industri pertahanan Rusia," kata Sullivan <script>alert(1)</script>.']);
  const a = await createAnnotation(request, adminToken(), doc, "Kami akan terus menekan basis industri pertahanan Rusia", { translation: "=1+1 We will keep pressing", verdict: "TRUE" });

  const csv = await request.get(`/api/v1/export?format=csv&documentId=${doc.id}`, { headers: viewer.auth });
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment; filename="saring-claims-berita-uji-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv"$/);
  const text = await csv.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = parse(text.slice(1), { columns: true }) as Array<Record<string, string>>;
  expect(rows).toEqual([expect.objectContaining({ annotation_id: a.id, claim_id: a.claimId, translation_en: "'=1+1 We will keep pressing", verdict_id: "Benar" })]);

  const w3c = await request.get(`/api/v1/export?format=w3c&documentId=${doc.id}`, { headers: viewer.auth });
  expect(w3c.headers()["content-type"]).toContain("application/ld+json");
  const collection = (await w3c.json()) as { type: string; total: number; first: { items: Array<{ target: { selector: Array<{ type: string; start?: number; exact?: string }> } }> } };
  expect(collection).toMatchObject({ type: "AnnotationCollection", total: 1 });
  expect(collection.first.items[0]!.target.selector.map((s) => s.type)).toEqual(["TextQuoteSelector", "TextPositionSelector"]);

  // Not approved yet: no ClaimReview.
  const reviews = await request.get(`/api/v1/export?format=claimreview&documentId=${doc.id}`, { headers: viewer.auth });
  expect(await reviews.json()).toEqual([]);

  for (const bad of ["format=pdfx", "format=csv&from=yesterday", "format=csv&reviewState=DONE"]) {
    const res = await request.get(`/api/v1/export?${bad}`, { headers: bearer(adminToken()) });
    expect(res.status(), bad).toBe(422);
  }
  expect((await request.get(`/api/v1/export?format=csv`)).status()).toBe(401);
});

test("the HTML report opens in Chromium with its highlights, and hostile text stays inert", async ({ request, page }) => {
  const doc = await importArticle(request, adminToken(), ['Pejabat berkata <img src=x onerror="window.__pwned=1"> "Korut akan membayar harga," kata Sullivan.']);
  await createAnnotation(request, adminToken(), doc, "Korut akan membayar harga", { translation: '<script>window.__pwned=2</script>North Korea will pay a price', verdict: "FALSE", rationale: "**not bold** <b>nor this</b>" });
  const res = await request.get(`/api/v1/export?format=html&documentId=${doc.id}`, { headers: bearer(adminToken()) });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/html; charset=utf-8");
  expect(res.headers()["content-disposition"]).toMatch(/filename="saring-report-berita-uji-.*\.html"/);
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.setContent(await res.text());
  await expect(page.locator("mark")).toHaveText(["Korut akan membayar harga"]);
  await expect(page.locator("sup.fn")).toHaveText(["[1]"]);
  await expect(page.locator("table").first()).toContainText("<script>window.__pwned=2</script>North Korea will pay a price");
  await expect(page.locator(".doc-text")).toContainText('<img src=x onerror="window.__pwned=1">');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  expect(requests.filter((u) => !u.startsWith("data:") && u !== "about:blank")).toEqual([]);

  // DOCX: a real zip of well-formed XML with headings and the claims table.
  const docx = await request.get(`/api/v1/export?format=docx&documentId=${doc.id}`, { headers: bearer(adminToken()) });
  expect(docx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  expect(docx.headers()["content-disposition"]).toMatch(/\.docx"$/);
  const parts = unzipSync(new Uint8Array(await docx.body()));
  const documentXml = strFromU8(parts["word/document.xml"]!);
  expect(XMLValidator.validate(documentXml)).toBe(true);
  expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>');
  expect(documentXml).toContain("<w:tbl>");
  expect(documentXml).toContain("&lt;script&gt;window.__pwned=2&lt;/script&gt;North Korea will pay a price");

  const md = await request.get(`/api/v1/export?format=md&documentId=${doc.id}`, { headers: bearer(adminToken()) });
  expect(md.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
  const text = await md.text();
  expect(text).toContain("\\<script\\>");
  expect(text).toContain("False · Salah");
});

test("export jobs: start, poll progress, download the PDF; only the owner sees a job", async ({ request, browser, baseURL }) => {
  const viewer = await userWithToken(browser, baseURL!, request, "VIEWER");
  const other = await userWithToken(browser, baseURL!, request, "EDITOR");
  const doc = await importArticle(request, adminToken(), ['"Kami akan terus menekan basis industri pertahanan Rusia," kata Sullivan.']);
  await createAnnotation(request, adminToken(), doc, "Kami akan terus menekan basis industri pertahanan Rusia", { translation: "We will keep pressing", verdict: "TRUE" });

  const started = await request.post("/api/v1/exports", { headers: viewer.auth, data: { format: "pdf", documentId: [doc.id] } });
  expect(started.status()).toBe(202);
  const job = (await started.json()) as { id: string; state: string; phase: string };
  expect(started.headers()["location"]).toBe(`/api/v1/exports/${job.id}`);
  expect(job).toMatchObject({ state: "running", phase: "loading" });

  let status = job as { state: string; done?: number; total?: number; fileUrl?: string | null; fileName?: string | null };
  for (let i = 0; i < 100 && status.state === "running"; i++) {
    await new Promise((r) => setTimeout(r, 100));
    status = (await (await request.get(`/api/v1/exports/${job.id}`, { headers: viewer.auth })).json()) as typeof status;
  }
  expect(status).toMatchObject({ state: "done", done: 1, total: 1, fileUrl: `/api/v1/exports/${job.id}/file` });
  expect(status.fileName).toMatch(/^saring-report-berita-uji-.*\.pdf$/);

  const file = await request.get(status.fileUrl!, { headers: viewer.auth });
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["content-disposition"]).toBe(`attachment; filename="${status.fileName}"`);
  const pdf = await readPdf(new Uint8Array(await file.body()));
  expect(pdf.text.replace(/\s+/g, " ")).toContain("We will keep pressing");

  // Someone else's job does not exist for them; bad requests change nothing.
  for (const url of [`/api/v1/exports/${job.id}`, status.fileUrl!]) expect((await request.get(url, { headers: other.auth })).status()).toBe(404);
  expect((await request.get(`/api/v1/exports/${job.id}`)).status()).toBe(401);
  const bad = await request.post("/api/v1/exports", { headers: viewer.auth, data: { format: "pdf", colour: "red" } });
  expect(bad.status()).toBe(422);
  expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("validation_failed");
  expect((await request.post("/api/v1/exports", { headers: { ...viewer.auth, "Content-Type": "text/plain" }, data: "format=pdf" })).status()).toBe(415);
});

test("the PDF report through the export API reads back with its highlights' text", async ({ request }) => {
  const doc = await importArticle(request, adminToken(), ['Pejabat berkata <script>alert(1)</script> "Korut akan membayar harga," kata Sullivan.']);
  await createAnnotation(request, adminToken(), doc, "Korut akan membayar harga", { translation: "North Korea will pay a price", verdict: "FALSE" });
  const res = await request.get(`/api/v1/export?format=pdf&documentId=${doc.id}`, { headers: bearer(adminToken()) });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="saring-report-berita-uji-.*\.pdf"$/);
  const pdf = await readPdf(new Uint8Array(await res.body()));
  const flat = pdf.text.replace(/\s+/g, " ");
  expect(flat).toContain('Pejabat berkata <script>alert(1)</script> "Korut akan membayar harga');
  expect(flat).toMatch(/harga\s?\[1\]\s?," kata Sullivan\./);
  expect(flat).toContain("False · Salah");
  expect(pdf.pages).toBe(3);
});
