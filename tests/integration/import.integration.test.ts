import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderProblem, type TImportMappingInput } from "@skridt/api/imports";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_COUNT_NOISE, pairedChangeFromCounts } from "../../packages/analytics/src/index";
import { scaleMetas } from "../../packages/api/src/evaluation/metadata";
import { readScaleFigureCounts } from "../../packages/api/src/evaluation/read-scale-figures";
import { createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { repoRoot, runTs } from "../support/run-ts";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

const fixtures = join(repoRoot, "tests", "fixtures", "import");
const file = (name: string) => readFileSync(join(fixtures, name));
const mapping = JSON.parse(file("surveyxact-who5.mapping.json").toString("utf8")) as TImportMappingInput;

/*
 * The fixture by hand (WHO-5 raw sum × 4; codes from the option texts):
 *   start (12): SX-101 32, 102 48, 103 16, 104 44, 105 68, 106 28, 107 32, 108 48, 109 12, 110 48, 111 24, 112 52
 *   end (7):    SX-101 52, 102 68, 103 28, 104 56, 105 76, 106 24, 107 52
 * Response rates (eligible = all 12 enrolled): start 12/12 = 100 %; end 7/12 = 0.5833, no response 5.
 * Paired change over the 7 with both: differences 20, 20, 12, 12, 8, −4, 20
 *   mean = 88/7 = 12.5714; mean start = 268/7 = 38.2857; mean end = 356/7 = 50.8571
 *   SD = sqrt(Σ(d − mean)² / 6) = sqrt(461.714/6) = 8.7723
 *   95% CI = 12.5714 ± t(0.975, 6) 2.446912 × 8.7723/√7 = [4.4584, 20.6844]
 *   by the MIC of 10: improved 5 (20, 20, 12, 12, 20), unchanged 2 (8, −4).
 */
describe(`import of existing answers on ${engine}`, () => {
  let t: TestDatabase;
  let admin: Caller;
  let evaluator: Caller;
  let mentor: Caller;
  let orgId: string;
  let programmeId: string;

  const importFile = (name: string, m: TImportMappingInput = mapping, dryRun = false) =>
    admin.import.answers({ organisationId: orgId, programmeId, mapping: m, fileName: name, fileBase64: file(name).toString("base64"), dryRun });

  beforeAll(async () => {
    t = await createTestDatabase();
    const org = await createOrganisation(t.db, "Jobstyrke Nord");
    orgId = org.id;
    programmeId = (await createProgramme(t.db, "Jobstyrke i Nord", [orgId])).id;
    admin = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "admin" }] })).id)).caller;
    evaluator = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "evaluator" }] })).id)).caller;
    mentor = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "mentor" }] })).id)).caller;
  }, 60_000);
  afterAll(async () => t.cleanup());

  it("is for administrators only", async () => {
    const input = { organisationId: orgId, programmeId, mapping, fileName: "a.csv", fileBase64: file("surveyxact-who5.csv").toString("base64") };
    await expectTRPCError(mentor.import.answers(input), "FORBIDDEN");
    await expectTRPCError(evaluator.import.answers(input), "FORBIDDEN");
  });

  it("checks a dry run without writing anything", async () => {
    const result = await importFile("surveyxact-who5.csv", mapping, true);
    expect(result).toMatchObject({ ok: true, dryRun: true, rows: 19, newParticipants: 12, batchId: null });
    expect(await t.db.participant.count()).toBe(0);
  });

  it("imports the SurveyXact file: 12 new participants, 19 submitted questionnaires marked as imported", async () => {
    const result = await importFile("surveyxact-who5.csv");
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.counts).toMatchObject({ participantsCreated: 12, surveys: 19, assessments: 19, answers: 95, scores: 19, incomplete: 0 });
    expect(await t.db.survey.count({ where: { mode: "import", status: "submitted" } })).toBe(19);
    expect(await t.db.answer.count({ where: { clientMutationId: `import:${result.batchId}` } })).toBe(95);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "import.batch" } });
    expect(JSON.parse(audit.detail)).toMatchObject({ batchId: result.batchId, rows: 19, answers: 95 });
    // Dates: DD-MM-YYYY from the file; enrolment from "Startdato".
    const p = await t.db.participant.findUniqueOrThrow({
      where: { code: "SX-101" },
      include: { surveys: { orderBy: { submittedAt: "asc" } }, identity: true },
    });
    expect(p.enrolledOn.toISOString().slice(0, 10)).toBe("2023-02-02");
    expect(p.surveys.map((s) => s.submittedAt!.toISOString().slice(0, 10))).toEqual(["2023-03-11", "2023-09-06"]);
    expect(p.identity).toBeNull();
    const score = await t.db.score.findFirstOrThrow({ where: { assessment: { participantId: p.id, occasion: "start" } } });
    expect(score.value).toBe(32);
  });

  it("gives the evaluator the figures computed by hand from the file", async () => {
    // The exact figures, from the rows the evaluator's figures are computed from.
    const [exact] = pairedChangeFromCounts(
      await readScaleFigureCounts(t.db, programmeId, [orgId], {}),
      scaleMetas().filter((s) => s.instrumentId === "who5" && s.scaleId === "who5"),
    );
    expect(exact!.paired.n).toBe(7);
    expect(exact!.paired.meanStart).toBeCloseTo(268 / 7, 10);
    expect(exact!.paired.meanEnd).toBeCloseTo(356 / 7, 10);
    expect(exact!.paired.meanChange).toBeCloseTo(88 / 7, 10);
    expect(exact!.paired.sdChange).toBeCloseTo(8.7723, 4);
    expect(exact!.paired.ci95![0]).toBeCloseTo(4.4584, 4);
    expect(exact!.paired.ci95![1]).toBeCloseTo(20.6844, 4);
    expect(exact!.paired.byMic).toMatchObject({ improved: 5, unchanged: 2, worse: 0 });

    // The evaluator sees them perturbed (docs/privacy.md): each count within MAX_COUNT_NOISE, "<5" under 5.
    const near = (shown: unknown, truth: number) => {
      if (shown === "<5") expect(truth - MAX_COUNT_NOISE).toBeLessThan(5);
      else expect(Math.abs((shown as number) - truth)).toBeLessThanOrEqual(MAX_COUNT_NOISE);
    };
    const overview = await evaluator.evaluation.overview({ organisationId: orgId, programmeId });
    near(overview.counts.enrolled, 12);
    const rates = Object.fromEntries(overview.responseRates.map((r) => [r.occasion, r]));
    // All 12 answered at start: the same people as enrolled, so the same figure and a rate of 1.
    expect(rates.start).toMatchObject({ eligible: overview.counts.enrolled, completed: overview.counts.enrolled, noResponse: "<5", rate: 1 });
    near(rates.end!.completed, 7);
    near(rates.end!.noResponse, 5);

    const q = await evaluator.evaluation.questionnaires({ organisationId: orgId, programmeId });
    const who5 = q.change.find((c) => c.instrumentId === "who5" && c.scaleId === "who5")!;
    near(who5.paired.n, 7);
    // 2 unchanged is a small cell; the 5 improved beside it are no longer hidden as its complement.
    expect(who5.paired.byMic).toMatchObject({ unchanged: "<5", worse: "<5" });
    expect(who5.paired.byMic!.improved).not.toBe("x");
    const item = q.distributions.find((d) => d.instrumentId === "who5" && d.itemId === "who5_1")!;
    near(item.occasions[0]!.n, 12);
    near(item.occasions[1]!.n, 7);
  });

  it("imports nothing from a broken file and names its rows: a label WHO-5 lacks (row 7), an unknown code (row 9)", async () => {
    const before = await t.db.answer.count();
    const result = await importFile("surveyxact-who5-broken.csv", { ...mapping, createParticipants: undefined });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        row: 7,
        column: "I de sidste 2 uger har jeg følt mig aktiv og energisk",
        code: "answer_unknown",
        params: { value: "Meget ofte", item: "who5_3", options: expect.arrayContaining([{ code: 5, label: { da: "Hele tiden", en: "At all times" } }]) },
      },
      { row: 9, column: "Deltagerkode", code: "participant_unknown", params: { value: "SX-999" } },
    ]);
    // In the coordinator's words: the value, what was expected, and what to do.
    expect(renderProblem(result.problems[0]!, "da")).toBe(
      "»Meget ofte« er ikke et af svarene på spørgsmålet. Brug et af disse: »Hele tiden« (5), »Det meste af tiden« (4), »Lidt mere end halvdelen af tiden« (3), " +
        "»Lidt mindre end halvdelen af tiden« (2), »Lidt af tiden« (1), »På intet tidspunkt« (0) – eller tilføj teksten under »values« i mappingfilen.",
    );
    expect(renderProblem(result.problems[1]!, "da")).toBe(
      "Deltagerkoden »SX-999« findes ikke. Opret deltageren først, eller tillad nye deltagere i mappingfilen (»createParticipants«).",
    );
    expect(renderProblem(result.problems[1]!, "en")).toBe(
      "The participant code “SX-999” does not exist. Create the participant first, or allow new participants in the mapping file (“createParticipants”).",
    );
    expect(await t.db.answer.count()).toBe(before);
    expect(await t.db.survey.count({ where: { occasion: "followup" } })).toBe(0);
  });

  it("refuses to import the same answers twice, row by row", async () => {
    const result = await importFile("surveyxact-who5.csv");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problemCount).toBe(19);
    expect(result.problems[0]).toEqual({
      row: 2,
      column: "Deltagerkode",
      code: "already_submitted",
      params: { value: "SX-101", instrument: "who5", instrumentTitle: { da: "WHO-5 Trivselsindeks", en: "WHO-5 Well-Being Index" }, occasion: "start" },
    });
    expect(renderProblem(result.problems[0]!, "da")).toBe(
      "»SX-101« har allerede et udfyldt WHO-5 Trivselsindeks ved tidspunktet start. Rækken bliver ikke importeret igen.",
    );
    expect(await t.db.survey.count()).toBe(19);
  });

  it("reports a mapping that names a column the file lacks, once, at the header", async () => {
    const wrong = { ...mapping, submittedAtColumn: "Dato" };
    const result = await importFile("surveyxact-who5.csv", wrong);
    expect(result).toMatchObject({ ok: false, problems: [{ row: 1, column: "Dato", code: "column_missing", params: { column: "Dato" } }] });
    if (result.ok) return;
    expect(renderProblem(result.problems[0]!, "da")).toBe(
      "Filen har ingen kolonne med overskriften »Dato«, som mappingfilen nævner. Tjek stavningen i overskriftsrækken.",
    );
  });

  it("checks every row and writes none when any fails: CPR number, unknown occasion, impossible date, duplicate, missing answer, future date", async () => {
    const columns = Object.keys(mapping.columns);
    const answers = (second = "Hele tiden") => ["Det meste af tiden", second, "Lidt af tiden", "Hele tiden", "På intet tidspunkt"];
    const line = (code: string, occasion: string, date: string, cells = answers()) => [code, occasion, "", date, ...cells].join(";");
    const csv = [
      ["Deltagerkode", "Måling", "Startdato", "Afsluttet dato", ...columns].join(";"),
      line("NY-201", "Opstart", "01-02-2024"),
      line("010203-1234", "Opstart", "01-02-2024"),
      line("NY-202", "Midtvejs", "01-02-2024"),
      line("NY-203", "Opstart", "31-02-2024"),
      line("ny-201", "Opstart", "02-02-2024"),
      line("NY-204", "Opstart", "01-02-2024", answers("")),
      line("NY-205", "Opstart", "01-01-2099"),
    ].join("\n");
    const participantsBefore = await t.db.participant.count();
    const result = await admin.import.answers({
      organisationId: orgId,
      programmeId,
      mapping,
      fileName: "rows.csv",
      fileBase64: Buffer.from(csv, "utf8").toString("base64"),
    });
    if (result.ok) throw new Error("imported");
    expect(result.rows).toBe(7);
    expect(result.problems).toEqual([
      { row: 3, column: "Deltagerkode", code: "participant_code_cpr", params: {} },
      { row: 4, column: "Måling", code: "occasion_unknown", params: { value: "Midtvejs", expected: ["Opstart", "Afslutning", "Opfølgning"] } },
      { row: 5, column: "Afsluttet dato", code: "date_invalid", params: { value: "31-02-2024" } },
      { row: 6, column: "Deltagerkode", code: "duplicate_row", params: { value: "NY-201", occasion: "start", otherRow: 2 } },
      { row: 7, column: columns[1], code: "answer_required", params: { item: "who5_2", question: { da: expect.any(String), en: expect.any(String) } } },
      { row: 8, column: "Afsluttet dato", code: "date_future", params: { value: "01-01-2099" } },
    ]);
    expect(result.problems.map((p) => renderProblem(p, "da"))).toEqual([
      "Cellen ligner et CPR-nummer. Importér kun deltagerkoder (pseudonymer), aldrig CPR-numre eller navne.",
      "»Midtvejs« er ikke et af tidspunkterne i mappingfilen. Forventet: »Opstart«, »Afslutning«, »Opfølgning«.",
      "»31-02-2024« er ikke en dato. Skriv den som 31-12-2024 eller 2024-12-31.",
      "Deltageren »NY-201« står også i række 2 ved tidspunktet start. Hver deltager kan kun have én besvarelse pr. tidspunkt.",
      expect.stringMatching(/^Svaret på ».+« mangler, og spørgsmålet skal besvares\.$/),
      "Datoen »01-01-2099« ligger i fremtiden.",
    ]);
    // The CPR-shaped code itself goes nowhere, not even into the report.
    expect(JSON.stringify(result)).not.toContain("010203");
    // All or nothing: row 2 was fine, and is not written either.
    expect(await t.db.participant.count()).toBe(participantsBefore);
    expect(await t.db.participant.findUnique({ where: { code: "NY-201" } })).toBeNull();
  });

  it("reports the mapping file's own mistakes as problems with codes: its format first, then against the instrument", async () => {
    const both = await importFile("surveyxact-who5.csv", { ...mapping, occasion: "start" } as TImportMappingInput, true);
    expect(both).toEqual({ ok: false, rows: 0, problemCount: 1, problems: [{ row: 0, column: null, code: "mapping_occasion_choice", params: {} }] });
    const firstColumn = Object.keys(mapping.columns)[0]!;
    const wrongItem = { ...mapping, columns: { ...mapping.columns, [firstColumn]: { itemId: "who5_9" } } };
    const result = await importFile("surveyxact-who5.csv", wrongItem, true);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ row: 0, column: firstColumn, code: "mapping_item_unknown", params: { item: "who5_9", instrument: "who5@1.0.0" } }],
    });
    if (result.ok) return;
    expect(renderProblem(result.problems[0]!, "da")).toBe("Mappingfilen knytter kolonnen til »who5_9«, som ikke er et spørgsmål i who5@1.0.0.");
    // Not JSON-shaped at all: the staff app sends whatever the file parsed to.
    const notObject = await admin.import.answers({
      organisationId: orgId,
      programmeId,
      mapping: ["who5"],
      fileName: "a.csv",
      fileBase64: file("surveyxact-who5.csv").toString("base64"),
    });
    expect(notObject).toMatchObject({ ok: false, problems: [{ code: "mapping_not_object" }] });
  });

  it("imports an XLSX sheet with codes and date cells through the CLI, with progress on stderr", async () => {
    const env = {
      ...process.env,
      DATABASE_URL: t.config.engine === "sqlite" ? `file:${t.config.url}` : t.config.url,
    };
    const cli = join(repoRoot, "apps", "server", "src", "cli.ts");
    const args = [
      "import",
      "--mapping",
      join(fixtures, "followup-who5.mapping.json"),
      "--file",
      join(fixtures, "followup-who5.xlsx"),
      "--organisation",
      "Jobstyrke Nord",
      "--programme",
      programmeId,
    ];
    // Danish by default, English with --lang en.
    const dry = await runTs(cli, [...args, "--dry-run"], env);
    expect(dry.stdout).toContain("Prøvekørsel: 6 rækker i orden, 0 nye deltagere ville blive oprettet i Jobstyrke Nord / Jobstyrke i Nord; intet er gemt.");
    expect(dry.stderr).toContain("kontrollerer rækker: 6/6");
    expect(await t.db.survey.count({ where: { occasion: "followup" } })).toBe(0);
    const run = await runTs(cli, [...args, "--lang", "en"], env);
    expect(run.stdout).toMatch(
      /imported 6 row\(s\) into Jobstyrke Nord \/ Jobstyrke i Nord as batch [0-9a-f-]{36}: 0 new participant\(s\), 6 survey\(s\), 30 answer\(s\), 6 score\(s\)/,
    );
    expect(run.stderr).toContain("writing rows: 6/6");
    const followup = await t.db.assessment.findFirstOrThrow({ where: { occasion: "followup", participant: { code: "SX-105" } }, include: { scores: true } });
    // 5+4+4+4+4 = 21, × 4 = 84; the Excel date cell 2024-03-08.
    expect(followup.scores[0]!.value).toBe(84);
    expect(followup.submittedAt!.toISOString().slice(0, 10)).toBe("2024-03-08");
    // The same file again: exit code 1 and the row report.
    await expect(runTs(cli, args, env)).rejects.toThrow(
      /6 problemer i 6 rækker; intet er importeret[\s\S]*\n2\tDeltager\t»SX-101« har allerede et udfyldt WHO-5 Trivselsindeks ved tidspunktet opfølgning/,
    );
    // A mapping file with a mistake: reported in the same table, nothing touched.
    const badMapping = join(mkdtempSync(join(tmpdir(), "skridt-import-")), "bad-mapping.json");
    writeFileSync(
      badMapping,
      JSON.stringify({ instrumentId: "who5", occasion: "followup", participantCodeColum: "Deltagerkode", columns: { A: { itemId: "who5_1" } } }),
    );
    await expect(
      runTs(
        cli,
        ["import", "--mapping", badMapping, "--file", join(fixtures, "followup-who5.xlsx"), "--organisation", "Jobstyrke Nord", "--programme", programmeId],
        env,
      ),
    ).rejects.toThrow(
      /Mappingfilen passer ikke til formatet[\s\S]*\nmappingfilen\t\tFeltet »participantCodeColumn« mangler i mappingfilen\.[\s\S]*Mappingfilen har feltet »participantCodeColum«, som Skridt ikke kender/,
    );
  }, 60_000);
});
