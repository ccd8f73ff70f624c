// Hostile text written by users — document text and title, translations, claimant, rationale,
// evidence, comments, equivalences, user names — renders as inert text on every page: no script
// runs, no dialog opens, and the words are shown as written.
import { adminToken, createUser, expect, signIn, test } from "../support/fixtures";
import { bearer, createAnnotation, importArticle } from "../support/workbench";

const HOSTILE = (n: number) => `<img src=x onerror="window.__pwned=${n}"><script>window.__pwned=${n}</script>`;

test("hostile text is shown as written and never runs, on every page", async ({ page, request }) => {
  const doc = await importArticle(request, adminToken(), [`Pejabat berkata ${HOSTILE(1)} "Korut akan membayar harga," kata Sullivan.`]);
  const a = await createAnnotation(request, adminToken(), doc, "Korut akan membayar harga", {
    translation: `North Korea ${HOSTILE(2)}`,
    claimant: `Sullivan ${HOSTILE(3)}`,
    rationale: `Checked ${HOSTILE(4)}`,
    verdict: "FALSE",
    evidence: [{ url: `https://evil.example/"><script>window.__pwned=5</script>`, title: `Source ${HOSTILE(6)}`, quote: HOSTILE(7), stance: "refutes" }],
  });
  expect((await request.post(`/api/v1/claims/${a.claimId}/comments`, { headers: bearer(adminToken()), data: { body: `Komentar ${HOSTILE(8)}` } })).status()).toBe(201);
  expect((await request.post("/api/v1/equivalences", { headers: bearer(adminToken()), data: { canonical: `Nama ${HOSTILE(9)}`, terms: ["lain"] } })).status()).toBe(201);
  const admin = await createUser(request, "ADMIN", "xss");
  await request.post("/api/v1/users", { headers: bearer(adminToken()), data: { email: `x-${Date.now()}@saring.test`, name: `Nama ${HOSTILE(10)}`, role: "VIEWER", password: "a-long-password-2026" } });

  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await signIn(page, admin);
  const pages: Array<[string, string | null]> = [
    ["/documents", null],
    [`/documents/${doc.id}`, HOSTILE(1)],
    ["/claims", null],
    [`/claims/${a.claimId}`, `Komentar ${HOSTILE(8)}`],
    ["/equivalences", `Nama ${HOSTILE(9)}`],
    ["/admin/users", `Nama ${HOSTILE(10)}`],
    ["/export", null],
    ["/admin/backup", null],
  ];
  for (const [path, shown] of pages) {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    if (shown) await expect(page.locator("main")).toContainText(shown);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), path).toBeUndefined();
    expect(await page.locator("main img[src='x'], main svg[onload]").count(), path).toBe(0);
  }
  // The workbench shows the hostile translation and claimant as text in the claim panel.
  await page.goto(`/documents/${doc.id}`);
  await expect(page.getByText(`North Korea ${HOSTILE(2)}`).first()).toBeVisible();
  expect(dialogs).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("pages carry a Content-Security-Policy with a fresh script nonce and no inline scripts allowed", async ({ page, request }) => {
  const first = await request.get("/sign-in");
  const csp = first.headers()["content-security-policy"] ?? "";
  const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? "";
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(csp).toContain("frame-ancestors 'none'");
  const again = (await request.get("/sign-in")).headers()["content-security-policy"];
  expect(again).not.toBe(csp);
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  // And the pages still work under it: sign-in is interactive.
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const user = await createUser(request, "VIEWER", "csp");
  await signIn(page, user);
  await page.goto("/claims");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
  expect((await request.get("/api/v1/health")).headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});
