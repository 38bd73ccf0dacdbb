import type { Page } from "playwright-core";
import { DEMO_PASSWORD } from "@skridt/server/seed";

/** Collects script errors and console errors (CSP refusals among them) of a page into `errors`. */
export function watchPageErrors(page: Page, errors: string[]): Page {
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return page;
}

/** Signs a demo staff user in through the staff app's own sign-in form. */
export async function signInToStaff(page: Page, baseUrl: string, email: string) {
  await page.goto(`${baseUrl}/staff/sign-in`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /Log ind/ }).click();
}
