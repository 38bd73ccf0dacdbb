import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { repoRoot } from "../support/run-ts";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

const file = (name: string) => readFileSync(join(repoRoot, "tests", "fixtures", "import", name)).toString("base64");

// import.preview: the data file's columns and texts for the step-by-step mapping, for
// administrators only, read by the importer's own reader, writing nothing.
describe(`import.preview on ${engine}`, () => {
  let t: TestDatabase;
  let admin: Caller;
  let mentor: Caller;
  let orgId: string;
  let programmeId: string;
  let otherProgrammeId: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    orgId = (await createOrganisation(t.db, "Jobstyrke Nord")).id;
    const otherOrg = (await createOrganisation(t.db, "Jobstyrke Syd")).id;
    programmeId = (await createProgramme(t.db, "Jobstyrke i Nord", [orgId])).id;
    otherProgrammeId = (await createProgramme(t.db, "Jobstyrke i Syd", [otherOrg])).id;
    admin = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "admin" }] })).id)).caller;
    mentor = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "mentor" }] })).id)).caller;
  }, 60_000);
  afterAll(async () => t.cleanup());

  it("is for administrators only", async () => {
    await expectTRPCError(
      mentor.import.preview({ organisationId: orgId, programmeId, fileName: "a.csv", fileBase64: file("surveyxact-who5.csv") }),
      "FORBIDDEN",
    );
  });

  it("gives a CSV's columns with their distinct texts (case counted once) and the instruments with options", async () => {
    const result = await admin.import.preview({ organisationId: orgId, programmeId, fileName: "surveyxact-who5.csv", fileBase64: file("surveyxact-who5.csv") });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.rows).toBe(19);
    expect(result.columns.map((c) => c.name)).toContain("Deltagerkode");
    expect(result.columns.find((c) => c.name === "Måling")?.values).toEqual(["Opstart", "Afslutning"]);
    const first = result.columns.find((c) => c.name === "I de sidste 2 uger har jeg været glad og i godt humør")!;
    expect(first.values).toContain("Mere end halvdelen af tiden");
    expect(first.values.filter((v) => v.toLowerCase() === "lidt mindre end halvdelen af tiden")).toHaveLength(1);
    expect(result.columns.find((c) => c.name === "Respondent-id")).toMatchObject({ more: false });
    const who5 = result.instruments.find((i) => i.id === "who5")!;
    expect(who5.version).toBe("1.0.0");
    expect(who5.items[0]!.options.find((o) => o.code === 3)?.label.da).toBe("Lidt mere end halvdelen af tiden");
    expect(await t.db.participant.count()).toBe(0);
  });

  it("reads an XLSX sheet and reports an unreadable file or an unlinked programme as a problem", async () => {
    const xlsx = await admin.import.preview({
      organisationId: orgId,
      programmeId,
      fileName: "followup-who5.xlsx",
      fileBase64: file("followup-who5.xlsx"),
      sheet: "Opfølgning",
    });
    expect(xlsx.ok && xlsx.columns.map((c) => c.name)).toEqual(expect.arrayContaining(["Deltager", "Dato", "WHO5_1"]));
    expect(xlsx).toMatchObject({ sheets: ["Opfølgning"], sheet: "Opfølgning" });
    const csv = await admin.import.preview({ organisationId: orgId, programmeId, fileName: "a.csv", fileBase64: file("surveyxact-who5.csv") });
    expect(csv).toMatchObject({ ok: true, sheets: null, sheet: null });
    const missing = await admin.import.preview({
      organisationId: orgId,
      programmeId,
      fileName: "followup-who5.xlsx",
      fileBase64: file("followup-who5.xlsx"),
      sheet: "Findes ikke",
    });
    expect(missing).toMatchObject({ ok: false, problems: [{ code: "sheet_missing" }] });
    const wrongType = await admin.import.preview({ organisationId: orgId, programmeId, fileName: "a.pdf", fileBase64: file("surveyxact-who5.csv") });
    expect(wrongType).toMatchObject({ ok: false, problems: [{ code: "file_type" }] });
    const unlinked = await admin.import.preview({
      organisationId: orgId,
      programmeId: otherProgrammeId,
      fileName: "a.csv",
      fileBase64: file("surveyxact-who5.csv"),
    });
    expect(unlinked).toMatchObject({ ok: false, problems: [{ code: "programme_not_linked" }] });
  });

  it("refuses a file over the request limit as import.answers does", async () => {
    await expectTRPCError(
      admin.import.preview({ organisationId: orgId, programmeId, fileName: "a.csv", fileBase64: "A".repeat(250 * 1024 + 4) }),
      "BAD_REQUEST",
    );
  });
});
