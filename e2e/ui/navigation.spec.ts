// Links between pages are fetched when followed, not prefetched as they come into view: every
// page is dynamic, and background renders of pages nobody opens cost the server more than the
// page being read (see src/ui/link.tsx).
import type { Page, Request } from "@playwright/test";
import { adminToken, createUser, expect, signIn, test } from "../support/fixtures";
import { createAnnotation, importArticle, openDocument } from "../support/workbench";

/** Requests for React Server Component payloads (prefetches and navigations alike). */
function serverComponentRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on("request", (r) => {
    if (r.headers()["rsc"] || new URL(r.url()).searchParams.has("_rsc")) seen.push(r);
  });
  return seen;
}

test("pages with many links ask the server for nothing more until a link is followed", async ({ page, request }) => {
  const reviewer = await createUser(request, "REVIEWER");
  const doc = await importArticle(request, adminToken(), ["Kirby mengatakan Korea Utara mengirimkan roket ke Rusia.", "Pemimpin Kim berencana bertemu Presiden Putin bulan ini."]);
  await createAnnotation(request, adminToken(), doc, "Korea Utara mengirimkan roket", { translation: "North Korea sent rockets" });
  await createAnnotation(request, adminToken(), doc, "Pemimpin Kim berencana bertemu", { translation: "Leader Kim plans to meet" });
  await signIn(page, reviewer);
  const fetched = serverComponentRequests(page);

  await openDocument(page, doc.id);
  await page.goto("/claims");
  await expect(page.getByRole("link", { name: /North Korea sent rockets|Korea Utara mengirimkan roket/ }).first()).toBeVisible();
  // The app's scripts loaded and run (no request for half a second), then longer than viewport
  // prefetching takes to start after hydration (a few hundred milliseconds).
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1000);
  expect(fetched.map((r) => r.url())).toEqual([]);

  // Following a link still works (a client-side navigation: one payload, fetched on the click).
  await page.getByRole("link", { name: "Documents", exact: true }).click();
  await expect(page).toHaveURL(/\/documents$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(fetched.length).toBeGreaterThan(0);
});
