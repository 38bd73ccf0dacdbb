// FHIR R4 under /fhir on the real server (issue 17): a participant's submitted questionnaires as
// QuestionnaireResponses with findingInformer and their scores as Observations, instruments as
// Questionnaires (WHO-5 exactly as KL's FFInst 1.0.0), the programme's bulk NDJSON export, and a
// FHIR Questionnaire imported as a programme's own instrument; every resource the server sends
// is checked by a real FHIR validator (@medplum/core with the R4 definitions).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  fromQuestionnaire,
  KL_WHO5_URL,
  FINDING_INFORMER,
  SNOMED,
  type Bundle,
  type FhirResource,
  type Observation,
  type Questionnaire,
  type QuestionnaireResponse,
} from "@skridt/fhir";
import { r4Problems } from "@skridt/fhir/testing";
import { klWho5QuestionnaireProblems, klWho5ResponseProblems } from "@skridt/fhir/testing/kl-profile";
import { parseInstrumentDefinition, type TInstrument } from "@skridt/instruments";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, SESSION_COOKIE, type SkridtServer } from "../../apps/server/src/server";
import { callerFor, createOrganisation, createProgramme, createSessionToken, createUser, signedInCaller, type Caller } from "../support/api";
import { repoRoot, runTs } from "../support/run-ts";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

const EXAMPLE = readFileSync(new URL("../../packages/instruments/src/examples/hverdagsmestring.json", import.meta.url), "utf8");
const KL_WHO5 = JSON.parse(readFileSync(new URL("../fixtures/fhir/kl-who5-questionnaire.json", import.meta.url), "utf8")) as Questionnaire;
const OWN = "hverdagsmestring-eksempel";

async function expectValid(resources: readonly FhirResource[]) {
  expect(resources.length).toBeGreaterThan(0);
  for (const resource of resources) expect(await r4Problems(resource), `${resource.resourceType}/${resource.id}`).toEqual([]);
}

