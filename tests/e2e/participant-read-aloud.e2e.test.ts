// Read aloud and easy to read (issue 14 section 3), in the real participant app on a phone:
// "Læs op" reads the validated question and its answers in Danish with the device's local
// da-DK voice (and in English once English is chosen), it is hidden when the device has no
// voice for the language, "Hvad betyder det?" opens plain-words help beside the unchanged
// wording, and larger text and high contrast stick on the device. The browser's speech
// synthesis is replaced by a stub voice that records what it is asked to say.
import { createSurvey } from "@skridt/api";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { watchPageErrors } from "../support/staff-page";

interface Spoken {
  text: string;
  lang: string;
  voice: string | null;
}

/**
 * A fake speechSynthesis: no voices at first, then (as Chrome does) the list arrives with a
 * voiceschanged event. Every speak() is recorded; an utterance "speaks" until cancelled.
 */
function stubVoices(voices: { name: string; lang: string; localService: boolean }[]) {
  return `(() => {
    const voices = ${JSON.stringify(voices)}.map((v) => ({ ...v, voiceURI: v.name, default: false }));
    const target = new EventTarget();
    let loaded = false;
    window.__spoken = [];
    window.__cancelled = 0;
    const synthesis = {
      getVoices: () => (loaded ? voices : []),
      speak: (u) => window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null }),
      cancel: () => { window.__cancelled += 1; },
      pause() {}, resume() {},
      speaking: false, pending: false, paused: false,
      addEventListener: (...a) => target.addEventListener(...a),
      removeEventListener: (...a) => target.removeEventListener(...a),
      dispatchEvent: (e) => target.dispatchEvent(e),
    };
    Object.defineProperty(window, "speechSynthesis", { value: synthesis, configurable: true });
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; this.lang = ""; this.voice = null; this.rate = 1; } };
    setTimeout(() => { loaded = true; target.dispatchEvent(new Event("voiceschanged")); }, 300);
  })();`;
}

const DANISH_AND_ENGLISH = [
  { name: "Stub English", lang: "en-GB", localService: true },
  { name: "Stub dansk (net)", lang: "da-DK", localService: false },
  { name: "Stub dansk", lang: "da-DK", localService: true },
];

const spoken = (page: Page) => page.evaluate("window.__spoken") as Promise<Spoken[]>;

describe("a participant has a question read aloud and explained on a phone", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  let token: string;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
    // A seeded participant without an end questionnaire: it opens on self-rated health, then WHO-5.
    const participant = await server.db.participant.findFirstOrThrow({ where: { surveys: { none: { occasion: "end" } } }, select: { id: true } });
    token = (await createSurvey(server.db, { participantId: participant.id, occasion: "end", mode: "self", createdById: null })).token;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function phone(voices: typeof DANISH_AND_ENGLISH): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "da-DK", hasTouch: true, isMobile: true });
    await context.addInitScript(stubVoices(voices));
    const errors: string[] = [];
    const page = watchPageErrors(await context.newPage(), errors);
    return { context, page, errors };
  }

  it("reads the question and its answers in Danish with the local da-DK voice, then in English, and explains it in plain words", async () => {
    const { context, page, errors } = await phone(DANISH_AND_ENGLISH);
    await page.goto(`${server.url}/a/${token}`);
    await page.getByRole("group", { name: "Hvordan synes du, dit helbred er alt i alt?" }).waitFor();

    // The button appears once the voices have loaded.
    await page.getByRole("button", { name: "Læs op" }).click();
    expect(await spoken(page)).toEqual([
      {
        text: "Hvordan synes du, dit helbred er alt i alt? Svarmulighederne er: Fremragende. Vældig godt. Godt. Mindre godt. Dårligt.",
        lang: "da-DK",
        voice: "Stub dansk",
      },
    ]);
    // While it reads, the same button stops it.
    const cancelledBefore = (await page.evaluate("window.__cancelled")) as number;
    await page.getByRole("button", { name: "Stop oplæsning" }).click();
    expect(await page.evaluate("window.__cancelled")).toBeGreaterThan(cancelledBefore);
    await page.getByRole("button", { name: "Læs op" }).waitFor();

    // "Hvad betyder det?" opens plain words; the validated question stays as it is.
    await page.getByText("Hvad betyder det?").click();
    await page.getByText("Tænk både på din krop og på, hvordan du har det indeni.", { exact: false }).waitFor();
    expect(await page.getByRole("group", { name: "Hvordan synes du, dit helbred er alt i alt?" }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // WHO-5: the shared lead-in runs into the item, word for word.
    await page.getByRole("radio", { name: "Godt", exact: true }).check();
    await page.getByRole("button", { name: "Næste" }).click();
    await page.getByText("har jeg været glad og i godt humør").first().waitFor();
    await page.getByRole("button", { name: "Læs op" }).click();
    expect((await spoken(page)).at(-1)).toEqual({
      text: "I de sidste 2 uger har jeg været glad og i godt humør. Svarmulighederne er: Hele tiden. Det meste af tiden. Lidt mere end halvdelen af tiden. Lidt mindre end halvdelen af tiden. Lidt af tiden. På intet tidspunkt.",
      lang: "da-DK",
      voice: "Stub dansk",
    });

    // In English, the English wording in an English voice.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "Read aloud" }).click();
    expect((await spoken(page)).at(-1)).toEqual({
      text: "Over the last two weeks I have felt cheerful and in good spirits. The answers are: At all times. Most of the time. More than half of the time. Less than half of the time. Some of the time. At no time.",
      lang: "en-GB",
      voice: "Stub English",
    });
    expect(await page.getByText("What does it mean?").count()).toBe(1);

    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("hides Læs op on a device without a Danish voice, and shows it for English", async () => {
    const { context, page, errors } = await phone(DANISH_AND_ENGLISH.filter((v) => !v.lang.startsWith("da")));
    await page.goto(`${server.url}/a/${token}`);
    await page.getByText("Hvad betyder det?").waitFor();
    // The voices have arrived (the English button shows after switching), and Danish has none.
    expect(await page.getByRole("button", { name: "Læs op" }).count()).toBe(0);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: "Read aloud" }).waitFor();
    await page.getByRole("button", { name: "Dansk" }).click();
    await page.getByText("Hvad betyder det?").waitFor();
    // The voice check runs after the language change has drawn the question: wait for it.
    await expect.poll(() => page.getByRole("button", { name: "Læs op" }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps larger text and high contrast on the device, from every screen", async () => {
    const { context, page, errors } = await phone(DANISH_AND_ENGLISH);
    await page.goto(`${server.url}/a/${token}`);
    await page.getByText("Tekst og farver").click();
    const before = (await page.evaluate("parseFloat(getComputedStyle(document.querySelector('main h1')).fontSize)")) as number;
    await page.getByRole("checkbox", { name: "Større tekst" }).check();
    await page.getByRole("checkbox", { name: "Høj kontrast" }).check();
    // The setting is put on <html> after the change renders.
    await expect.poll(() => page.evaluate("getComputedStyle(document.body).color")).toBe("rgb(0, 0, 0)");
    const after = (await page.evaluate("parseFloat(getComputedStyle(document.querySelector('main h1')).fontSize)")) as number;
    expect(after).toBeGreaterThan(before);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);

    // Still on after a reload, and on the front page too.
    await page.reload();
    await expect.poll(() => page.evaluate("document.documentElement.className")).toContain("display-large-text");
    expect(await page.evaluate("document.documentElement.className")).toContain("display-high-contrast");
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.evaluate("document.documentElement.className")).toContain("display-high-contrast");
    await page.getByText("Tekst og farver").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
