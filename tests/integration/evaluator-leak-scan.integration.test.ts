// The evaluator sees no names. Signed in as the demo's evaluator, this calls EVERY procedure
// an evaluator may call (read from the router: organisation-scoped with "evaluator" among the
// roles), every export shape in every format, and scans all the responses (CSV, R, and the
// XML inside each XLSX) for every participant's name, e-mail, phone and CPR number, and for
// anything shaped like a CPR number. A new evaluator procedure without an entry in INPUTS
// fails the test: nobody adds one silently.
import { inflateRawSync } from "node:zlib";
import { appRouter, type Access } from "@skridt/api";
import { seedDemo } from "@skridt/server/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callPath, signedInCaller, type Caller } from "../support/api";
import { grantResearchExports } from "../support/research-grant";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

type AnyProcedure = { _def: { meta?: { access?: Access } } };
function flatten(record: Record<string, unknown>, prefix = ""): [string, AnyProcedure][] {
  return Object.entries(record).flatMap(([key, value]): [string, AnyProcedure][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "function" && "_def" in value) return [[path, value as unknown as AnyProcedure]];
    if (value && typeof value === "object") return flatten(value as Record<string, unknown>, path);
    return [];
  });
}
const evaluatorProcedures = flatten(appRouter._def.procedures as unknown as Record<string, unknown>)
  .filter(([, p]) => {
    const access = p._def.meta?.access;
    return access?.kind === "organisation" && access.roles.includes("evaluator");
  })
  .map(([path]) => path)
  .sort();

interface Scope {
  orgId: string;
  orgIds: string[];
  odderId: string;
  programmeId: string;
  /** The employer register and a volunteer mentor of orgId, and two employer questionnaires sent from it. */
  companyIds: string[];
  volunteerId: string;
  externalSurveyIds: string[];
}
const SHAPES = ["long", "wide", "codebook", "aggregates", "r-script"] as const;
const FORMATS = ["csv", "xlsx"] as const;

/** Valid inputs per evaluator procedure: each is called with every input listed. */
const INPUTS: Record<string, (s: Scope) => unknown[]> = {
  "programme.list": (s) => s.orgIds.map((organisationId) => ({ organisationId })),
  "programme.plan": (s) => [{ organisationId: s.orgId, programmeId: s.programmeId }],
  "programme.progressionPlan": (s) => [{ organisationId: s.orgId, programmeId: s.programmeId }],
  "programme.changeNorms": (s) => [{ organisationId: s.orgId, programmeId: s.programmeId }],
  "evaluation.overview": (s) => queries(s),
  "evaluation.questionnaires": (s) => queries(s),
  "evaluation.progression": (s) => queries(s),
  "evaluation.contacts": (s) => queries(s),
  "evaluation.responseByChannel": (s) => queries(s),
  "evaluation.care": (s) => queries(s),
  "evaluation.change": (s) => queries(s),
  "evaluation.agreement": (s) => queries(s),
  "report.generate": (s) => queries(s),
  "report.docx": (s) => queries(s),
  "evaluation.breakdown": (s) => queries(s).flatMap((q) => (["organisation", "gender", "ageBand", "enrolmentYear"] as const).map((by) => ({ ...q, by }))),
  "export.create": (s) => queries(s).flatMap((q) => SHAPES.flatMap((shape) => FORMATS.map((format) => ({ ...q, shape, format })))),
  "export.access": (s) => [{ organisationId: s.orgId, programmeId: s.programmeId }],
  "company.list": (s) => s.orgIds.map((organisationId) => ({ organisationId })),
  "externalSurvey.results": (s) => [{ organisationId: s.orgId, programmeId: s.programmeId }],
  "externalSurvey.list": (s) => [{ organisationId: s.orgId }, { organisationId: s.orgId, programmeId: s.programmeId }],
  "externalSurvey.createForCompanies": (s) => [{ organisationId: s.orgId, programmeId: s.programmeId, companyIds: s.companyIds }],
  "externalSurvey.createForVolunteer": (s) => [{ organisationId: s.orgId, programmeId: s.programmeId, volunteerId: s.volunteerId }],
  "externalSurvey.renewLink": (s) => [{ organisationId: s.orgId, surveyId: s.externalSurveyIds[0] }],
  "externalSurvey.withdraw": (s) => [{ organisationId: s.orgId, surveyId: s.externalSurveyIds[1] }],
};

