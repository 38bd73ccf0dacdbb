// Offline from the first tap (issue 14, item 2): a participant who opened their link once
// reopens it without a connection, answers, and the answers reach the server when the network
// returns, also when a new version of the app arrives while they wait. On a phone, axe clean.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSurvey } from "@skridt/api";
import { resolveDbConfig } from "@skridt/db";
import { webAppDirs } from "@skridt/server/env";
import { seedDemo } from "@skridt/server/seed";
import { createServer, type SkridtServer } from "@skridt/server";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { launchChromium } from "../support/browser";

const OFFLINE_TEXT = "Ingen forbindelse – dine svar gemmes på telefonen og sendes, når du er online igen";

function outboxSize(page: Page): Promise<number> {
  return page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith("skridt.outbox."))
      .reduce((sum, key) => sum + (JSON.parse(localStorage.getItem(key) ?? "[]") as unknown[]).length, 0),
  );
}

/** The service worker's cache names (one per app version). */
function shellCaches(page: Page): Promise<string[]> {
  // Page expressions as strings: the tests project has no DOM types.
  return page.evaluate<string[]>(`caches.keys().then((names) => names.filter((name) => name.startsWith("skridt-shell-")))`);
}

const progressText = async (page: Page) => (await page.locator(".progress__text").allTextContents())[0];

/** Answers the question on screen as a participant would and goes on to the next question. */
async function answerAndGoOn(page: Page) {
  await page.locator("main form input, main form textarea").first().waitFor({ timeout: 15_000 });
  const before = await progressText(page);
  if ((await page.locator("main input[type=radio]").count()) > 0) await page.locator("main input[type=radio]").first().check();
  else if ((await page.locator("main input[type=checkbox]").count()) > 0) await page.locator("main input[type=checkbox]").first().check();
  else {
    const label = (await page.locator("label.question__prompt").textContent()) ?? "";
    await page
      .locator("main form input, main form textarea")
      .first()
      .fill(/født/i.test(label) ? "1984" : "12");
  }
  await page.getByRole("button", { name: "Næste" }).click();
  await expect.poll(() => progressText(page), { timeout: 10_000 }).not.toBe(before);
}

/** Every address the service worker's caches hold. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(
    `caches.keys().then((names) => Promise.all(names.map((name) => caches.open(name).then((cache) => cache.keys())))).then((lists) => lists.flat().map((request) => request.url))`,
  );
}

/** The keys this app keeps in the phone's storage for questionnaires (the open copy, the outbox). */
function storedQuestionnaireKeys(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`Object.keys(localStorage).filter((key) => key.startsWith("skridt.offline.") || key.startsWith("skridt.outbox."))`);
}

/** "Deploys" a new version into the served folder: another index.html and a worker with another version. */
function deployNewVersion(dir: string): string {
  const version = "e2e-new-version";
  const html = readFileSync(join(dir, "index.html"), "utf8").replace("<head>", '<head><meta name="skridt-build" content="new" />');
  const sw = readFileSync(join(dir, "sw.js"), "utf8").replace(/const VERSION = "[^"]+";/, `const VERSION = "${version}";`);
  for (const [file, text] of [
    ["index.html", html],
    ["sw.js", sw],
  ] as const) {
    writeFileSync(join(dir, file), text);
    // The build's compressed copies would still be the old version: the server falls back to the file.
    rmSync(join(dir, `${file}.br`), { force: true });
    rmSync(join(dir, `${file}.gz`), { force: true });
  }
  return `skridt-shell-${version}`;
}