describe(`FHIR endpoints on ${engine}`, () => {
  let t: TestDatabase;
  let server: SkridtServer;
  let base: string;
  let webDir: string;
  let orgA: string;
  let programmeId: string;
  let admin: Caller;
  let mentor: Caller;
  let anonymous: Caller;
  const cookies: Record<"admin" | "mentor" | "evaluator" | "otherMentor", string> = { admin: "", mentor: "", evaluator: "", otherMentor: "" };
  const people: Record<"self" | "phone" | "otherOrg", string> = { self: "", phone: "", otherOrg: "" };
  let mutation = 0;

  const change = (instrumentId: string, itemId: string, value: unknown) => ({
    instrumentId,
    itemId,
    value: value as number,
    clientMutationId: `fhir-mutation-${++mutation}`,
    answeredAt: new Date().toISOString(),
  });
  const who5Answers = [5, 3, 4, 2, 1];
  const ownAnswers: [string, number][] = [
    ["struktur", 4],
    ["overblik", 2],
    ["ude", 3],
  ];

  async function answerByLink(caller: Caller, org: string, prog: string, name: string) {
    const p = await caller.participant.create({ organisationId: org, programmeId: prog, fullName: name, enrolledOn: "2026-11-01" });
    const token = p.startSurvey.token;
    for (const [itemId, value] of ownAnswers) await anonymous.take.saveAnswer({ token, ...change(OWN, itemId, value) });
    for (const [i, v] of who5Answers.entries()) await anonymous.take.saveAnswer({ token, ...change("who5", `who5_${i + 1}`, v) });
    await anonymous.take.submit({ token });
    return p.id;
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    orgA = (await createOrganisation(t.db, "Jobcenter FHIR")).id;
    const orgB = (await createOrganisation(t.db, "Jobcenter Andet")).id;
    programmeId = (await createProgramme(t.db, "FHIR-programmet", [orgA, orgB])).id;
    const user = async (org: string, role: string) => (await createUser(t.db, { roles: [{ organisationId: org, role }] })).id;
    const adminId = await user(orgA, "admin");
    const mentorId = await user(orgA, "mentor");
    const otherMentorId = await user(orgB, "mentor");
    admin = (await signedInCaller(t.db, adminId)).caller;
    mentor = (await signedInCaller(t.db, mentorId)).caller;
    const otherMentor = (await signedInCaller(t.db, otherMentorId)).caller;
    anonymous = (await callerFor(t.db)).caller;
    cookies.admin = await createSessionToken(t.db, adminId);
    cookies.mentor = await createSessionToken(t.db, mentorId);
    cookies.evaluator = await createSessionToken(t.db, await user(orgA, "evaluator"));
    cookies.otherMentor = await createSessionToken(t.db, otherMentorId);

    await admin.programmeInstrument.add({ organisationId: orgA, programmeId, definition: EXAMPLE });
    await admin.programme.setPlan({ organisationId: orgA, programmeId, plan: { occasions: { start: [OWN, "who5"], end: [OWN], followup: [] }, targets: [] } });
    people.self = await answerByLink(mentor, orgA, programmeId, "Selma Selv");
    people.otherOrg = await answerByLink(otherMentor, orgB, programmeId, "Anders Andet");
    // On the phone: the mentor types what the participant says.
    const p = await mentor.participant.create({ organisationId: orgA, programmeId, fullName: "Tove Telefon", enrolledOn: "2026-11-01" });
    const surveyId = (await t.db.survey.findFirstOrThrow({ where: { participantId: p.id }, select: { id: true } })).id;
    const ref = { organisationId: orgA, surveyId, mode: "phone" as const };
    await mentor.surveyEntry.open(ref);
    for (const [itemId, value] of ownAnswers) await mentor.surveyEntry.saveAnswer({ ...ref, ...change(OWN, itemId, value) });
    for (const [i, v] of who5Answers.entries()) await mentor.surveyEntry.saveAnswer({ ...ref, ...change("who5", `who5_${i + 1}`, v) });
    await mentor.surveyEntry.submit(ref);
    people.phone = p.id;

    webDir = mkdtempSync(join(tmpdir(), "skridt-fhir-web-"));
    server = await createServer({
      db: t.config,
      port: 0,
      host: "127.0.0.1",
      trustProxy: false,
      logLevel: "silent",
      webAppDirs: { participant: join(webDir, "participant"), staff: join(webDir, "staff") },
    });
    base = await server.start();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await t?.cleanup();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  const get = (path: string, who?: keyof typeof cookies) => fetch(`${base}${path}`, { headers: who ? { cookie: `${SESSION_COOKIE}=${cookies[who]}` } : {} });
  async function getJson<T>(path: string, who: keyof typeof cookies): Promise<T> {
    const response = await get(path, who);
    expect(response.status, path).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/fhir+json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    return (await response.json()) as T;
  }
  const resourcesOf = <T>(bundle: Bundle<T>) => (bundle.entry ?? []).map((e) => e.resource);
  const fhirReads = (participantId: string) =>
    t.db.auditEvent.findMany({ where: { action: "fhir.read", targetId: participantId }, select: { actorId: true, detail: true } });

  it("serves its capability statement", async () => {
    const response = await get("/fhir/metadata");
    expect(response.status).toBe(200);
    await expectValid([(await response.json()) as FhirResource]);
  });

  it("serves every instrument as a Questionnaire, WHO-5 exactly as KL's release", async () => {
    const bundle = await getJson<Bundle<Questionnaire>>("/fhir/Questionnaire", "evaluator");
    expect(await r4Problems(bundle as never)).toEqual([]);
    const questionnaires = resourcesOf(bundle);
    await expectValid(questionnaires);
    expect(questionnaires.map((q) => q.url)).toEqual(
      expect.arrayContaining([KL_WHO5_URL, `https://skridt.dk/fhir/Questionnaire/${OWN}`, "https://skridt.dk/fhir/Questionnaire/gse"]),
    );
    const who5 = await getJson<Questionnaire>("/fhir/Questionnaire/KLToolsCareWHO5", "mentor");
    expect(who5).toEqual(KL_WHO5);
    expect(klWho5QuestionnaireProblems(who5)).toEqual([]);
    const byUrl = resourcesOf(await getJson<Bundle<Questionnaire>>(`/fhir/Questionnaire?url=${encodeURIComponent(KL_WHO5_URL)}`, "admin"));
    expect(byUrl).toEqual([KL_WHO5]);
  });

  it("gives a mentor the participant's QuestionnaireResponses with findingInformer from how they were filled in, audited", async () => {
    for (const [who, informer] of [
      [people.self, FINDING_INFORMER.citizen],
      [people.phone, FINDING_INFORMER.citizenWithStaff],
    ] as const) {
      const bundle = await getJson<Bundle<QuestionnaireResponse>>(`/fhir/QuestionnaireResponse?subject=Patient/${who}`, "mentor");
      const responses = resourcesOf(bundle);
      await expectValid(responses);
      expect(responses.map((r) => r.questionnaire).sort()).toEqual([KL_WHO5_URL, `https://skridt.dk/fhir/Questionnaire/${OWN}|1.0.0`]);
      for (const r of responses) expect(r.extension![0]!.valueCodeableConcept!.coding![0]!.code).toBe(informer.code);
      const who5 = responses.find((r) => r.questionnaire === KL_WHO5_URL)!;
      expect(klWho5ResponseProblems(who5)).toEqual([]);
      expect(who5.item!.map((i) => i.answer![0]!.valueCoding!.display)).toEqual([
        "WHO-5 Hele tiden - 5 (glad)",
        "WHO-5 Lidt mere end halvdelen af tiden - 3 (rolig)",
        "WHO-5 Det meste af tiden - 4 (aktiv)",
        "WHO-5 Lidt mindre end halvdelen af tiden - 2 (frisk)",
        "WHO-5 Lidt af tiden - 1 (interesseret)",
      ]);
      const one = await getJson<QuestionnaireResponse>(`/fhir/QuestionnaireResponse/${who5.id}`, "admin");
      expect(one).toEqual(who5);
    }
    const reads = await fhirReads(people.self);
    expect(reads.map((r) => JSON.parse(r.detail))).toEqual(
      expect.arrayContaining([
        { resourceType: "QuestionnaireResponse", count: 2 },
        { resourceType: "QuestionnaireResponse", count: 1 },
      ]),
    );
  });

  it("gives each scale score as an Observation derived from its response, with the stored score", async () => {
    const observations = resourcesOf(await getJson<Bundle<Observation>>(`/fhir/Observation?subject=Patient/${people.self}&date=ge2026-01-01`, "mentor"));
    await expectValid(observations);
    const responses = resourcesOf(await getJson<Bundle<QuestionnaireResponse>>(`/fhir/QuestionnaireResponse?patient=${people.self}`, "mentor"));
    const stored = await t.db.score.findMany({ where: { assessment: { participantId: people.self } }, select: { value: true, assessmentId: true } });
    expect(observations.map((o) => o.valueQuantity!.value).sort()).toEqual(stored.map((s) => s.value).sort());
    for (const o of observations) expect(responses.map((r) => `QuestionnaireResponse/${r.id}`)).toContain(o.derivedFrom![0]!.reference);
    const who5 = observations.find((o) => o.code.coding![0]!.system === SNOMED)!;
    expect(who5.code.coding![0]!.code).toBe("1144665009");
    expect(who5.valueQuantity!.value).toBe((5 + 3 + 4 + 2 + 1) * 4);
    expect(await getJson<Observation>(`/fhir/Observation/${who5.id}`, "mentor")).toEqual(who5);
    const patient = await getJson<FhirResource>(`/fhir/Patient/${people.self}`, "mentor");
    await expectValid([patient]);
    expect(JSON.stringify(patient)).not.toContain("Selma");
  });

  it("serves a mentor's correction as the amended response, still informed as the phone call it corrects", async () => {
    const who5 = await t.db.assessment.findFirstOrThrow({ where: { participantId: people.phone, instrumentId: "who5" }, select: { id: true } });
    const { assessmentId } = await mentor.survey.correct({ organisationId: orgA, assessmentId: who5.id, changes: { who5_5: 2 }, reason: "Tastefejl" });
    const responses = resourcesOf(await getJson<Bundle<QuestionnaireResponse>>(`/fhir/QuestionnaireResponse?subject=Patient/${people.phone}`, "mentor"));
    await expectValid(responses);
    const amended = responses.filter((r) => r.questionnaire === KL_WHO5_URL);
    expect(amended.map((r) => [r.id, r.status])).toEqual([[assessmentId, "amended"]]);
    expect(amended[0]!.extension![0]!.valueCodeableConcept!.coding![0]!.code).toBe(FINDING_INFORMER.citizenWithStaff.code);
    expect(amended[0]!.item!.at(-1)!.answer![0]!.valueCoding!.display).toBe("WHO-5 Lidt mindre end halvdelen af tiden - 2 (interesseret)");
    const observations = resourcesOf(await getJson<Bundle<Observation>>(`/fhir/Observation?subject=Patient/${people.phone}`, "mentor"));
    const score = observations.find((o) => o.derivedFrom![0]!.reference === `QuestionnaireResponse/${assessmentId}`)!;
    expect([score.status, score.valueQuantity!.value]).toEqual(["amended", (5 + 3 + 4 + 2 + 2) * 4]);
  });

  it("searches by date", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const count = async (query: string) =>
      resourcesOf(await getJson<Bundle<QuestionnaireResponse>>(`/fhir/QuestionnaireResponse?subject=Patient/${people.self}&${query}`, "mentor")).length;
    expect(await count(`authored=${today}`)).toBe(2);
    expect(await count(`authored=ge${tomorrow}`)).toBe(0);
    expect(await count(`authored=lt${today}`)).toBe(0);
    expect(await count(`authored=ge${today}&authored=lt${tomorrow}`)).toBe(2);
    expect((await get(`/fhir/QuestionnaireResponse?subject=Patient/${people.self}&authored=sidste-uge`, "mentor")).status).toBe(400);
  });

  it("refuses without a session, evaluators (no row-level data), staff of another organisation, and a search without a participant", async () => {
    const path = `/fhir/QuestionnaireResponse?subject=Patient/${people.self}`;
    const before = (await fhirReads(people.self)).length;
    expect((await get(path)).status).toBe(401);
    const evaluator = await get(path, "evaluator");
    expect(evaluator.status).toBe(403);
    expect(((await evaluator.json()) as { resourceType: string }).resourceType).toBe("OperationOutcome");
    expect((await get(path, "otherMentor")).status).toBe(404);
    expect((await get(`/fhir/Patient/${people.self}`, "otherMentor")).status).toBe(404);
    expect((await get(`/fhir/Observation?subject=Patient/${people.self}`, "evaluator")).status).toBe(403);
    expect((await get("/fhir/QuestionnaireResponse", "mentor")).status).toBe(400);
    const unknown = await get("/fhir/Encounter?subject=Patient/x", "mentor");
    expect([unknown.status, unknown.headers.get("content-type")]).toEqual([404, "application/fhir+json; charset=utf-8"]);
    expect((await fhirReads(people.self)).length).toBe(before);
  });

  it("exports the programme as NDJSON for an administrator: only their organisation's participants, every line valid R4, audited", async () => {
    const response = await get(`/fhir/export/programme/${programmeId}`, "admin");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/fhir\+ndjson/);
    const text = await response.text();
    expect(text.endsWith("\n")).toBe(true);
    const resources = text
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as FhirResource);
    await expectValid(resources);
    const patients = resources.filter((r) => r.resourceType === "Patient").map((r) => r.id);
    expect(patients.sort()).toEqual([people.self, people.phone].sort());
    expect(text).not.toContain(people.otherOrg);
    expect(resources.filter((r) => r.resourceType === "QuestionnaireResponse")).toHaveLength(4);
    expect(resources.filter((r) => r.resourceType === "Observation")).toHaveLength(4);
    expect(resources.filter((r) => r.resourceType === "Questionnaire").map((q) => (q as Questionnaire).url)).toEqual(
      expect.arrayContaining([KL_WHO5_URL, `https://skridt.dk/fhir/Questionnaire/${OWN}`]),
    );
    const audited = await t.db.auditEvent.findFirstOrThrow({ where: { action: "fhir.bulk_export", targetId: programmeId } });
    expect(JSON.parse(audited.detail)).toEqual({ rows: resources.length, format: "ndjson" });
    expect((await get(`/fhir/export/programme/${programmeId}`, "mentor")).status).toBe(404);
    expect((await get(`/fhir/export/programme/${programmeId}`, "evaluator")).status).toBe(404);
  });

  const importTo = (questionnaire: unknown, who: keyof typeof cookies = "admin", contentType = "application/fhir+json") =>
    fetch(`${base}/fhir/Questionnaire/$import?programme=${programmeId}`, {
      method: "POST",
      headers: { "content-type": contentType, origin: base, cookie: `${SESSION_COOKIE}=${cookies[who]}` },
      body: JSON.stringify(questionnaire),
    });

  it("imports KL's own WHO-5 Questionnaire as the programme's instrument, and a participant gets it in their questionnaire", async () => {
    expect((await importTo(KL_WHO5, "mentor")).status).toBe(404);
    const response = await importTo(KL_WHO5);
    expect(response.status).toBe(201);
    const outcome = (await response.json()) as { issue: { severity: string; diagnostics: string }[] };
    expect(outcome.issue.every((i) => i.severity === "information")).toBe(true);
    expect(outcome.issue.map((i) => i.diagnostics).join("\n")).toMatch(/no English translation/);
    const stored = await admin.programmeInstrument.get({ organisationId: orgA, programmeId, instrumentId: "kltoolscarewho5" });
    expect(stored.items.map((i) => i.id)).toEqual(["happy", "calm", "active", "rested", "interest", "who5comment"]);
    expect(
      (await t.db.auditEvent.findFirstOrThrow({ where: { action: "programme.add_instrument", targetId: programmeId, detail: { contains: '"fhir"' } } }))
        .actorId,
    ).not.toBeNull();

    await admin.programme.setPlan({
      organisationId: orgA,
      programmeId,
      plan: { occasions: { start: ["kltoolscarewho5"], end: [OWN], followup: [] }, targets: [] },
    });
    const p = await mentor.participant.create({ organisationId: orgA, programmeId, fullName: "Karla KL", enrolledOn: "2026-11-02" });
    const opened = await anonymous.take.open({ token: p.startSurvey.token });
    const definition = opened.instruments[0]!.definition as TInstrument;
    expect(definition.items[0]).toMatchObject({ id: "happy", prompt: { da: "I de sidste 2 uger har jeg været glad og i godt humør" } });
    // Served again, it is a valid Questionnaire under Skridt's canonical URL.
    const served = resourcesOf(await getJson<Bundle<Questionnaire>>("/fhir/Questionnaire?url=https://skridt.dk/fhir/Questionnaire/kltoolscarewho5", "admin"));
    await expectValid(served);
  });

  it("names what it cannot import and stores nothing", async () => {
    const before = await t.db.programmeInstrument.count();
    const response = await importTo(
      { resourceType: "Questionnaire", status: "active", title: "Foto", item: [{ linkId: "foto", type: "attachment", text: "Upload et foto" }] },
      "admin",
      "application/json",
    );
    expect(response.status).toBe(422);
    const outcome = (await response.json()) as FhirResource & { issue: { severity: string; diagnostics: string; expression?: string[] }[] };
    await expectValid([outcome as never]);
    expect(outcome.issue[0]).toMatchObject({ severity: "error", expression: ['item[0] ("foto").type'] });
    expect(outcome.issue[0]!.diagnostics).toBe('Spørgsmålstypen "attachment" understøttes ikke / The question type "attachment" is not supported');
    // Skridt's own definition checks run too, with their texts: the id of a built-in is refused.
    const builtIn = await importTo({
      resourceType: "Questionnaire",
      status: "active",
      name: "gse",
      title: "GSE",
      item: [{ linkId: "a", type: "string", text: "Tekst" }],
    });
    expect(builtIn.status).toBe(422);
    expect(JSON.stringify(await builtIn.json())).toContain("er id'et på et af Skridts indbyggede spørgeskemaer");
    expect(await t.db.programmeInstrument.count()).toBe(before);
  });

  it("round trip: the programme's own instrument exported by /fhir and imported again is the same definition", async () => {
    const [exported] = resourcesOf(
      await getJson<Bundle<Questionnaire>>(`/fhir/Questionnaire?url=https://skridt.dk/fhir/Questionnaire/${OWN}&version=1.0.0`, "admin"),
    );
    const original = parseInstrumentDefinition(EXAMPLE);
    const pure = fromQuestionnaire(exported);
    if (!pure.ok) throw new Error(JSON.stringify(pure.problems));
    expect(parseInstrumentDefinition(pure.definition)).toEqual(original);
    // Through the endpoint as the next version: stored exactly as the original but for the version.
    const response = await importTo({ ...exported, version: "1.1.0" });
    expect(response.status).toBe(201);
    const stored = await admin.programmeInstrument.get({ organisationId: orgA, programmeId, instrumentId: OWN, version: "1.1.0" });
    expect(stored).toEqual({ ...original, version: "1.1.0" });
  });

  it("imports and exports from the command line too, with the same checks, notes and audit", async () => {
    const env = { ...process.env, DATABASE_URL: t.config.engine === "sqlite" ? `file:${t.config.url}` : t.config.url };
    const cli = join(repoRoot, "apps", "server", "src", "cli.ts");
    const dir = mkdtempSync(join(tmpdir(), "skridt-fhir-cli-"));
    try {
      const file = join(dir, "who5.json");
      writeFileSync(file, JSON.stringify({ ...KL_WHO5, name: "KL_WHO5_CLI" }));
      const added = await runTs(cli, ["fhir", "import", "--programme", "FHIR-programmet", file], env);
      expect(added.stdout).toContain("added kl_who5_cli 1.0.0 to FHIR-programmet");
      expect(added.stdout).toContain("(Some texts have no English translation; the Danish text is used)");
      const attachment = join(dir, "foto.json");
      writeFileSync(
        attachment,
        JSON.stringify({ resourceType: "Questionnaire", status: "active", item: [{ linkId: "foto", type: "attachment", text: "Foto" }] }),
      );
      await expect(runTs(cli, ["fhir", "import", "--programme", programmeId, attachment], env)).rejects.toThrow(
        /Spørgsmålstypen "attachment" understøttes ikke/,
      );

      const out = join(dir, "export.ndjson");
      const exported = await runTs(cli, ["fhir", "export", "--programme", programmeId, "--organisation", "Jobcenter FHIR", "--out", out], env);
      expect(exported.stdout).toMatch(/resources written to .* \(2 participants\)/);
      const resources = readFileSync(out, "utf8")
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line) as FhirResource);
      await expectValid(resources);
      expect(JSON.stringify(resources)).not.toContain(people.otherOrg);
      const audited = await t.db.auditEvent.findMany({ where: { action: "fhir.bulk_export", actorId: null } });
      expect(audited.map((a) => JSON.parse(a.detail))).toEqual([{ rows: resources.length, format: "ndjson", via: "cli" }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
