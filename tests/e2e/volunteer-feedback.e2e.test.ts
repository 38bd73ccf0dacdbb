import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe";
import { startDemoServer } from "../support/app-server";
import { launchChromium } from "../support/browser";
import { signInToStaff, watchPageErrors } from "../support/staff-page";

// A mentor adds a volunteer mentor to the register and sends them the "Frivillig mentor"
// form about one participant; the volunteer opens the link on a phone, sees only the
// participant's first name, answers and submits. Accessible on every screen.
describe("a volunteer mentor answers the feedback form on a phone", () => {
  let server: Awaited<ReturnType<typeof startDemoServer>>;
  let browser: Browser;
  const pageErrors: string[] = [];
  // SKRIDT_E2E_SCREENSHOTS=<dir> keeps a picture of each screen for review.
  const shots = process.env.SKRIDT_E2E_SCREENSHOTS;
  const shoot = async (page: Page, name: string) => {
    if (shots) await page.screenshot({ path: `${shots}/volunteer-${name}.png`, fullPage: true });
  };

  const watch = (page: Page) => watchPageErrors(page, pageErrors);

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("the mentor registers a volunteer and makes the link; the volunteer answers and sees only a first name", async () => {
    // The mentor: add a volunteer mentor to the register, then correct the phone number.
    const mentor = watch(await (await browser.newContext({ locale: "da-DK" })).newPage());
    await signInToStaff(mentor, server.url, "mentor.aarhus@skridt.demo");
    await mentor.getByRole("link", { name: "Frivillige mentorer" }).click();
    await mentor.getByRole("heading", { name: "Frivillige mentorer", level: 1 }).waitFor();
    await mentor.getByLabel("Navn", { exact: true }).fill("Lene Frivillig");
    await mentor.getByLabel(/E-mail/).fill("lene@example.dk");
    await mentor.getByLabel(/Telefon/).fill("12 34 56 78");
    await mentor.getByRole("button", { name: "Tilføj frivillig mentor" }).click();
    await mentor.getByText("Lene Frivillig er tilføjet.").waitFor();
    expect(await seriousViolations(mentor)).toEqual([]);

    await mentor.getByRole("button", { name: "Ret (oplysningerne om Lene Frivillig)" }).click();
    await mentor.getByRole("heading", { name: "Ret Lene Frivillig" }).waitFor();
    await mentor.getByLabel(/Telefon/).fill("87 65 43 21");
    await mentor.getByRole("button", { name: "Gem ændringer" }).click();
    await mentor.getByText("Oplysningerne om Lene Frivillig er gemt.").waitFor();
    await mentor.getByRole("region", { name: "Frivillige mentorer med kontaktoplysninger" }).getByText("87 65 43 21").waitFor();
    expect(await seriousViolations(mentor)).toEqual([]);
    await shoot(mentor, "register");

    // Send the form about one participant; the first name is prefilled from the participant.
    await mentor.getByRole("link", { name: "Send skema (til Lene Frivillig)" }).click();
    await mentor.getByRole("heading", { name: "Send skemaet «Frivillig mentor»", level: 1 }).waitFor();
    expect(await mentor.getByLabel("Frivillig mentor", { exact: true }).locator("option:checked").textContent()).toBe("Lene Frivillig");
    const picker = mentor.getByLabel(/Deltageren, skemaet handler om/);
    await picker.locator("option").nth(1).waitFor({ state: "attached" });
    const participantId = await picker.locator("option").nth(1).getAttribute("value");
    await picker.selectOption(participantId ?? "");
    const participant = await server.db.participant.findUniqueOrThrow({
      where: { id: participantId ?? "" },
      select: { code: true, organisation: { select: { name: true } }, identity: { select: { fullName: true } } },
    });
    expect(participant.organisation.name).toBe("Jobcenter Aarhus");
    const [firstName, ...rest] = (participant.identity?.fullName ?? "").split(" ");
    const surname = rest.join(" ");
    expect(firstName).toBeTruthy();
    expect(await mentor.getByLabel(/Fornavn på deltageren, som mentoren ser/).inputValue()).toBe(firstName);
    expect(await seriousViolations(mentor)).toEqual([]);
    await shoot(mentor, "send-form");
    await mentor.getByRole("button", { name: "Lav link" }).click();
    await mentor.getByRole("heading", { name: "Link til skemaet til Lene Frivillig" }).waitFor();
    const link = await mentor.getByLabel("Mentorens personlige link").inputValue();
    expect(link).toMatch(/\/a\/[A-Za-z0-9_-]{20,}$/);
    expect(await mentor.getByRole("img", { name: /QR-kode/ }).count()).toBe(1);
    const status = mentor.getByRole("region", { name: "Sendte skemaer til frivillige mentorer" });
    await expect.poll(() => status.textContent()).toContain("Ikke besvaret");
    expect(await status.textContent()).toContain(`${participant.code} · ${firstName}`);
    expect(await seriousViolations(mentor)).toEqual([]);
    await shoot(mentor, "link");

    // The volunteer, on a phone.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "da-DK", hasTouch: true, isMobile: true });
    const phone = watch(await context.newPage());
    await phone.goto(link);
    await phone.getByRole("heading", { name: "Spørgeskema til frivillige mentorer" }).waitFor();
    const welcome = (await phone.locator("main").textContent()) ?? "";
    expect(welcome).toContain(`Spørgsmålene handler om dit forløb med ${firstName}.`);
    expect(welcome).not.toContain(participant.code);
    if (surname) expect(welcome).not.toContain(surname);
    expect(await seriousViolations(phone)).toEqual([]);
    await shoot(phone, "phone-welcome");
    await phone.getByRole("button", { name: "Start" }).click();
    await phone.getByRole("heading", { name: "Frivillig mentor" }).waitFor();
    await phone.getByRole("button", { name: "Næste" }).click();

    const answer = async (prompt: string, act: () => Promise<void>) => {
      await phone.getByText(prompt).first().waitFor();
      await act();
      await phone.getByRole("button", { name: "Næste" }).click();
    };
    await answer("Hvor ofte har du været sammen med", async () => {
      expect(await seriousViolations(phone)).toEqual([]);
      await phone.getByRole("radio", { name: "Cirka én gang om ugen", exact: true }).check();
    });
    await answer("Hvad har I lavet sammen?", () => phone.getByRole("checkbox", { name: "Gået ture eller trænet", exact: true }).check());
    await answer("flytte deltageren i forhold til sociale færdigheder", () => phone.getByRole("radio", { name: "I høj grad", exact: true }).check());
    await answer("brug for mere støtte fra projektet", () => phone.getByRole("radio", { name: "I nogen grad", exact: true }).check());
    await answer("Hvilken støtte kunne du bruge?", () => phone.getByRole("checkbox", { name: "Sparring om konkrete situationer", exact: true }).check());
    await answer("Har du andre bemærkninger?", () => phone.locator("main textarea").fill("Gode ture sammen."));

    await phone.getByRole("heading", { name: "Tjek dine svar" }).waitFor();
    expect(await seriousViolations(phone)).toEqual([]);
    await phone.getByRole("button", { name: "Send svarene" }).click();
    await phone.getByRole("heading", { name: "Tak for dine svar" }).waitFor();
    expect(await seriousViolations(phone)).toEqual([]);
    await shoot(phone, "phone-thanks");

    const survey = await server.db.survey.findFirstOrThrow({
      where: { respondentType: "volunteer" },
      select: {
        status: true,
        aboutFirstName: true,
        volunteer: { select: { name: true, phone: true } },
        assessments: { select: { instrumentId: true, participantId: true, answers: { select: { itemId: true } } } },
      },
    });
    expect(survey.status).toBe("submitted");
    expect(survey.aboutFirstName).toBe(firstName);
    expect(survey.volunteer).toEqual({ name: "Lene Frivillig", phone: "87 65 43 21" });
    expect(survey.assessments[0]?.instrumentId).toBe("frivillig-mentor");
    expect(survey.assessments[0]?.answers.map((a) => a.itemId).sort()).toEqual([
      "aktiviteter",
      "bemaerkninger",
      "kontakt_hyppighed",
      "sociale_faerdigheder",
      "stoette_behov",
      "stoette_hvad",
    ]);

    // The mentor sees it answered.
    await mentor.reload();
    await expect.poll(() => mentor.getByRole("region", { name: "Sendte skemaer til frivillige mentorer" }).textContent()).toContain("Besvaret");
    expect(await seriousViolations(mentor)).toEqual([]);
    await shoot(mentor, "answered");
    expect(pageErrors).toEqual([]);
  });
});