/** The whole programme, one municipality, and a small subgroup (where suppression bites). */
function queries(s: Scope) {
  const base = { organisationId: s.orgId, programmeId: s.programmeId };
  return [base, { ...base, filter: { organisationIds: [s.odderId] } }, { ...base, filter: { genders: ["other"], ageBands: ["18-29"] } }];
}

/** The text of every entry of a ZIP (an XLSX). Stored and deflated entries, read from the central directory. */
function unzipText(zip: Buffer): string {
  let eocd = -1;
  for (let i = zip.length - 22; i >= 0; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip file");
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const texts: string[] = [];
  for (let n = 0; n < entries; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error("bad central directory");
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    const content = method === 0 ? data : method === 8 ? inflateRawSync(data) : null;
    if (!content) throw new Error(`unsupported compression ${method} in ${name}`);
    // The text of the XML (cells, shared strings, sheet names), not its markup: attributes such
    // as exceljs's window sizes (4294967295) would read as CPR numbers.
    texts.push(`--- ${name}\n${content.toString("utf8").replace(/<[^>]*>/g, " ")}`);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return texts.join("\n");
}

/** A response as the text an evaluator could read: exports decoded, XLSX unzipped. */
function readable(path: string, response: unknown): string {
  if (path === "export.create" || path === "report.docx") {
    const file = response as { filename: string; base64: string };
    const bytes = Buffer.from(file.base64, "base64");
    const body = /\.(xlsx|docx)$/.test(file.filename) ? unzipText(bytes) : bytes.toString("utf8");
    return `${file.filename}\n${body}`;
  }
  return JSON.stringify(response);
}

const CPR_LIKE = /\b\d{6}-?\d{4}\b/;

describe(`evaluator leak scan on ${engine}`, () => {
  let t: TestDatabase;
  let evaluator: Caller;
  let scope: Scope;
  const secrets: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "evaluator@skridt.demo" }, include: { memberships: true } });
    evaluator = (await signedInCaller(t.db, user.id)).caller;
    const orgId = (await t.db.organisation.findFirstOrThrow({ where: { name: "Jobcenter Aarhus" } })).id;
    const odderId = (await t.db.organisation.findFirstOrThrow({ where: { name: "Jobcenter Odder" } })).id;
    const programmeId = (await t.db.programme.findFirstOrThrow()).id;
    // Row-level exports at full precision (exact dates, birth year): the most a grant can give is scanned.
    await grantResearchExports(t.db, {
      userId: user.id,
      programmeId,
      organisationIds: user.memberships.filter((m) => m.role === "evaluator").map((m) => m.organisationId),
    });
    const companies = await Promise.all(
      ["Bager Hansen ApS", "Netto Viby"].map((name) =>
        t.db.company.create({ data: { organisationId: orgId, name, contactName: "Kim Kontakt", email: `${name.length}@firma.dk` } }),
      ),
    );
    const volunteer = await t.db.volunteer.create({ data: { organisationId: orgId, name: "Frida Frivillig" } });
    scope = {
      orgId,
      odderId,
      orgIds: user.memberships.filter((m) => m.role === "evaluator").map((m) => m.organisationId),
      programmeId,
      companyIds: companies.map((c) => c.id),
      volunteerId: volunteer.id,
      externalSurveyIds: [],
    };
    // Employer questionnaires about participants, sent by their mentor (evaluators may not say whom they are about).
    if (evaluatorProcedures.includes("externalSurvey.createForCompanies")) {
      const mentor = (await signedInCaller(t.db, (await t.db.user.findUniqueOrThrow({ where: { email: "mentor.aarhus@skridt.demo" } })).id)).caller;
      const about = await t.db.participant.findMany({ where: { organisationId: orgId, programmeId }, take: 2, include: { identity: true } });
      await callPath(mentor, "externalSurvey.createForCompanies", {
        organisationId: orgId,
        programmeId,
        companyIds: scope.companyIds,
        aboutParticipantIds: Object.fromEntries(scope.companyIds.map((id, i) => [id, about[i]!.id])),
        aboutFirstNames: Object.fromEntries(scope.companyIds.map((id, i) => [id, about[i]!.identity!.fullName.split(" ")[0]])),
      });
      scope.externalSurveyIds = (await t.db.survey.findMany({ where: { respondentType: "company" }, orderBy: { createdAt: "asc" } })).map((x) => x.id);
    }

    // The demo has no CPR numbers: give some participants one, with and without the dash.
    const some = await t.db.participantIdentity.findMany({ orderBy: { participantId: "asc" }, take: 12 });
    for (const [i, identity] of some.entries()) {
      const cpr = `${String((i % 28) + 1).padStart(2, "0")}0${(i % 9) + 1}8${i % 10}${i % 2 ? "-" : ""}${String(1000 + i * 713).slice(-4)}`;
      await t.db.participantIdentity.update({ where: { participantId: identity.participantId }, data: { cpr } });
    }
    // And names written where mentors write free text: notes and a free-text answer.
    const named = some.slice(0, 4);
    for (const identity of named) {
      const note = `Talte med ${identity.fullName} (${identity.phone ?? ""})`;
      await t.db.review.updateMany({ where: { participantId: identity.participantId }, data: { note } });
      await t.db.contact.updateMany({ where: { participantId: identity.participantId }, data: { note } });
      await t.db.goal.updateMany({ where: { participantId: identity.participantId }, data: { title: note, actions: note, support: note } });
      await t.db.statusEvent.updateMany({ where: { participantId: identity.participantId }, data: { note } });
    }
    const satisfaction = await t.db.assessment.findMany({
      where: { instrumentId: "tilfredshed", status: "submitted" },
      include: { participant: { include: { identity: true } } },
      take: 8,
    });
    for (const a of satisfaction) {
      const name = a.participant?.identity?.fullName ?? "Ukendt";
      await t.db.answer.deleteMany({ where: { assessmentId: a.id, itemId: "samlet_effekt_uddyb" } });
      await t.db.answer.create({
        data: { assessmentId: a.id, itemId: "samlet_effekt_uddyb", instrumentVersion: a.instrumentVersion, value: JSON.stringify(`Jeg hedder ${name}`) },
      });
    }

    for (const identity of await t.db.participantIdentity.findMany()) {
      for (const value of [identity.fullName, identity.email, identity.phone, identity.cpr]) if (value) secrets.push(value);
      if (identity.phone) secrets.push(identity.phone.replace(/\D/g, "").replace(/^45(?=\d{8}$)/, ""));
      if (identity.cpr) secrets.push(identity.cpr.replace("-", ""));
    }
  }, 180_000);
  afterAll(async () => t?.cleanup());

  it("finds the evaluator's procedures in the router, and has inputs for every one", () => {
    expect(evaluatorProcedures).toEqual(
      expect.arrayContaining(["evaluation.overview", "evaluation.questionnaires", "evaluation.progression", "export.create", "programme.list"]),
    );
    const missing = evaluatorProcedures.filter((path) => !(path in INPUTS));
    expect(missing, "an evaluator procedure without an entry in INPUTS: add valid inputs so the leak scan covers it").toEqual([]);
  });

  it("has identities with CPR numbers, and names in notes and free-text answers, to look for", () => {
    expect(secrets.filter((s) => CPR_LIKE.test(s)).length).toBeGreaterThanOrEqual(12);
    expect(secrets.length).toBeGreaterThan(300);
  });

  it("finds no name, e-mail, phone or CPR number in any evaluator response, export or XLSX sheet", async () => {
    const leaks: string[] = [];
    let calls = 0;
    for (const path of evaluatorProcedures) {
      const inputs = INPUTS[path]?.(scope) ?? [];
      expect(inputs.length, path).toBeGreaterThan(0);
      for (const input of inputs) {
        const text = readable(path, await callPath(evaluator, path, input));
        calls++;
        const where = `${path} ${JSON.stringify(input)}`;
        const cpr = text.match(CPR_LIKE);
        if (cpr) leaks.push(`${where}: CPR-like "${cpr[0]}"`);
        for (const secret of secrets) {
          const found = /^\d+$/.test(secret) ? new RegExp(`(?<![\\d.])${secret}(?!\\d)`).test(text) : text.includes(secret);
          if (found) leaks.push(`${where}: "${secret}"`);
        }
      }
    }
    expect(calls).toBeGreaterThanOrEqual(3 * SHAPES.length * FORMATS.length);
    expect(leaks).toEqual([]);
  }, 240_000);
});
