import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderProblem } from "@skridt/api/imports";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outcomesOfHistories, pairedChangeFromCounts, responseRatesFromCounts } from "../../packages/analytics/src/index";
import { CONTACT_KINDS, type TContactKind } from "../../packages/instruments/src/index";
import { scaleMetas, statusCatalogue } from "../../packages/api/src/evaluation/metadata";
import { readParticipantHistories } from "../../packages/api/src/evaluation/read-histories";
import { readScaleFigureCounts } from "../../packages/api/src/evaluation/read-scale-figures";
import { createOrganisation, createProgramme, createUser, signedInCaller, type Caller } from "../support/api";
import { repoRoot } from "../support/run-ts";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

const fixtures = join(repoRoot, "tests", "fixtures", "import-history");
const file = (name: string) => readFileSync(join(fixtures, name));
const mappingOf = (name: string) => JSON.parse(file(`${name}.mapping.json`).toString("utf8")) as Record<string, unknown>;
const csv = (lines: string[]) => Buffer.from(lines.join("\n"), "utf8").toString("base64");

/*
 * The small programme in tests/fixtures/import-history, by hand:
 *   enrolled 10 (H-01..H-10); the list ends H-01..H-06 on 2024-06-28 and H-09 on 2024-03-15;
 *   the status "Udmeldt" ends H-08 on 2024-04-01 (dropped out). H-09 and H-10 never answered.
 * WHO-5 (raw sum × 4):
 *   start (8 complete): H-01 32, 02 48, 03 16, 04 64, 05 32, 06 48, 07 16, 08 40
 *   end (5 complete, 2 incomplete: H-06 half-way, H-07 begun with no answer):
 *     H-01 68, 02 68, 03 36, 04 72, 05 40
 *   response rates of 10: start 8 complete, 0 incomplete, 2 no response (80 %);
 *                         end 5 complete, 2 incomplete, 3 no response (50 %)
 *   paired (5): change 36, 20, 20, 8, 8: mean start 192/5 = 38.4, mean end 284/5 = 56.8, mean change 18.4
 * Status at each participant's end (or 2024-12-31): H-01 ordinary job, H-02 flex job (in process;
 *   internship before it), H-03 education, H-04 sick leave, H-05 unemployed, H-08 withdrawn,
 *   H-06, H-07, H-09, H-10 unknown.
 * Contacts (counts): in person 4 + 2 = 6, phone/SMS/e-mail 3 + 2 + 1 = 6, companies 5 + 3 (the
 *   programme's, no participant) + 1 (H-02's workplace follow-up) = 9.
 */