describe("a participant's link works offline once opened", () => {
  let server: SkridtServer;
  let url: string;
  let dataDir: string;
  let webDir: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "skridt-e2e-offline-"));
    // A copy of the built participant app, so the test can put a new version in its place.
    webDir = mkdtempSync(join(tmpdir(), "skridt-e2e-offline-web-"));
    cpSync(webAppDirs.participant, webDir, { recursive: true });
    server = await createServer({
      db: resolveDbConfig({ dataDir }),
      port: 0,
      host: "127.0.0.1",
      trustProxy: false,
      logLevel: "warn",
      webAppDirs: { participant: webDir, staff: webAppDirs.staff },
      afterMigrate: async (db) => {
        await seedDemo(db);
      },
    });
    url = await server.start();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "da-DK", hasTouch: true, isMobile: true });
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    for (const dir of [dataDir, webDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("reopens without a connection, keeps answers through a new version, and sends them when the network is back", async () => {
    const participant = await server.db.participant.findFirstOrThrow({ where: { surveys: { none: { occasion: "start" } } }, select: { id: true } });
    const link = await createSurvey(server.db, { participantId: participant.id, occasion: "start", mode: "self", createdById: null });
    const answersInDb = () => server.db.answer.count({ where: { assessment: { surveyId: link.surveyId } } });

    // First visit, online: the worker installs and takes charge of the personal link's page only.
    const opens: string[] = [];
    const countOpen = (request: { url(): string }) => void (request.url().includes("/trpc/take.open") && opens.push(request.url()));
    page.on("request", countOpen);
    await page.goto(`${url}/a/${link.token}`);
    // The link opens on the first question (the first part's heading above it).
    await page.getByRole("heading", { name: "Baggrund" }).waitFor();
    // The questionnaire was asked for once: by the early script, its answer taken by the app.
    expect(opens).toHaveLength(1);
    page.off("request", countOpen);
    await expect.poll(() => page.evaluate<boolean>("navigator.serviceWorker.controller !== null"), { timeout: 20_000 }).toBe(true);
    expect(await page.evaluate<string | undefined>("navigator.serviceWorker.getRegistration().then((r) => r?.scope)")).toBe(`${url}/a/`);
    const firstVersion = await shellCaches(page);
    expect(firstVersion).toHaveLength(1);

    await answerAndGoOn(page);
    await expect.poll(() => outboxSize(page)).toBe(0);
    expect(await answersInDb()).toBe(1);

    // On the bus: no connection at all. The link opens again, at the same question.
    await context.setOffline(true);
    await page.reload();
    await page.locator("main form input, main form textarea").first().waitFor({ timeout: 15_000 });
    await expect.poll(() => page.getByRole("heading", { name: "Ingen forbindelse" }).count()).toBe(0);
    await answerAndGoOn(page);
    await answerAndGoOn(page);
    await expect.poll(() => outboxSize(page)).toBe(2);
    await page.getByText(OFFLINE_TEXT).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await answersInDb()).toBe(1);

    // A new version is published while the answers still wait (the API cannot be reached yet).
    const newCache = deployNewVersion(webDir);
    await context.route("**/trpc/**", (route) => route.abort("internetdisconnected"));
    await context.setOffline(false);
    await page.reload();
    await page.locator('meta[name="skridt-build"]').waitFor({ state: "attached" });
    await expect.poll(() => shellCaches(page), { timeout: 20_000 }).toContain(newCache);
    await page.locator("main form input, main form textarea").first().waitFor({ timeout: 15_000 });
    expect(await outboxSize(page)).toBe(2);
    expect(await answersInDb()).toBe(1);

    // The network is back: the new version sends what the old one queued.
    await context.unroute("**/trpc/**");
    await page.reload();
    await expect.poll(answersInDb, { timeout: 20_000 }).toBe(3);
    await expect.poll(() => outboxSize(page)).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // What the worker keeps is the app's own files: no API answer, no link token.
    const cached = await cachedUrls(page);
    expect(cached.length).toBeGreaterThan(0);
    expect(cached.filter((address) => address.includes("/trpc") || address.includes(link.token))).toEqual([]);
    expect((await storedQuestionnaireKeys(page)).some((key) => key.startsWith("skridt.offline."))).toBe(true);

    // Sent: nothing of the questionnaire stays on the phone.
    for (let guard = 0; guard < 80 && (await page.locator("h1").first().textContent()) !== "Tjek dine svar"; guard++) await answerAndGoOn(page);
    await page.getByRole("button", { name: "Send svarene" }).click();
    await page.getByRole("heading", { name: /Tak/ }).waitFor();
    expect(await storedQuestionnaireKeys(page)).toEqual([]);

    // The staff app is never in the worker's hands.
    const staff = await context.newPage();
    await staff.goto(`${url}/staff/`);
    expect(await staff.evaluate<boolean>("navigator.serviceWorker.controller === null")).toBe(true);
    await staff.close();
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
