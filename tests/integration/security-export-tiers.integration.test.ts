// Issue 11, item 2: row-level exports are a second tier. Every evaluator gets the protected
// aggregate figures, the codebook and the R script; the wide and long exports only with an
// administrator's grant for the programme (audited, revocable, expiring), with pseudonyms
// drawn afresh for each export (never the code mentors see beside the name), dates as
// months and no birth year unless the grant says otherwise.
import { readCsv, type SourceTable } from "@skridt/api/imports";
import { seedDemo } from "@skridt/server/seed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { storeAskedBackgroundAnswers } from "../support/background-answers";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);

describe(`row-level exports need a grant and are pseudonymised afresh, on ${engine}`, () => {
  let t: TestDatabase;
  let admin: Caller;
  let evaluator: Caller;
  let evaluatorId: string;
  let aarhus: string;
  let randers: string;
  let programmeId: string;
  let codes: string[];

  const exportAs = async (who: Caller, shape: "long" | "wide" | "codebook" | "aggregates" | "r-script", format: "csv" | "xlsx" = "csv") =>
    Buffer.from((await who.export.create({ organisationId: aarhus, programmeId, shape, format, filter: {} })).base64, "base64");
  const wide = async () => readCsv(await exportAs(evaluator, "wide"));
  const column = (table: SourceTable, name: string) => table.rows.map((r) => r.cells[name] ?? "");

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    // Older questionnaires carry the background birth year and gender the demo no longer stores.
    expect(await storeAskedBackgroundAnswers(t.db)).toBeGreaterThan(0);
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "evaluator@skridt.demo" } });
    evaluatorId = user.id;
    evaluator = (await signedInCaller(t.db, user.id)).caller;
    admin = (await signedInCaller(t.db, (await t.db.user.findUniqueOrThrow({ where: { email: "admin@skridt.demo" } })).id)).caller;
    aarhus = (await t.db.organisation.findFirstOrThrow({ where: { name: "Jobcenter Aarhus" } })).id;
    randers = (await t.db.organisation.findFirstOrThrow({ where: { name: "Jobcenter Randers" } })).id;
    programmeId = (await t.db.programme.findFirstOrThrow()).id;
    codes = (await t.db.participant.findMany({ select: { code: true } })).map((p) => p.code);
  }, 180_000);
  afterAll(async () => t.cleanup());

  it("refuses the wide and long exports to an evaluator without a grant, and says who to ask", async () => {
    for (const shape of ["wide", "long"] as const) {
      for (const format of ["csv", "xlsx"] as const) {
        await expectTRPCError(exportAs(evaluator, shape, format), "FORBIDDEN", "export_grant_required");
      }
    }
    // The aggregate tier stays open: figures, the codebook and the R script hold no rows.
    for (const shape of ["aggregates", "codebook", "r-script"] as const) expect((await exportAs(evaluator, shape)).length).toBeGreaterThan(0);
    const access = await evaluator.export.access({ organisationId: aarhus, programmeId });
    expect(access.granted).toEqual([]);
    expect(access.missing.map((m) => m.organisationName).sort()).toEqual(["Jobcenter Aarhus", "Jobcenter Odder", "Jobcenter Randers"]);
    expect(access.missing.find((m) => m.organisationId === aarhus)!.admins).toEqual(["Anja Admin"]);
  });

  it("lets an administrator grant one organisation's rows: fresh pseudonyms, months, no birth year, audited", async () => {
    const { id } = await admin.export.grant({ organisationId: aarhus, programmeId, userId: evaluatorId, expiresOn: inDays(30) });
    expect(await t.db.auditEvent.count({ where: { organisationId: aarhus, action: "research_export.grant", targetId: programmeId } })).toBe(1);
    const first = await wide();
    // Only the granting organisation's rows.
    expect(new Set(column(first, "organisation"))).toEqual(new Set(["Jobcenter Aarhus"]));
    // One row per participant (issue 15), answered or not.
    expect(first.rows.filter((r) => r.cells.respondent_type === "participant").length).toBe(
      await t.db.participant.count({ where: { programmeId, organisationId: aarhus } }),
    );
    // No mentor-facing code anywhere in the file, in either shape.
    const texts = [(await exportAs(evaluator, "wide")).toString("utf8"), (await exportAs(evaluator, "long")).toString("utf8")];
    for (const code of codes) for (const text of texts) expect(text).not.toContain(code);
    expect(column(first, "participant_code").every((c) => /^P-\d{4}$/.test(c))).toBe(true);
    // Dates to the month, no birth year column.
    for (const name of ["enrolled_on", "ended_on", "submitted_on_start", "submitted_on_end"])
      expect(column(first, name).every((d) => d === "" || /^\d{4}-\d{2}$/.test(d))).toBe(true);
    expect(first.columns).not.toContain("birth_year");
    // A new key per export: the same row content gets another pseudonym the next time.
    const signature = (table: SourceTable) =>
      new Map(
        table.rows.filter((r) => r.cells.submitted_on_start).map((r) => [r.cells.participant_code, JSON.stringify({ ...r.cells, participant_code: "" })]),
      );
    const [a, b] = [signature(first), signature(await wide())];
    const same = [...a].filter(([code, content]) => b.get(code) === content).length;
    expect(same).toBeLessThan(a.size / 4);
    const audited = await t.db.auditEvent.findFirstOrThrow({ where: { organisationId: aarhus, action: "export.wide" }, orderBy: { at: "desc" } });
    expect(JSON.parse(audited.detail).access).toEqual([{ organisationId: aarhus, via: "grant", exactDates: false, birthYear: false }]);
    await admin.export.revoke({ organisationId: aarhus, grantId: id });
  });

  it("gives exact dates and the birth year only when the grant says so", async () => {
    await admin.export.grant({ organisationId: aarhus, programmeId, userId: evaluatorId, expiresOn: inDays(10), exactDates: true, birthYear: true });
    const table = await wide();
    expect(column(table, "enrolled_on").every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    const participants = await t.db.participant.findMany({ where: { organisationId: aarhus }, select: { birthYear: true } });
    const starts = table.rows.filter((r) => r.cells.respondent_type === "participant");
    const years = new Set(participants.map((p) => String(p.birthYear ?? "")));
    expect(starts.every((r) => years.has(r.cells.birth_year ?? ""))).toBe(true);
    expect(table.columns.indexOf("birth_year")).toBe(table.columns.indexOf("age_band") + 1);
    // The background question's birth year too, only now (empty without the grant: export.integration).
    expect(starts.some((r) => years.has(r.cells.baggrund_foedselsaar_start ?? "") && r.cells.baggrund_foedselsaar_start !== "")).toBe(true);
  });

  it("ends with revocation and with expiry", async () => {
    const active = await admin.export.grants({ organisationId: aarhus, programmeId });
    const current = active.grants.find((g) => g.state === "active")!;
    expect(current).toMatchObject({ exactDates: true, birthYear: true, lastDay: inDays(10), grantedBy: "Anja Admin" });
    await admin.export.revoke({ organisationId: aarhus, grantId: current.id });
    await expectTRPCError(exportAs(evaluator, "wide"), "FORBIDDEN", "export_grant_required");
    expect(await t.db.auditEvent.count({ where: { organisationId: aarhus, action: "research_export.revoke" } })).toBe(2);

    const { id } = await admin.export.grant({ organisationId: aarhus, programmeId, userId: evaluatorId, expiresOn: inDays(0) });
    expect((await wide()).rows.length).toBeGreaterThan(0);
    await t.db.researchExportGrant.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectTRPCError(exportAs(evaluator, "long"), "FORBIDDEN", "export_grant_required");
    expect((await admin.export.grants({ organisationId: aarhus, programmeId })).grants.find((g) => g.id === id)!.state).toBe("expired");
  });

  it("lets only the organisation's administrators grant, only to its evaluators, for at most a year", async () => {
    await expectTRPCError(evaluator.export.grant({ organisationId: aarhus, programmeId, userId: evaluatorId, expiresOn: inDays(5) }), "FORBIDDEN");
    const mentor = await t.db.user.findUniqueOrThrow({ where: { email: "mentor.aarhus@skridt.demo" } });
    await expectTRPCError(
      admin.export.grant({ organisationId: aarhus, programmeId, userId: mentor.id, expiresOn: inDays(5) }),
      "BAD_REQUEST",
      "grantee_not_evaluator",
    );
    await expectTRPCError(
      admin.export.grant({ organisationId: aarhus, programmeId, userId: evaluatorId, expiresOn: inDays(400) }),
      "BAD_REQUEST",
      "date_out_of_range",
    );
    await expectTRPCError(
      admin.export.grant({ organisationId: aarhus, programmeId, userId: evaluatorId, expiresOn: inDays(-1) }),
      "BAD_REQUEST",
      "date_out_of_range",
    );
    // An administrator of Randers only cannot see or end Aarhus's grants.
    const randersAdmin = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: randers, role: "admin" }] })).id)).caller;
    const { id } = await admin.export.grant({ organisationId: aarhus, programmeId, userId: evaluatorId, expiresOn: inDays(5) });
    await expectTRPCError(randersAdmin.export.revoke({ organisationId: randers, grantId: id }), "NOT_FOUND");
    expect((await randersAdmin.export.grants({ organisationId: randers, programmeId })).grants).toEqual([]);
    // A grant in Aarhus releases no Randers rows.
    expect(new Set(column(await wide(), "organisation"))).toEqual(new Set(["Jobcenter Aarhus"]));
  });
});
