// A programme's own questionnaire, from the definition file to a scored answer: an admin checks
// and adds the file, puts it in the measurement plan, a participant answers it through the
// personal link, and it is scored with the file's own scoring, also by a process that has
// never seen it (fresh cache). Another programme cannot use it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { forgetProgrammeInstruments } from "@skridt/api";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { repoRoot, runTs } from "../support/run-ts";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

const EXAMPLE = readFileSync(new URL("../../packages/instruments/src/examples/hverdagsmestring.json", import.meta.url), "utf8");
const ID = "hverdagsmestring-eksempel";
const withChanges = (change: (d: Record<string, unknown>) => void) => {
  const definition = JSON.parse(EXAMPLE) as Record<string, unknown>;
  change(definition);
  return JSON.stringify(definition);
};
type Problem = { path: string; da: string; en: string };
const problemsOf = (error: TRPCError) => (error.cause as unknown as { publicDetail: { problems: Problem[] } }).publicDetail.problems;

describe(`a programme's own instruments on ${engine}`, () => {
  let t: TestDatabase;
  let admin: Caller;
  let mentor: Caller;
  let otherAdmin: Caller;
  let evaluator: Caller;
  let anonymous: Caller;
  let orgId: string;
  let otherOrgId: string;
  let programmeId: string;
  let otherProgrammeId: string;
  let mutation = 0;

  beforeAll(async () => {
    t = await createTestDatabase();
    orgId = (await createOrganisation(t.db, "Jobcenter Eget")).id;
    otherOrgId = (await createOrganisation(t.db, "Jobcenter Andet")).id;
    programmeId = (await createProgramme(t.db, "Eget program", [orgId])).id;
    otherProgrammeId = (await createProgramme(t.db, "Andet program", [orgId])).id;
    admin = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "admin" }] })).id)).caller;
    mentor = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "mentor" }] })).id)).caller;
    evaluator = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "evaluator" }] })).id)).caller;
    otherAdmin = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: otherOrgId, role: "admin" }] })).id)).caller;
    anonymous = (await callerFor(t.db)).caller;
  });
  afterAll(async () => t?.cleanup());

  const scope = () => ({ organisationId: orgId, programmeId });

  it("refuses an invalid file with every problem by field, in Danish and English, and stores nothing", async () => {
    const broken = withChanges((d) => {
      d.version = "1.0";
      delete d.title;
    });
    const checked = await admin.programmeInstrument.validate({ ...scope(), definition: broken });
    expect(checked.ok).toBe(false);
    const problems = checked.ok ? [] : checked.problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: "version", da: "skal være et versionsnummer som 1.0.0", en: "must be a semver version like 1.0.0" },
        { path: "title", da: "Feltet mangler", en: "This field is missing" },
      ]),
    );
    const error = await expectTRPCError(admin.programmeInstrument.add({ ...scope(), definition: broken }), "BAD_REQUEST", "definition_invalid");
    expect(
      problemsOf(error)
        .map((p) => p.path)
        .sort(),
    ).toEqual(["title", "version"]);

    // Cross-references: the scale names an item the file does not have.
    const dangling = withChanges((d) => {
      (d.scales as { items: { itemId: string }[] }[])[0]!.items[0]!.itemId = "findes_ikke";
    });
    const crossError = await expectTRPCError(admin.programmeInstrument.add({ ...scope(), definition: dangling }), "BAD_REQUEST", "definition_invalid");
    expect(problemsOf(crossError)).toContainEqual({
      path: 'scales[0] ("hverdagsmestring")',
      da: 'henviser til et ukendt spørgsmål "findes_ikke"',
      en: 'refers to unknown item "findes_ikke"',
    });
    await expectTRPCError(admin.programmeInstrument.add({ ...scope(), definition: "{ not json" }), "BAD_REQUEST", "definition_invalid");
    expect(await t.db.programmeInstrument.count()).toBe(0);
  });

  it("refuses a built-in's id", async () => {
    const error = await expectTRPCError(
      admin.programmeInstrument.add({ ...scope(), definition: withChanges((d) => (d.id = "who5")) }),
      "BAD_REQUEST",
      "definition_invalid",
    );
    expect(problemsOf(error)).toEqual([expect.objectContaining({ path: "id", da: expect.stringContaining("indbyggede") })]);
    expect(await t.db.programmeInstrument.count()).toBe(0);
  });

  it("refuses mentors and administrators of an organisation outside the programme", async () => {
    await expectTRPCError(mentor.programmeInstrument.add({ ...scope(), definition: EXAMPLE }), "FORBIDDEN");
    await expectTRPCError(otherAdmin.programmeInstrument.add({ organisationId: otherOrgId, programmeId, definition: EXAMPLE }), "NOT_FOUND");
    await expectTRPCError(otherAdmin.programmeInstrument.list({ organisationId: otherOrgId, programmeId }), "NOT_FOUND");
    expect(await t.db.programmeInstrument.count()).toBe(0);
  });

  it("previews a valid file without storing it, then adds it; it is listed and offered to the plan", async () => {
    const preview = await admin.programmeInstrument.validate({ ...scope(), definition: EXAMPLE });
    expect(preview.ok && preview.instrument.items.map((i) => i.id)).toEqual(["struktur", "overblik", "ude", "ude_hvad"]);
    expect(await t.db.programmeInstrument.count()).toBe(0);

    expect(await admin.programmeInstrument.add({ ...scope(), definition: EXAMPLE })).toEqual({ instrumentId: ID, version: "1.0.0" });
    const list = await admin.programmeInstrument.list(scope());
    expect(list).toEqual([
      expect.objectContaining({
        id: ID,
        version: "1.0.0",
        versions: ["1.0.0"],
        itemCount: 4,
        scales: [expect.objectContaining({ id: "hverdagsmestring", itemCount: 2 })],
      }),
    ]);
    expect((await admin.programmeInstrument.get({ ...scope(), instrumentId: ID })).title.da).toBe("Hverdagsmestring (eksempel)");
    const plan = await admin.programme.plan(scope());
    expect(plan.instruments.find((i) => i.id === ID)).toMatchObject({ own: true, occasions: ["start", "end"] });
    // Not offered to another programme, nor readable through it.
    expect((await admin.programme.plan({ organisationId: orgId, programmeId: otherProgrammeId })).instruments.map((i) => i.id)).not.toContain(ID);
    await expectTRPCError(admin.programmeInstrument.get({ organisationId: orgId, programmeId: otherProgrammeId, instrumentId: ID }), "NOT_FOUND");
  });

  it("never changes a stored version: the same or a lower version is refused, a higher one is added", async () => {
    const same = await expectTRPCError(admin.programmeInstrument.add({ ...scope(), definition: withChanges((d) => (d.licence = "changed")) }), "BAD_REQUEST");
    expect(problemsOf(same)).toEqual([expect.objectContaining({ path: "version" })]);
    await expectTRPCError(
      admin.programmeInstrument.add({ ...scope(), definition: withChanges((d) => (d.version = "0.9.0")) }),
      "BAD_REQUEST",
      "definition_invalid",
    );
    // Another programme may not take the id either: assessments name instruments by id and version only.
    const taken = await expectTRPCError(
      admin.programmeInstrument.add({ organisationId: orgId, programmeId: otherProgrammeId, definition: withChanges((d) => (d.version = "5.0.0")) }),
      "BAD_REQUEST",
    );
    expect(problemsOf(taken)).toEqual([expect.objectContaining({ path: "id" })]);
    await admin.programmeInstrument.add({ ...scope(), definition: withChanges((d) => (d.version = "1.1.0")) });
    expect((await admin.programmeInstrument.list(scope()))[0]).toMatchObject({ version: "1.1.0", versions: ["1.0.0", "1.1.0"] });
    expect(await t.db.programmeInstrument.findFirstOrThrow({ where: { instrumentId: ID, version: "1.0.0" }, select: { definition: true } })).toEqual({
      definition: EXAMPLE,
    });
  });

  it("refuses a new version that changes a question's type, so older free-text answers can never pass for choices", async () => {
    const retyped = withChanges((d) => {
      d.version = "9.0.0";
      const items = d.items as { id: string; type: string }[];
      const text = items.find((i) => i.type === "text")!;
      Object.assign(text, {
        type: "single-choice",
        options: [
          { code: 1, label: { da: "Ja", en: "Yes" } },
          { code: 2, label: { da: "Nej", en: "No" } },
        ],
      });
      delete (text as Record<string, unknown>).maxLength;
    });
    const refused = await expectTRPCError(admin.programmeInstrument.add({ ...scope(), definition: retyped }), "BAD_REQUEST");
    expect(problemsOf(refused).map((p) => p.path)).toEqual([expect.stringMatching(/^items\[\d+\] \("ude_hvad"\)\.type$/)]);
    expect(problemsOf(refused)[0]!.da).toContain("kan ikke skifte til single-choice");
    expect(await t.db.programmeInstrument.count({ where: { version: "9.0.0" } })).toBe(0);
  });

  it("is planned for its own programme only", async () => {
    const plan = { occasions: { start: [ID, "who5"], end: [ID], followup: [] }, targets: [] };
    await admin.programme.setPlan({ ...scope(), plan });
    const refused = await expectTRPCError(
      admin.programme.setPlan({ organisationId: orgId, programmeId: otherProgrammeId, plan }),
      "BAD_REQUEST",
      "plan_invalid",
    );
    expect((refused.cause as unknown as { publicDetail: { problems: string[] } }).publicDetail.problems).toContain(`start: unknown instrument "${ID}"`);
  });

  async function answerAndSubmit(token: string) {
    const save = (instrumentId: string, itemId: string, value: unknown) =>
      anonymous.take.saveAnswer({
        token,
        instrumentId,
        itemId,
        value: value as number,
        clientMutationId: `mutation-${++mutation}`,
        answeredAt: new Date().toISOString(),
      });
    await save(ID, "struktur", 4);
    await save(ID, "overblik", 2);
    await save(ID, "ude", 3);
    for (let i = 1; i <= 5; i++) await save("who5", `who5_${i}`, 3);
    await anonymous.take.submit({ token });
  }

  it("is in the start questionnaire, answered through the link and scored with the file's own scoring", async () => {
    const p = await mentor.participant.create({ organisationId: orgId, programmeId, fullName: "Dorthe Dahl", enrolledOn: "2026-11-01" });
    const opened = await anonymous.take.open({ token: p.startSurvey.token });
    expect(opened.instruments.map((i) => `${i.definition.id}@${i.definition.version}`)).toEqual([
      `${ID}@1.1.0`,
      "who5@" + opened.instruments[1]!.definition.version,
    ]);
    expect(opened.instruments[0]!.definition.items.find((i) => i.id === "ude")).toMatchObject({ type: "number", min: 0, max: 7 });
    await answerAndSubmit(p.startSurvey.token);
    const score = await t.db.score.findFirstOrThrow({ where: { assessment: { participantId: p.id, instrumentId: ID } } });
    // mean(struktur 4, reversed overblik 6 - 2 = 4) = 4
    expect({ scaleId: score.scaleId, value: score.value, status: score.status, instrumentVersion: score.instrumentVersion }).toEqual({
      scaleId: "hverdagsmestring",
      value: 4,
      status: "complete",
      instrumentVersion: "1.1.0",
    });
    const listed = await mentor.survey.listForParticipant({ organisationId: orgId, participantId: p.id });
    expect(listed[0]!.instruments[0]).toMatchObject({ id: ID, title: { da: "Hverdagsmestring (eksempel)" }, questions: 4 });
  });

  it("can be imported from a spreadsheet into its own programme, and not into another", async () => {
    const csv = "Deltager;Start;Udfyldt;Rytme;Overblik;Ude\nIMP-001;01-09-2026;15-09-2026;4;2;3\nIMP-002;02-09-2026;16-09-2026;2;5;0\n";
    const mapping = {
      instrumentId: ID,
      occasion: "start",
      participantCodeColumn: "Deltager",
      createParticipants: { enrolledOnColumn: "Start" },
      submittedAtColumn: "Udfyldt",
      columns: { Rytme: { itemId: "struktur" }, Overblik: { itemId: "overblik" }, Ude: { itemId: "ude" } },
    };
    const input = { mapping, fileName: "egne-svar.csv", fileBase64: Buffer.from(csv).toString("base64"), dryRun: false };
    const imported = await admin.import.answers({ organisationId: orgId, programmeId, ...input });
    expect(imported).toMatchObject({ ok: true, rows: 2 });
    const scores = await t.db.score.findMany({
      where: { assessment: { instrumentId: ID, mode: "import" } },
      select: { value: true },
      orderBy: { value: "asc" },
    });
    // mean(struktur, 6 - overblik): (4 + 4) / 2 = 4 and (2 + 1) / 2 = 1.5
    expect(scores.map((s) => s.value)).toEqual([1.5, 4]);
    const elsewhere = await admin.import.answers({ organisationId: orgId, programmeId: otherProgrammeId, ...input });
    expect(elsewhere).toMatchObject({ ok: false, problems: [expect.objectContaining({ code: "mapping_unknown_instrument" })] });
  });

  it("is found by a process that has never seen it (a fresh cache reloads on a miss)", async () => {
    const p = await mentor.participant.create({ organisationId: orgId, programmeId, fullName: "Erik Eriksen", enrolledOn: "2026-11-01" });
    forgetProgrammeInstruments();
    const opened = await anonymous.take.open({ token: p.startSurvey.token });
    expect(opened.instruments[0]!.definition.id).toBe(ID);
    forgetProgrammeInstruments();
    await answerAndSubmit(p.startSurvey.token);
    const score = await t.db.score.findFirstOrThrow({ where: { assessment: { participantId: p.id, instrumentId: ID } } });
    expect(score.value).toBe(4);

    forgetProgrammeInstruments();
    const correction = await mentor.survey.correct({
      organisationId: orgId,
      assessmentId: score.assessmentId,
      changes: { overblik: 5 },
      reason: "Fejl ved indtastning",
    });
    const corrected = await t.db.score.findFirstOrThrow({ where: { assessmentId: correction.assessmentId } });
    // mean(4, 6 - 5 = 1) = 2.5
    expect(corrected.value).toBe(2.5);
  });

  it("appears in the evaluator's questionnaire list and codebook of its own programme only", async () => {
    forgetProgrammeInstruments();
    const filter = {};
    const own = await evaluator.evaluation.questionnaires({ organisationId: orgId, programmeId, filter });
    expect(own.instruments.map((i) => i.id)).toContain(ID);
    const other = await evaluator.evaluation.questionnaires({ organisationId: orgId, programmeId: otherProgrammeId, filter });
    expect(other.instruments.map((i) => i.id)).not.toContain(ID);

    forgetProgrammeInstruments();
    const codebook = await evaluator.export.create({ organisationId: orgId, programmeId, shape: "codebook", format: "csv", filter });
    const text = Buffer.from(codebook.base64, "base64").toString("utf8");
    // Wide names are cut to Stata's 32 characters, so the item is found by its instrument and item ids.
    expect(text).toContain(`;${ID};struktur;`);
    // Its free text is documented as not exported: the definition says "ude_hvad" is free text.
    expect(text).toMatch(new RegExp(`;${ID};ude_hvad;[^\\n]*not exported`));
  });

  it("is checked and added by the command line too, with the same problems and rules", async () => {
    const env = { ...process.env, DATABASE_URL: t.config.engine === "sqlite" ? `file:${t.config.url}` : t.config.url };
    const cli = join(repoRoot, "apps", "server", "src", "cli.ts");
    const dir = mkdtempSync(join(tmpdir(), "skridt-instrument-"));
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const valid = await runTs(
      cli,
      [
        "instrument",
        "validate",
        file(
          "ok.json",
          withChanges((d) => (d.version = "2.0.0")),
        ),
      ],
      env,
    );
    expect(valid.stdout).toContain(`ok: ${ID} 2.0.0 "Hverdagsmestring (eksempel)", 4 spørgsmål`);
    await expect(
      runTs(
        cli,
        [
          "instrument",
          "validate",
          file(
            "bad.json",
            withChanges((d) => (d.version = "2")),
          ),
        ],
        env,
      ),
    ).rejects.toThrow(/version: skal være et versionsnummer som 1\.0\.0/);
    // The stored 1.1.0 cannot be replaced from the command line either.
    await expect(
      runTs(
        cli,
        [
          "instrument",
          "add",
          "--programme",
          programmeId,
          file(
            "same.json",
            withChanges((d) => (d.version = "1.1.0")),
          ),
        ],
        env,
      ),
    ).rejects.toThrow(/allerede gemt/);
    const added = await runTs(cli, ["instrument", "add", "--programme", "Eget program", join(dir, "ok.json")], env);
    expect(added.stdout).toContain(`added ${ID} 2.0.0 to Eget program`);
    expect((await admin.programmeInstrument.list(scope()))[0]!.versions).toEqual(["1.0.0", "1.1.0", "2.0.0"]);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
