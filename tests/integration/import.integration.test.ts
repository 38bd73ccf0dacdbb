import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { TImportMappingInput } from "@skridt/api/imports";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
    expect(result.counts).toEqual({ participantsCreated: 12, surveys: 19, assessments: 19, answers: 95, scores: 19 });
    expect(await t.db.survey.count({ where: { mode: "import", status: "submitted" } })).toBe(19);
    expect(await t.db.answer.count({ where: { clientMutationId: `import:${result.batchId}` } })).toBe(95);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "import.batch" } });
    expect(JSON.parse(audit.detail)).toMatchObject({ batchId: result.batchId, rows: 19, answers: 95 });
    // Dates: DD-MM-YYYY from the file; enrolment from "Startdato".
    const p = await t.db.participant.findUniqueOrThrow({ where: { code: "SX-101" }, include: { surveys: { orderBy: { submittedAt: "asc" } }, identity: true } });
    expect(p.enrolledOn.toISOString().slice(0, 10)).toBe("2023-02-02");
    expect(p.surveys.map((s) => s.submittedAt!.toISOString().slice(0, 10))).toEqual(["2023-03-11", "2023-09-06"]);
    expect(p.identity).toBeNull();
    const score = await t.db.score.findFirstOrThrow({ where: { assessment: { participantId: p.id, occasion: "start" } } });
    expect(score.value).toBe(32);
  });

  it("gives the evaluator the figures computed by hand from the file", async () => {
    const overview = await evaluator.evaluation.overview({ organisationId: orgId, programmeId });
    expect(overview.counts.enrolled).toBe(12);
    const rates = Object.fromEntries(overview.responseRates.map((r) => [r.occasion, r]));
    expect(rates.start).toMatchObject({ eligible: 12, completed: 12, noResponse: 0, rate: 1 });
    expect(rates.end).toMatchObject({ eligible: 12, completed: 7, noResponse: 5 });
    expect(rates.end!.rate).toBeCloseTo(7 / 12, 10);

    const q = await evaluator.evaluation.questionnaires({ organisationId: orgId, programmeId });
    const who5 = q.change.find((c) => c.instrumentId === "who5" && c.scaleId === "who5")!;
    const paired = who5.paired as unknown as { n: number; meanStart: number; meanEnd: number; meanChange: number; sdChange: number; ci95: [number, number]; byMic: Record<string, number | string> };
    expect(paired.n).toBe(7);
    expect(paired.meanStart).toBeCloseTo(268 / 7, 10);
    expect(paired.meanEnd).toBeCloseTo(356 / 7, 10);
    expect(paired.meanChange).toBeCloseTo(88 / 7, 10);
    expect(paired.sdChange).toBeCloseTo(8.7723, 4);
    expect(paired.ci95[0]).toBeCloseTo(4.4584, 4);
    expect(paired.ci95[1]).toBeCloseTo(20.6844, 4);
    // 2 unchanged is a small cell: shown as "<5", and then 5 improved is hidden as its complement.
    expect(paired.byMic).toMatchObject({ unchanged: "<5", improved: "x", worse: 0 });
    const item = q.distributions.find((d) => d.instrumentId === "who5" && d.itemId === "who5_1")!;
    expect(item.occasions.map((o) => o.n)).toEqual([12, 7]);
  });

  it("imports nothing from a broken file and names its rows: a label WHO-5 lacks (row 7), an unknown code (row 9)", async () => {
    const before = await t.db.answer.count();
    const result = await importFile("surveyxact-who5-broken.csv", { ...mapping, createParticipants: undefined });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { row: 7, column: "I de sidste 2 uger har jeg følt mig aktiv og energisk", message: expect.stringContaining('"Meget ofte" is not an answer to who5_3') },
      { row: 9, column: "Deltagerkode", message: 'unknown participant code "SX-999"' },
    ]);
    expect(await t.db.answer.count()).toBe(before);
    expect(await t.db.survey.count({ where: { occasion: "followup" } })).toBe(0);
  });

  it("refuses to import the same answers twice, row by row", async () => {
    const result = await importFile("surveyxact-who5.csv");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problemCount).toBe(19);
    expect(result.problems[0]).toEqual({ row: 2, column: "Deltagerkode", message: '"SX-101" already has a submitted who5 at start: not imported again' });
    expect(await t.db.survey.count()).toBe(19);
  });

  it("reports a mapping that names a column the file lacks, once, at the header", async () => {
    const wrong = { ...mapping, submittedAtColumn: "Dato" };
    const result = await importFile("surveyxact-who5.csv", wrong);
    expect(result).toMatchObject({ ok: false, problems: [{ row: 1, column: "Dato", message: 'the file has no column "Dato"' }] });
  });

  it("imports an XLSX sheet with codes and date cells through the CLI, with progress on stderr", async () => {
    const env = {
      ...process.env,
      DATABASE_URL: t.config.engine === "sqlite" ? `file:${t.config.url}` : t.config.url,
    };
    const cli = join(repoRoot, "apps", "server", "src", "cli.ts");
    const args = ["import", "--mapping", join(fixtures, "followup-who5.mapping.json"), "--file", join(fixtures, "followup-who5.xlsx"), "--organisation", "Jobstyrke Nord", "--programme", programmeId];
    const dry = await runTs(cli, [...args, "--dry-run"], env);
    expect(dry.stdout).toContain("dry run: 6 row(s) valid");
    expect(await t.db.survey.count({ where: { occasion: "followup" } })).toBe(0);
    const run = await runTs(cli, args, env);
    expect(run.stdout).toMatch(/imported 6 row\(s\) into Jobstyrke Nord \/ Jobstyrke i Nord as batch [0-9a-f-]{36}: 0 new participant\(s\), 6 survey\(s\), 30 answer\(s\), 6 score\(s\)/);
    expect(run.stderr).toContain("writing rows: 6/6");
    const followup = await t.db.assessment.findFirstOrThrow({ where: { occasion: "followup", participant: { code: "SX-105" } }, include: { scores: true } });
    // 5+4+4+4+4 = 21, × 4 = 84; the Excel date cell 2024-03-08.
    expect(followup.scores[0]!.value).toBe(84);
    expect(followup.submittedAt!.toISOString().slice(0, 10)).toBe("2024-03-08");
    // The same file again: exit code 1 and the row report.
    await expect(runTs(cli, args, env)).rejects.toThrow(/6 problem\(s\) in 6 row\(s\); nothing was imported/);
  }, 60_000);
});
