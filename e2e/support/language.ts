// Choosing the interface language on the account page, as a person does.
import { expect, type Page } from "@playwright/test";

export async function chooseLanguage(page: Page, locale: "en" | "id"): Promise<void> {
  await page.goto("/account");
  const form = page.locator("form").filter({ has: page.locator("#ui-locale") });
  await form.locator("#ui-locale").selectOption(locale);
  await form.getByRole("button").click();
  await expect(form.getByRole("status")).toHaveText(locale === "id" ? "Antarmuka kini berbahasa Indonesia." : "The interface is now in English.");
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
}