describe(`import of a programme's whole history on ${engine}`, () => {
  let t: TestDatabase;
  let admin: Caller;
  let orgId: string;
  let programmeId: string;

  const run = (name: string, mapping: unknown, base64 = file(name).toString("base64"), dryRun = false) =>
    admin.import.answers({ organisationId: orgId, programmeId, mapping, fileName: name, fileBase64: base64, dryRun });
  const problemsOf = async (promise: ReturnType<typeof run>) => {
    const result = await promise;
    if (result.ok) throw new Error("imported");
    return result.problems;
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    orgId = (await createOrganisation(t.db, "Rampen Øst")).id;
    programmeId = (await createProgramme(t.db, "Brug din rampe", [orgId])).id;
    admin = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgId, role: "admin" }] })).id)).caller;
    await createUser(t.db, { email: "mentor.rampen@test.skridt", name: "Mia Mentor", roles: [{ organisationId: orgId, role: "mentor" }] });
  }, 60_000);
  afterAll(async () => t.cleanup());

  it("imports the enrolment list: ten participants without answers, with mentor, gender, birth year, end and reason", async () => {
    const dry = await run("enrolment.csv", mappingOf("enrolment"), undefined, true);
    expect(dry).toMatchObject({ ok: true, dryRun: true, kind: "enrolment", rows: 10, newParticipants: 10 });
    expect(await t.db.participant.count()).toBe(0);
    const result = await run("enrolment.csv", mappingOf("enrolment"));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.counts).toMatchObject({ participantsCreated: 10, surveys: 0 });
    const h01 = await t.db.participant.findUniqueOrThrow({ where: { code: "H-01" }, include: { mentor: true } });
    expect(h01).toMatchObject({ gender: "female", birthYear: 1985, endReason: "completed", organisationId: orgId, programmeId });
    expect(h01.mentor?.email).toBe("mentor.rampen@test.skridt");
    expect(h01.enrolledOn.toISOString().slice(0, 10)).toBe("2024-01-08");
    expect(h01.endedOn?.toISOString().slice(0, 10)).toBe("2024-06-28");
    // The mentor found by name as well as by address; "K" read as female; no end without a reason.
    const h03 = await t.db.participant.findUniqueOrThrow({ where: { code: "H-03" }, include: { mentor: true } });
    expect(h03).toMatchObject({ gender: "female", endReason: "education" });
    expect(h03.mentor?.name).toBe("Mia Mentor");
    expect(await t.db.participant.findUniqueOrThrow({ where: { code: "H-09" } })).toMatchObject({ endReason: "moved" });
    expect(await t.db.participant.findUniqueOrThrow({ where: { code: "H-10" } })).toMatchObject({ endedOn: null, endReason: null });
  });

  it("imports answers at start and end, the rows marked incomplete as incomplete questionnaires without scores", async () => {
    const result = await run("answers-who5.csv", mappingOf("answers-who5"));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.counts).toMatchObject({ participantsCreated: 0, surveys: 15, incomplete: 2, scores: 13 });
    const h06 = await t.db.survey.findFirstOrThrow({
      where: { participant: { code: "H-06" }, occasion: "end" },
      include: { assessments: { include: { scores: true, answers: true } } },
    });
    expect(h06).toMatchObject({ status: "in_progress", submittedAt: null });
    expect(h06.assessments[0]).toMatchObject({ status: "open" });
    expect(h06.assessments[0]!.answers.map((a) => a.itemId).sort()).toEqual(["who5_1", "who5_2"]);
    expect(h06.assessments[0]!.scores).toEqual([]);
  });

  it("imports status events and ends the participation a status ends (Udmeldt: dropped out)", async () => {
    const result = await run("statuses.csv", mappingOf("statuses"));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.counts).toMatchObject({ statusEvents: 7, participantsEnded: 1 });
    const flex = await t.db.statusEvent.findFirstOrThrow({ where: { participant: { code: "H-02" }, status: "flexjob" } });
    expect(flex).toMatchObject({ hoursPerWeek: 12, inProcess: true, importBatchId: result.batchId });
    const h08 = await t.db.participant.findUniqueOrThrow({ where: { code: "H-08" } });
    expect(h08.endedOn?.toISOString().slice(0, 10)).toBe("2024-04-01");
    expect(h08.endReason).toBe("dropped_out");
  });

  it("imports tallied contacts; company contacts without a participant are the programme's", async () => {
    const result = await run("contacts.csv", mappingOf("contacts"));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.counts).toMatchObject({ contacts: 6, companyContacts: 2, contactsCounted: 21, companiesCreated: 1 });
    const byChannel = { in_person: 0, remote: 0, company: 0 };
    for (const c of await t.db.contact.findMany({ where: { participant: { programmeId } } }))
      byChannel[CONTACT_KINDS[c.kind as TContactKind].channel] += c.count;
    for (const c of await t.db.companyContact.findMany({ where: { programmeId } })) byChannel[CONTACT_KINDS[c.kind as TContactKind].channel] += c.count;
    expect(byChannel).toEqual({ in_person: 6, remote: 6, company: 9 });
    const byggefirma = await t.db.company.findFirstOrThrow({ where: { organisationId: orgId, name: "Byggefirma A/S" } });
    expect(await t.db.companyContact.findFirstOrThrow({ where: { count: 5 } })).toMatchObject({ companyId: byggefirma.id, organisationId: orgId });
  });

  it("imports employers' answers as the companies' own, about a participant or about no one", async () => {
    const result = await run("employers.csv", mappingOf("employers"));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    // Byggefirma A/S is already in the register (the contacts made it); Café Solsikken is new.
    expect(result.counts).toMatchObject({ surveys: 2, companiesCreated: 1, participantsCreated: 0 });
    const surveys = await t.db.survey.findMany({
      where: { respondentType: "company" },
      include: { company: true, participant: true },
      orderBy: { submittedAt: "asc" },
    });
    expect(surveys.map((s) => [s.company?.name, s.participant?.code ?? null, s.status])).toEqual([
      ["Byggefirma A/S", "H-02", "submitted"],
      ["Café Solsikken", null, "submitted"],
    ]);
  });

  it("gives the evaluator's figures computed by hand: response rates, outcomes at end, paired change", async () => {
    const scope = { programmeId, organisationIds: [orgId], filter: {} };
    const { histories, surveyStates } = await readParticipantHistories(t.db, scope, ["start", "end"]);
    const [start, end] = responseRatesFromCounts(10, surveyStates, ["start", "end"]);
    expect(start).toMatchObject({ eligible: 10, completed: 8, incomplete: 0, noResponse: 2, rate: 0.8 });
    expect(end).toMatchObject({ eligible: 10, completed: 5, incomplete: 2, noResponse: 3, rate: 0.5 });

    const outcomes = outcomesOfHistories(histories, statusCatalogue(), { asOf: "2024-12-31", atEnd: true });
    expect(outcomes.n).toBe(10);
    expect(Object.fromEntries(outcomes.statuses.map((s) => [s.status, s.count]))).toEqual({
      unknown: 4,
      ordinary_job: 1,
      flexjob: 1,
      education: 1,
      sick_leave: 1,
      unemployed: 1,
      withdrawn: 1,
    });
    expect(outcomes.employment.internships).toBe(1);

    const [who5] = pairedChangeFromCounts(
      await readScaleFigureCounts(t.db, programmeId, [orgId], {}),
      scaleMetas().filter((s) => s.instrumentId === "who5" && s.scaleId === "who5"),
    );
    expect(who5!.paired.n).toBe(5);
    expect(who5!.paired.meanStart).toBeCloseTo(38.4, 10);
    expect(who5!.paired.meanEnd).toBeCloseTo(56.8, 10);
    expect(who5!.paired.meanChange).toBeCloseTo(18.4, 10);

    // One audit event per batch, naming its kind.
    const batches = await t.db.auditEvent.findMany({ where: { action: "import.batch" } });
    expect(batches.map((b) => (JSON.parse(b.detail) as { kind: string }).kind).sort()).toEqual(["answers", "answers", "contacts", "enrolment", "statuses"]);
  });

  it("refuses every re-run row by row and writes nothing", async () => {
    const counts = async () => [
      await t.db.participant.count(),
      await t.db.survey.count(),
      await t.db.statusEvent.count(),
      await t.db.contact.count(),
      await t.db.companyContact.count(),
    ];
    const before = await counts();
    const enrolment = await problemsOf(run("enrolment.csv", mappingOf("enrolment")));
    expect(enrolment).toHaveLength(10);
    expect(enrolment[0]).toEqual({ row: 2, column: "Deltagerkode", code: "participant_exists", params: { value: "H-01" } });
    const answers = await problemsOf(run("answers-who5.csv", mappingOf("answers-who5")));
    expect(answers.map((p) => p.code)).toEqual(Array(15).fill("already_submitted"));
    const statuses = await problemsOf(run("statuses.csv", mappingOf("statuses")));
    expect(statuses.map((p) => p.code)).toEqual(Array(7).fill("status_already_recorded"));
    expect(renderProblem(statuses[0]!, "da")).toBe("»H-02« har allerede statussen Virksomhedspraktik den 2024-03-01. Rækken bliver ikke importeret igen.");
    expect(renderProblem(statuses[0]!, "en")).toBe("“H-02” already has the status Work placement (internship) on 2024-03-01. The row is not imported again.");
    const contacts = await problemsOf(run("contacts.csv", mappingOf("contacts")));
    expect(contacts.map((p) => [p.row, p.code])).toEqual([2, 3, 4, 5, 6, 7, 8, 9].map((row) => [row, "contact_already_imported"]));
    const employers = await problemsOf(run("employers.csv", mappingOf("employers")));
    expect(employers.map((p) => p.code)).toEqual(["already_submitted", "already_submitted"]);
    expect(await counts()).toEqual(before);
  });

  it("refuses an employers' questionnaire imported under participant codes", async () => {
    const { companyColumn: _, createRespondents: __, ...underCodes } = mappingOf("employers");
    const problems = await problemsOf(run("employers.csv", underCodes));
    expect(problems).toEqual([
      expect.objectContaining({ row: 0, code: "mapping_instrument_for_companies", params: expect.objectContaining({ instrument: "virksomhedsskema" }) }),
    ]);
    expect(renderProblem(problems[0]!, "da")).toMatch(/^Spørgeskemaet .+ besvares af virksomheder, ikke af deltagere\./);
    // And a participants' questionnaire cannot be filed under companies.
    const asCompanies = await problemsOf(run("answers-who5.csv", { ...mappingOf("answers-who5"), companyColumn: "Status" }));
    expect(asCompanies.map((p) => p.code)).toEqual(["mapping_instrument_for_participants"]);
  });

  it("refuses a row with a code and no answers unless it is marked incomplete", async () => {
    const lines = ["Deltagerkode;Dato;WHO5_1;WHO5_2;WHO5_3;WHO5_4;WHO5_5;Status", "H-09;01-03-2024;;;;;;", "H-10;01-03-2024;;;;;;ja"];
    const mapping = { ...mappingOf("answers-who5"), occasionColumn: undefined, occasion: "followup", submittedAtColumn: "Dato" };
    const loose = { ...mapping, allowMissing: true, incompleteColumn: undefined };
    const problems = await problemsOf(run("tom.csv", loose, csv(lines)));
    expect(problems.map((p) => [p.row, p.code, p.params.value])).toEqual([
      [2, "answers_none", "H-09"],
      [3, "answers_none", "H-10"],
    ]);
    expect(renderProblem(problems[0]!, "en")).toMatch(/^The row has the participant code “H-09” but no answers\./);
    // Marked incomplete (the default marks: ja, x, 1, ufuldstændig …), the empty row is an incomplete questionnaire.
    const marked = { ...mapping, incompleteColumn: { column: "Status" } };
    const refused = await problemsOf(run("tom.csv", marked, csv(lines)));
    expect(refused.map((p) => [p.row, p.code])).toEqual([[2, "answers_none"]]);
    const dry = await run("tom.csv", marked, csv([lines[0]!, lines[2]!]), true);
    expect(dry).toMatchObject({ ok: true, rows: 1 });
  });

  it("names each bad cell of an enrolment list, in Danish and English, and imports none of it", async () => {
    const lines = [
      "Deltagerkode;Organisation;Indskrevet;Mentor;Køn;Fødselsår;Afsluttet;Årsag",
      "N-01;Rampen Vest;01-02-2024;;;;;",
      "N-02;Rampen Øst;01-02-2024;ukendt@test.skridt;Hest;1990;;",
      "N-03;Rampen Øst;01-02-2024;;;18;2024-01-01;Gennemført",
      "N-04;Rampen Øst;01-02-2024;;;;2024-03-01;",
      "N-05;Rampen Øst;01-02-2024;;;;;Job",
      "N-06;Rampen Øst;01-02-2024;;;;2024-03-01;Keder sig",
      "N-06;Rampen Øst;01-02-2024;;;;;",
      "N-07;Rampen Øst;01-02-2024;;;;;",
    ];
    const problems = await problemsOf(run("liste.csv", mappingOf("enrolment"), csv(lines)));
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, "Organisation", "organisation_mismatch"],
      [3, "Mentor", "mentor_unknown"],
      [3, "Køn", "gender_unknown"],
      [4, "Fødselsår", "birth_year_invalid"],
      [4, "Afsluttet", "end_before_enrolment"],
      [5, "Årsag", "end_reason_missing"],
      [6, "Årsag", "end_reason_without_date"],
      [7, "Årsag", "end_reason_unknown"],
      [8, "Deltagerkode", "duplicate_entry"],
    ]);
    expect(renderProblem(problems[0]!, "da")).toBe(
      "»Rampen Vest« er ikke den organisation, der importeres til (»Rampen Øst«). Del filen op, så hver organisation importerer sine egne deltagere.",
    );
    expect(renderProblem(problems[4]!, "en")).toBe("The end date “2024-01-01” is before the enrolment on 2024-02-01.");
    expect(await t.db.participant.count({ where: { code: { startsWith: "N-" } } })).toBe(0);
  });

  it("refuses a participant's contact without a participant code, and contacts twice on one day", async () => {
    const lines = [
      "Deltagerkode;Dato;Kontaktform;Antal;Virksomhed",
      ";01-05-2024;Telefon;1;",
      "H-04;01-05-2024;Telefon;1;",
      "H-04;01-05-2024;telefon;2;",
      "H-04;02-05-2024;Telefon;0;",
    ];
    const problems = await problemsOf(run("k.csv", mappingOf("contacts"), csv(lines)));
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [2, "contact_needs_participant"],
      [4, "duplicate_entry"],
      [5, "count_invalid"],
    ]);
    expect(renderProblem(problems[0]!, "da")).toBe(
      "En kontakt af formen Telefon skal høre til en deltager: deltagerkoden mangler. Kun virksomhedskontakter kan stå uden deltager.",
    );
  });
});
