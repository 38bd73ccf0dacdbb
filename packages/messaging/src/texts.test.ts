import { describe, expect, it } from "vitest";
import { buildMessage, type TMessageInput } from "./texts";

const base: TMessageInput = {
  kind: "survey_invitation",
  channel: "email",
  locale: "da",
  recipient: "participant",
  organisationName: "Jobcenter Aarhus",
  link: "https://skridt.example/s/TOKEN",
  optOutUrl: "https://skridt.example/afmeld/OPT",
};

describe("message texts", () => {
  it("say who sends it and why, with the link and the opt-out link", () => {
    const m = buildMessage(base);
    expect(m.subject).toBe("Et kort spørgeskema fra Jobcenter Aarhus");
    expect(m.text).toContain("Vi vil gerne høre, hvordan det går for dig.");
    expect(m.text).toContain("https://skridt.example/s/TOKEN");
    expect(m.text).toContain("Afmeld her:\nhttps://skridt.example/afmeld/OPT");
    expect(m.text).toContain("Venlig hilsen\nJobcenter Aarhus");
  });

  it("are English when chosen", () => {
    const m = buildMessage({ ...base, locale: "en", kind: "survey_reminder" });
    expect(m.subject).toBe("Reminder: questionnaire from Jobcenter Aarhus");
    expect(m.text).toContain("We have not had your answers yet.");
    expect(m.text).toContain("Unsubscribe here:");
  });

  it("fit an SMS in a few lines and still carry the opt-out", () => {
    const m = buildMessage({ ...base, channel: "sms" });
    expect(m.text.startsWith("Jobcenter Aarhus: ")).toBe(true);
    expect(m.text).toContain("Afmeld: https://skridt.example/afmeld/OPT");
    expect(m.text.length).toBeLessThan(300);
  });

  it("name no health word and no instrument in any message", () => {
    for (const kind of ["survey_invitation", "survey_reminder", "external_link"] as const) {
      for (const channel of ["email", "sms"] as const) {
        for (const locale of ["da", "en"] as const) {
          const { subject, text } = buildMessage({ ...base, kind, channel, locale });
          expect(`${subject}\n${text}`).not.toMatch(/trivsel|helbred|psyk|sårbar|depress|WHO|health|wellbeing|mental/i);
        }
      }
    }
  });

  it("refuses a respondent's message without an opt-out link", () => {
    expect(() => buildMessage({ ...base, optOutUrl: undefined })).toThrow(/opt-out/);
  });

  it("word a staff invitation as an account set-up", () => {
    const m = buildMessage({ ...base, kind: "staff_invitation", recipient: "staff", optOutUrl: undefined, expiresOn: "10. december 2026" });
    expect(m.text).toContain("Vælg din adgangskode her:\nhttps://skridt.example/s/TOKEN");
    expect(m.text).toContain("Linket virker til og med 10. december 2026.");
  });
});
