// Employers' and volunteer mentors' answers in the evaluator's exports: marked by
// respondent_type, identified by a pseudonymous code per questionnaire, scoped to the
// evaluator's organisations, and never carrying a name, contact detail or the participant
// a questionnaire is about.
import { readCsv, readXlsx, type SourceTable } from "@skridt/api/imports";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createOrganisation, createProgramme, createUser, signedInCaller, type Caller } from "../support/api";
import { grantResearchExports } from "../support/research-grant";
import { expectProtectedCount } from "../support/protected-count";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

type Shape = "long" | "wide" | "codebook" | "aggregates" | "r-script";

describe(`employer and volunteer answers in the exports on ${engine}`, () => {
  let t: TestDatabase;
  let mentor: Caller;
  let otherMentor: Caller;
  let evaluator: Caller;
  let anonymous: Caller;
  let orgId: string;
  let programmeId: string;
  let participant: { id: string; code: string };
  let mutation = 0;
  const files = new Map<string, Buffer>();

  const secrets = [
    "Bageriet Korn",
    "Lise Holm",
    "lise@korn.dk",
    "+45 12 34 56 78",
    "12345678",
    "Café Solsikken",
    "Genbrug Nord",
    "IT-Huset",
    "Lokalcenter Vest",
    "Tandklinikken",
    "Ole Smed",
    "ole@it-huset.dk",
    "Jens Frivillig",
    "jens@example.dk",
    "+45 87 65 43 21",
    "Anna Kirstine Bech",
    "Kirstine",
    "Bech",
    "Anna",
    // The other organisation's employer, answering in the same programme.
    "Fremmed ApS",
    "Karl Fremmed",
    // Free text is never exported.
    "Godt samarbejde",
  ];

  const answer = (token: string, instrumentId: string, itemId: string, value: unknown) =>
    anonymous.take.saveAnswer({
      token,
      instrumentId,
      itemId,
      value: value as number,
      clientMutationId: `export-ext-${++mutation}`,
      answeredAt: new Date().toISOString(),
    });

  const download = async (shape: Shape, format: "csv" | "xlsx" = "csv") => {
    const key = `${shape}.${format}`;
    if (!files.has(key)) {
      const r = await evaluator.export.create({ organisationId: orgId, programmeId, shape, format });
      files.set(key, Buffer.from(r.base64, "base64"));
    }
    return files.get(key)!;
  };
  const csv = async (shape: Shape) => readCsv(await download(shape));
  const column = (table: SourceTable, name: string) => table.rows.map((r) => r.cells[name]);

  beforeAll(async () => {
    t = await createTestDatabase();
    orgId = (await createOrganisation(t.db, "SIND Erhverv Aarhus")).id;
    const otherOrgId = (await createOrganisation(t.db, "Jobcenter Andetsteds")).id;
    // One programme, two organisations: the evaluator evaluates only the first.
    programmeId = (await createProgramme(t.db, "Brug din rampe", [orgId, otherOrgId])).id;
    mentor = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "mentor" }] })).id)).caller;
    otherMentor = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: otherOrgId, role: "mentor" }] })).id)).caller;
    const evaluatorUser = await createUser(t.db, { roles: [{ organisationId: orgId, role: "evaluator" }] });
    evaluator = (await signedInCaller(t.db, evaluatorUser.id)).caller;
    // Row-level exports need an administrator's grant (issue 11, item 2).
    await grantResearchExports(t.db, { userId: evaluatorUser.id, programmeId, organisationIds: [orgId] });
    anonymous = (await callerFor(t.db)).caller;
    const p = await mentor.participant.create({ organisationId: orgId, programmeId, fullName: "Anna Kirstine Bech", enrolledOn: "2026-01-02" });
    participant = { id: p.id, code: p.code };

    // Five employers, the first about Anna (shown her first name), all answering.
    const companies = [
      await mentor.company.create({
        organisationId: orgId,
        name: "Bageriet Korn",
        cvr: "12345678",
        contactName: "Lise Holm",
        email: "lise@korn.dk",
        phone: "+45 12 34 56 78",
      }),
      await mentor.company.create({ organisationId: orgId, name: "Café Solsikken" }),
      await mentor.company.create({ organisationId: orgId, name: "Genbrug Nord" }),
      await mentor.company.create({ organisationId: orgId, name: "IT-Huset", contactName: "Ole Smed", email: "ole@it-huset.dk" }),
      await mentor.company.create({ organisationId: orgId, name: "Lokalcenter Vest" }),
    ];
    const sent = await mentor.externalSurvey.createForCompanies({
      organisationId: orgId,
      programmeId,
      companyIds: companies.map((c) => c.id),
      aboutParticipantIds: { [companies[0]!.id]: participant.id },
      aboutFirstNames: { [companies[0]!.id]: "Anna" },
    });
    for (const [i, link] of sent.links.entries()) {
      await answer(link.token, "virksomhedsskema", "interesse_ansaette", 3);
      await answer(link.token, "virksomhedsskema", "kontakt_fastholdelse", 4);
      await answer(link.token, "virksomhedsskema", "indsigt", [5, 2, 4, 4, 1][i]!);
      if (i === 0) await answer(link.token, "virksomhedsskema", "bemaerkninger", "Godt samarbejde med Anna Kirstine Bech");
      await anonymous.take.submit({ token: link.token });
    }
    // A company that was sent a questionnaire but has not answered: not in the row exports.
    const idle = await mentor.company.create({ organisationId: orgId, name: "Tandklinikken" });
    await mentor.externalSurvey.createForCompanies({ organisationId: orgId, programmeId, companyIds: [idle.id] });

    // One volunteer mentor about Anna.
    const volunteer = await mentor.volunteer.create({ organisationId: orgId, name: "Jens Frivillig", email: "jens@example.dk", phone: "+45 87 65 43 21" });
    const v = await mentor.externalSurvey.createForVolunteer({
      organisationId: orgId,
      programmeId,
      volunteerId: volunteer.id,
      aboutParticipantId: participant.id,
    });
    for (const [itemId, value] of Object.entries({ kontakt_hyppighed: 4, aktiviteter: [1, 3], sociale_faerdigheder: 4, stoette_behov: 1 })) {
      await answer(v.token, "frivillig-mentor", itemId, value);
    }
    await anonymous.take.submit({ token: v.token });

    // Another organisation's employer in the same programme: outside this evaluator's exports.
    const foreign = await otherMentor.company.create({ organisationId: otherOrgId, name: "Fremmed ApS", contactName: "Karl Fremmed" });
    const [foreignLink] = (await otherMentor.externalSurvey.createForCompanies({ organisationId: otherOrgId, programmeId, companyIds: [foreign.id] })).links;
    for (const [itemId, value] of Object.entries({ interesse_ansaette: 1, kontakt_fastholdelse: 1, indsigt: 1 }))
      await answer(foreignLink!.token, "virksomhedsskema", itemId, value);
    await anonymous.take.submit({ token: foreignLink!.token });
  }, 120_000);
  afterAll(async () => t.cleanup());

  it("puts employer and volunteer answers in the long export with respondent_type and a pseudonymous code", async () => {
    const long = await csv("long");
    expect(long.columns.slice(0, 2)).toEqual(["respondent_type", "participant_code"]);
    const companyRows = long.rows.filter((r) => r.cells.respondent_type === "company");
    const volunteerRows = long.rows.filter((r) => r.cells.respondent_type === "volunteer");
    // Five answered employers of this organisation, three chosen items each; free text left out.
    expect(companyRows).toHaveLength(15);
    expect(new Set(companyRows.map((r) => r.cells.item_id))).toEqual(new Set(["interesse_ansaette", "kontakt_fastholdelse", "indsigt"]));
    const codes = new Set(companyRows.map((r) => r.cells.participant_code));
    expect(codes.size).toBe(5);
    // Pseudonyms drawn afresh for each export (issue 11, item 2).
    for (const code of codes) expect(code).toMatch(/^C-\d{4}$/);
    expect(
      companyRows.every((r) => r.cells.organisation === "SIND Erhverv Aarhus" && r.cells.instrument_id === "virksomhedsskema" && r.cells.occasion === "end"),
    ).toBe(true);
    expect(
      companyRows
        .map((r) => r.cells.value)
        .filter((_, i) => companyRows[i]!.cells.item_id === "indsigt")
        .sort(),
    ).toEqual(["1", "2", "4", "4", "5"]);

    expect(volunteerRows.length).toBe(4);
    expect(new Set(volunteerRows.map((r) => r.cells.participant_code)).size).toBe(1);
    expect(volunteerRows[0]!.cells.participant_code).toMatch(/^V-\d{4}$/);
    expect(volunteerRows.find((r) => r.cells.item_id === "aktiviteter")?.cells.value).toBe("1;3");
    // The other organisation's employer (all answers 1 on interest) is not here.
    expect(companyRows.filter((r) => r.cells.item_id === "interesse_ansaette").every((r) => r.cells.value === "3")).toBe(true);
    // The code is not the survey id itself.
    const surveyIds = (await t.db.survey.findMany({ select: { id: true } })).map((s) => s.id);
    for (const id of surveyIds) expect(JSON.stringify(long.rows)).not.toContain(id);
  });

  it("gives one wide row per employer's and volunteer's questionnaire, with their item columns at their occasion", async () => {
    const wide = await csv("wide");
    expect(wide.columns.slice(0, 2)).toEqual(["respondent_type", "participant_code"]);
    // <instrument>_<item>_<occasion>, cut to Stata's 32 characters where longer (the codebook names the item).
    expect(wide.columns).toEqual(
      expect.arrayContaining([
        "virksomhedsskema_version_end",
        "virksomhedsskema_indsigt_end",
        "frivillig_mentor_aktiviteter_end",
        "frivillig_mentor_stoette_beh_end",
        "submitted_on_end",
      ]),
    );
    for (const name of wide.columns) expect(name.length, name).toBeLessThanOrEqual(32);
    expect(wide.columns.some((c) => c.startsWith("virksomhedsskema_bemaerkninger"))).toBe(false);
    const companies = wide.rows.filter((r) => r.cells.respondent_type === "company");
    expect(companies).toHaveLength(5);
    expect(
      companies.every(
        (r) =>
          r.cells.virksomhedsskema_kontakt_fas_end === "4" &&
          !r.cells.gender &&
          !r.cells.enrolled_on &&
          /^\d{4}-\d{2}-\d{2}$/.test(r.cells.submitted_on_end ?? ""),
      ),
    ).toBe(true);
    const longCodes = new Set(column(await csv("long"), "participant_code"));
    for (const r of companies) expect(longCodes).toContain(r.cells.participant_code);
    const volunteers = wide.rows.filter((r) => r.cells.respondent_type === "volunteer");
    expect(volunteers).toHaveLength(1);
    expect(volunteers[0]!.cells).toMatchObject({
      frivillig_mentor_aktiviteter_end: "1;3",
      frivillig_mentor_stoette_beh_end: "1",
      organisation: "SIND Erhverv Aarhus",
    });
    // Nothing links a questionnaire to the participant it is about.
    expect(wide.rows.some((r) => r.cells.participant_code === participant.code)).toBe(false);
    // XLSX carries the same rows.
    const xlsx = await readXlsx(await download("wide", "xlsx"));
    expect(xlsx.rows.filter((r) => r.cells.respondent_type === "company")).toHaveLength(5);
  });

  it("documents respondent_type and the external items in the codebook", async () => {
    const codebook = await csv("codebook");
    const row = (name: string) => codebook.rows.find((r) => r.cells.variable === name)?.cells;
    expect(row("respondent_type")).toMatchObject({ type: "string" });
    expect(row("respondent_type")!.codes_da).toContain("company=Virksomhed");
    expect(row("respondent_type")!.codes_da).toContain("volunteer=Frivillig mentor");
    expect(row("virksomhedsskema_indsigt_end")).toMatchObject({ type: "code", instrument_id: "virksomhedsskema", item_id: "indsigt", occasion: "end" });
    expect(row("frivillig_mentor_aktiviteter_end")).toMatchObject({ type: "codes", instrument_id: "frivillig-mentor" });
    expect(row("frivillig_mentor_stoette_beh_end")).toMatchObject({ instrument_id: "frivillig-mentor", item_id: "stoette_behov" });
    expect(row("virksomhedsskema_bemaerkninger")!.source).toContain("not exported");
  });

  it("adds the external per-item distributions, suppressed, as their own aggregates section", async () => {
    const aggregates = await csv("aggregates");
    const external = aggregates.rows.filter((r) => r.cells.section === "external_distributions");
    const figure = (category: string, statistic: string) => external.find((r) => r.cells.category === category && r.cells.statistic === statistic)?.cells.value;
    // Protected as on the screen: perturbed by the respondents' cell keys, the same figures as externalSurvey.results.
    const numberOrMark = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : v);
    expectProtectedCount(numberOrMark(figure("company", "sent")), 6, "sent");
    expectProtectedCount(numberOrMark(figure("company", "answered")), 5, "answered");
    expect(figure("volunteer", "answered")).toBe("<5");
    const kontakt = external.find((r) => r.cells.subject === "kontakt_fastholdelse" && r.cells.category === "4" && r.cells.statistic === "count");
    expect(kontakt?.cells).toMatchObject({ instrument_id: "virksomhedsskema", category_label: "I høj grad" });
    expectProtectedCount(numberOrMark(kontakt?.cells.value), 5, "I høj grad");
    expect(external.find((r) => r.cells.subject === "indsigt" && r.cells.category === "5" && r.cells.statistic === "count")?.cells.value).toBe("<5");
    expect(external.find((r) => r.cells.subject === "sociale_faerdigheder" && r.cells.statistic === "n")?.cells.value).toBe("<5");
    expect((await readXlsx(await download("aggregates", "xlsx"), "external_distributions")).rows.length).toBe(external.length);
  });

  it("never puts a company, contact person, volunteer or the participant a questionnaire is about in any export", async () => {
    const texts: string[] = [];
    for (const shape of ["long", "wide", "codebook", "aggregates", "r-script"] as const) {
      texts.push((await download(shape)).toString("utf8"));
      if (shape === "r-script") continue;
      const xlsx = await download(shape, "xlsx");
      const sheets =
        shape === "aggregates"
          ? ["counts", "response_rates", "distributions", "paired_change", "outcomes", "contacts", "external_distributions"]
          : shape === "codebook"
            ? [undefined]
            : [undefined, "codebook"];
      for (const sheet of sheets) texts.push(JSON.stringify(await readXlsx(xlsx, sheet)));
    }
    const all = texts.join("\n");
    for (const secret of secrets) expect(all, secret).not.toContain(secret);
    // Nor the participant's pseudonymous code: they answered nothing themselves, so it could only come from a link.
    expect(all).not.toContain(participant.code);
    for (const id of [
      participant.id,
      ...(await t.db.company.findMany({ select: { id: true } })).map((c) => c.id),
      ...(await t.db.volunteer.findMany({ select: { id: true } })).map((v) => v.id),
    ]) {
      expect(all).not.toContain(id);
    }
  }, 120_000);
});
