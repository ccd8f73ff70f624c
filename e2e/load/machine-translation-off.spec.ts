// Machine translation is optional: on a server where no service is configured (no
// SARING_MT_URL), the workbench offers no machine draft and the API says it is not set up.
import { startRealServer } from "../../tests/support/real-server";
import { E2E } from "../support/env";
import { expect, randomAddress, signIn, test } from "../support/fixtures";
import { dragSelect, openDocument } from "../support/workbench";

test("without a configured service there is no Machine draft button, and the API answers 404", async ({ browser }) => {
  test.setTimeout(240_000);
  // This process has no SARING_MT_URL (only the suite's shared server is given one).
  expect(process.env.SARING_MT_URL).toBeUndefined();
  const server = await startRealServer(E2E.port + 24);
  try {
    const auth = { Authorization: `Bearer ${server.token}`, "Content-Type": "application/json" };
    const quote = "Korea Utara akan membayar harga";
    const made = await fetch(`${server.baseURL}/api/v1/documents`, { method: "POST", headers: auth, body: JSON.stringify({ text: `Berita uji.\n${quote}, kata Sullivan.` }) });
    expect(made.status).toBe(201);
    const doc = (await made.json()) as { id: string };
    const draft = await fetch(`${server.baseURL}/api/v1/machine-translation`, { method: "POST", headers: auth, body: JSON.stringify({ text: quote }) });
    expect(draft.status).toBe(404);
    expect(((await draft.json()) as { error: { message: string } }).error.message).toBe("Machine translation is not set up on this server.");

    const context = await browser.newContext({ baseURL: server.baseURL, extraHTTPHeaders: { "X-Forwarded-For": randomAddress() } });
    const page = await context.newPage();
    await signIn(page, server);
    await openDocument(page, doc.id);
    await dragSelect(page, quote);
    await page.keyboard.press("Enter");
    const form = page.getByRole("form", { name: "New claim" });
    await expect(form.getByLabel("English translation of exactly this span")).toBeFocused();
    // The rest of the translation help is there; the machine draft is not.
    await expect(form.getByRole("region", { name: "Glossary terms in this span" })).toBeVisible();
    await expect(form.getByRole("button", { name: "Machine draft" })).toHaveCount(0);
    await context.close();
  } finally {
    await server.stop();
  }
});
