// Privacy: the audit log (every staff read and change of a participant, searchable by admins,
// never rewritten), the participant's full record, erasure (anonymise keeps aggregates,
// delete changes them), consent records, and the retention command.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { applyRetention, addMonths } from "@skridt/api/privacy";
import { seedDemo } from "@skridt/server/seed";
import { MAX_COUNT_NOISE } from "../../packages/analytics/src/index";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callPath, createOrganisation, createProgramme, createUser, expectTRPCError, signedInCaller, type Caller } from "../support/api";
import { repoRoot, runTs } from "../support/run-ts";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`privacy on ${engine}`, () => {
  let t: TestDatabase;
  let admin: Caller;
  let mentor: Caller;
  let evaluator: Caller;
  let adminId: string;
  let mentorId: string;
  let orgId: string;
  let otherOrgId: string;
  let programmeId: string;

  /** A demo participant in Aarhus with reviews, goals, contacts, status events and a submitted survey. */
  async function richParticipant(skip: string[] = []) {
    return t.db.participant.findFirstOrThrow({
      where: {
        organisationId: orgId,
        erasedAt: null,
        id: { notIn: skip },
        reviews: { some: {} },
        goals: { some: {} },
        contacts: { some: {} },
        statusEvents: { some: {} },
        surveys: { some: { status: "submitted" } },
        assessments: { some: { instrumentId: "tilfredshed", status: "submitted" } },
      },
      include: { identity: true },
      orderBy: { code: "asc" },
    });
  }

  /** Gives the participant free text everywhere it can be: notes, goal texts, a text answer, an amendment. */
  async function addFreeText(participantId: string) {
    await t.db.review.updateMany({ where: { participantId }, data: { note: "Talte om sin søster Mette" } });
    await t.db.contact.updateMany({ where: { participantId }, data: { note: "Ringede fra hospitalet" } });
    await t.db.statusEvent.updateMany({ where: { participantId }, data: { note: "Praktik hos Bager Hansen" } });
    await t.db.goal.updateMany({ where: { participantId }, data: { actions: "Går til lægen", support: "Følger med" } });
    const review = await t.db.review.findFirstOrThrow({ where: { participantId } });
    await t.db.reviewAmendment.create({
      data: {
        reviewId: review.id,
        reason: "Rettet efter samtale om depression",
        before: JSON.stringify({ scores: {}, note: "før" }),
        after: JSON.stringify({ scores: {}, note: "efter" }),
      },
    });
    // "Uddyb dit svar": the satisfaction questionnaire's free-text item.
    const assessment = await t.db.assessment.findFirstOrThrow({ where: { participantId, status: "submitted", instrumentId: "tilfredshed" } });
    await t.db.answer.deleteMany({ where: { assessmentId: assessment.id, itemId: "samlet_effekt_uddyb" } });
    await t.db.answer.create({
      data: {
        assessmentId: assessment.id,
        itemId: "samlet_effekt_uddyb",
        instrumentVersion: assessment.instrumentVersion,
        value: JSON.stringify("Jeg har det svært med min angst"),
      },
    });
  }

  async function aggregates() {
    const overview = await evaluator.evaluation.overview({ organisationId: orgId, programmeId });
    const questionnaires = await evaluator.evaluation.questionnaires({ organisationId: orgId, programmeId });
    const progression = await evaluator.evaluation.progression({ organisationId: orgId, programmeId });
    const { contacts } = await evaluator.evaluation.contacts({ organisationId: orgId, programmeId });
    return rounded({
      counts: overview.counts,
      responseRates: overview.responseRates,
      outcomes: overview.outcomes,
      contacts,
      change: questionnaires.change,
      distributions: questionnaires.distributions,
      spider: progression.spider,
    });
  }

  /** Figures to 10 significant digits: PostgreSQL may return rows in another order after an update, and float sums differ in the last bits. */
  function rounded<T>(value: T): T {
    return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(10)) : v)) as T;
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    const byEmail = (email: string) => t.db.user.findUniqueOrThrow({ where: { email } });
    adminId = (await byEmail("admin@skridt.demo")).id;
    mentorId = (await byEmail("mentor.aarhus@skridt.demo")).id;
    admin = (await signedInCaller(t.db, adminId)).caller;
    mentor = (await signedInCaller(t.db, mentorId)).caller;
    evaluator = (await signedInCaller(t.db, (await byEmail("evaluator@skridt.demo")).id)).caller;
    orgId = (await t.db.organisation.findFirstOrThrow({ where: { name: "Jobcenter Aarhus" } })).id;
    otherOrgId = (await t.db.organisation.findFirstOrThrow({ where: { name: "Jobcenter Odder" } })).id;
    programmeId = (await t.db.programme.findFirstOrThrow()).id;
  }, 180_000);
  afterAll(async () => t?.cleanup());

  describe("audit log", () => {
    it("writes a row for every staff read of a participant's identity, answers, reviews and notes", async () => {
      const p = await t.db.participant.findFirstOrThrow({ where: { organisationId: orgId, mentorId, assessments: { some: { status: "submitted" } } } });
      const assessment = await t.db.assessment.findFirstOrThrow({ where: { participantId: p.id, status: "submitted" } });
      const review = await t.db.review.findFirst({ where: { participantId: p.id } });
      const ref = { organisationId: orgId, participantId: p.id };
      const reads: [string, unknown][] = [
        ["participant.get", ref],
        ["participant.list", { organisationId: orgId, scope: "mine" }],
        ["caseload.due", { organisationId: orgId, scope: "mine" }],
        ["caseload.timeline", ref],
        ["caseload.questionnaireChange", ref],
        ["caseload.progressReport", { ...ref, includeIdentity: true }],
        ["review.list", ref],
        ["goal.list", ref],
        ["contact.list", ref],
        ["statusEvent.list", ref],
        ["survey.listForParticipant", ref],
        ["survey.answers", { organisationId: orgId, assessmentId: assessment.id }],
        ...(review ? ([["review.amendments", { organisationId: orgId, reviewId: review.id }]] as [string, unknown][]) : []),
      ];
      for (const [path, input] of reads) {
        const before = await t.db.auditEvent.count({ where: { actorId: mentorId } });
        await callPath(mentor, path, input);
        expect(await t.db.auditEvent.count({ where: { actorId: mentorId } }), `${path} wrote no audit row`).toBeGreaterThan(before);
        const row = await t.db.auditEvent.findFirstOrThrow({ where: { actorId: mentorId }, orderBy: [{ at: "desc" }, { id: "desc" }] });
        expect(row.organisationId).toBe(orgId);
        expect(row.ip).toBe("127.0.0.1");
        if ("participantId" in (input as object)) expect([p.id, assessment.id, review?.id]).toContain(row.targetId);
      }
    });

    it("lets an admin search by action prefix, actor, target and day, newest first, page by page, with actor names", async () => {
      const p = await richParticipant();
      for (let i = 0; i < 3; i++) await mentor.review.list({ organisationId: orgId, participantId: p.id });
      const byTarget = await admin.audit.search({ organisationId: orgId, targetType: "participant", targetId: p.id, action: "review." });
      expect(byTarget.items.length).toBeGreaterThanOrEqual(3);
      expect(byTarget.items.every((r) => r.action.startsWith("review.") && r.targetId === p.id)).toBe(true);
      expect(byTarget.items[0]).toMatchObject({ actorId: mentorId, actorName: expect.any(String), ip: "127.0.0.1" });
      const mentorName = (await t.db.user.findUniqueOrThrow({ where: { id: mentorId } })).name;
      expect(byTarget.items[0]!.actorName).toBe(mentorName);
      // Readable: the participant by their code (never their name), and a record of theirs by the same code.
      const code = (await t.db.participant.findUniqueOrThrow({ where: { id: p.id } })).code;
      expect(byTarget.items[0]).toMatchObject({ targetLabel: code, participantCode: code });
      const contact = await mentor.contact.create({ organisationId: orgId, participantId: p.id, occurredOn: "2026-01-05", kind: "phone" });
      const byContact = await admin.audit.search({ organisationId: orgId, targetType: "contact", targetId: contact.id });
      expect(byContact.items.map((r) => [r.action, r.participantCode, r.targetLabel])).toEqual([["contact.create", code, null]]);

      const byActor = await admin.audit.search({ organisationId: orgId, actorId: mentorId, limit: 200 });
      expect(byActor.items.every((r) => r.actorId === mentorId)).toBe(true);
      const today = new Date().toISOString().slice(0, 10);
      expect((await admin.audit.search({ organisationId: orgId, actorId: mentorId, from: today, to: today })).items.length).toBeGreaterThan(0);
      expect((await admin.audit.search({ organisationId: orgId, actorId: mentorId, to: "2000-01-01" })).items).toEqual([]);

      // Paging: pages of 2 cover the same rows as one page, without overlap, newest first.
      const all = await admin.audit.search({ organisationId: orgId, actorId: mentorId, limit: 200 });
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await admin.audit.search({ organisationId: orgId, actorId: mentorId, limit: 2, ...(cursor ? { cursor } : {}) });
        paged.push(...page.items.map((r) => r.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(paged).toEqual(all.items.map((r) => r.id));
      const times = all.items.map((r) => r.at);
      expect([...times].sort().reverse()).toEqual(times);

      const actors = await admin.audit.actors({ organisationId: orgId });
      expect(actors.map((a) => a.id)).toContain(mentorId);
    });

    it("shows an admin only their own organisation's rows, and is closed to mentors and evaluators", async () => {
      const odder = await admin.audit.search({ organisationId: otherOrgId, actorId: mentorId });
      expect(odder.items).toEqual([]);
      await expectTRPCError(mentor.audit.search({ organisationId: orgId }), "FORBIDDEN");
      await expectTRPCError(evaluator.audit.search({ organisationId: orgId }), "FORBIDDEN");
    });

    it("is append-only: no code outside migrations updates or deletes audit rows", () => {
      const offenders: string[] = [];
      const walk = (dir: string) => {
        for (const name of readdirSync(dir)) {
          if (name === "node_modules" || name === "generated" || name === "dist" || name.startsWith(".")) continue;
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path);
          else if (/\.(ts|tsx)$/.test(name) && !name.endsWith(".test.ts")) {
            const text = readFileSync(path, "utf8");
            if (/auditEvent\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b/.test(text) || /(UPDATE|DELETE\s+FROM)\s+"?AuditEvent"?/i.test(text))
              offenders.push(path);
          }
        }
      };
      for (const root of ["packages", "apps"]) walk(join(repoRoot, root));
      expect(offenders).toEqual([]);
    });
  });

  describe("consent", () => {
    it("records, lists and withdraws a participant's consent with the text version", async () => {
      const p = await richParticipant();
      const ref = { organisationId: orgId, participantId: p.id };
      const { id } = await mentor.privacy.consents.record({ ...ref, kind: "questionnaires", textVersion: "2025-01", givenOn: "2025-02-03" });
      await mentor.privacy.consents.record({ ...ref, kind: "participation", textVersion: "2025-01", givenOn: "2025-02-03" });
      let list = await mentor.privacy.consents.list(ref);
      expect(list.find((c) => c.id === id)).toMatchObject({
        kind: "questionnaires",
        textVersion: "2025-01",
        givenOn: "2025-02-03",
        withdrawnOn: null,
        recordedBy: expect.any(String),
      });
      await mentor.privacy.consents.withdraw({ organisationId: orgId, consentId: id, withdrawnOn: "2025-03-01" });
      list = await admin.privacy.consents.list(ref);
      expect(list.find((c) => c.id === id)?.withdrawnOn).toBe("2025-03-01");
      await expectTRPCError(
        mentor.privacy.consents.withdraw({ organisationId: orgId, consentId: id, withdrawnOn: "2025-03-02" }),
        "CONFLICT",
        "already_withdrawn",
      );
      await expectTRPCError(
        mentor.privacy.consents.record({ ...ref, kind: "participation", textVersion: "1", givenOn: "2999-01-01" }),
        "BAD_REQUEST",
        "date_in_future",
      );
      // Another organisation's admin sees nothing of it.
      await expectTRPCError(admin.privacy.consents.list({ organisationId: otherOrgId, participantId: p.id }), "NOT_FOUND");
      await expectTRPCError(evaluator.privacy.consents.list(ref), "FORBIDDEN");
      const audited = await t.db.auditEvent.findMany({ where: { targetId: p.id, action: { startsWith: "consent." } } });
      expect(audited.map((a) => a.action).sort()).toEqual(["consent.record", "consent.record", "consent.withdraw"]);
    });
  });

  describe("export of one participant", () => {
    it("holds everything about the participant, including the audit rows about them and this export", async () => {
      const p = await richParticipant();
      await t.db.participantIdentity.update({ where: { participantId: p.id }, data: { cpr: "010190-1234" } });
      const record = await admin.privacy.exportParticipant({ organisationId: orgId, participantId: p.id });
      expect(record.format).toBe("skridt.participant-record/1");
      expect(record.participant.code).toBe(p.code);
      expect(record.identity).toEqual({ fullName: p.identity!.fullName, email: p.identity!.email, phone: p.identity!.phone, cpr: "010190-1234" });
      expect(record.consents.length).toBe(await t.db.consent.count({ where: { participantId: p.id } }));
      expect(record.reviews.length).toBe(await t.db.review.count({ where: { participantId: p.id } }));
      expect(record.goals.length).toBe(await t.db.goal.count({ where: { participantId: p.id } }));
      expect(record.contacts.length).toBe(await t.db.contact.count({ where: { participantId: p.id } }));
      expect(record.statusEvents.length).toBe(await t.db.statusEvent.count({ where: { participantId: p.id } }));
      const answers = record.surveys.flatMap((s) => s.assessments.flatMap((a) => a.answers)).length + record.otherAssessments.flatMap((a) => a.answers).length;
      expect(answers).toBe(await t.db.answer.count({ where: { assessment: { participantId: p.id } } }));
      expect(record.surveys.flatMap((s) => s.assessments.flatMap((a) => a.scores)).length).toBeGreaterThan(0);
      expect(record.audit.map((a) => a.action)).toEqual(expect.arrayContaining(["privacy.export_participant", "consent.record"]));
      // It is plain JSON (the staff app offers it as a download).
      expect(JSON.parse(JSON.stringify(record))).toEqual(record);
    });

    it("is for the participant's organisation's admins only", async () => {
      const p = await richParticipant();
      await expectTRPCError(mentor.privacy.exportParticipant({ organisationId: orgId, participantId: p.id }), "FORBIDDEN");
      await expectTRPCError(evaluator.privacy.exportParticipant({ organisationId: orgId, participantId: p.id }), "FORBIDDEN");
      await expectTRPCError(admin.privacy.exportParticipant({ organisationId: otherOrgId, participantId: p.id }), "NOT_FOUND");
    });
  });

  describe("erasure", () => {
    it("anonymises: identity and every free text gone, the code and all figures kept, audit rows kept", async () => {
      await admin.privacy.setRetention({ organisationId: orgId, programmeId, retentionMonths: null, erasure: "anonymise" });
      const p = await richParticipant();
      await addFreeText(p.id);
      const auditBefore = await t.db.auditEvent.count({ where: { targetId: p.id } });
      const figuresBefore = await aggregates();

      const preview = await admin.privacy.erasurePreview({ organisationId: orgId, participantId: p.id });
      expect(preview).toMatchObject({ code: p.code, erased: false, mode: "anonymise" });
      await expectTRPCError(
        admin.privacy.eraseParticipant({ organisationId: orgId, participantId: p.id, confirmCode: "WRONG" }),
        "BAD_REQUEST",
        "confirmation_mismatch",
      );
      await expectTRPCError(mentor.privacy.eraseParticipant({ organisationId: orgId, participantId: p.id, confirmCode: p.code }), "FORBIDDEN");
      await expectTRPCError(admin.privacy.eraseParticipant({ organisationId: otherOrgId, participantId: p.id, confirmCode: p.code }), "NOT_FOUND");
      expect(await t.db.participantIdentity.count({ where: { participantId: p.id } })).toBe(1);

      const result = await admin.privacy.eraseParticipant({ organisationId: orgId, participantId: p.id, confirmCode: p.code.toLowerCase() });
      expect(result.mode).toBe("anonymise");

      const after = await t.db.participant.findUniqueOrThrow({
        where: { id: p.id },
        include: {
          identity: true,
          consents: true,
          reviews: { include: { amendments: true } },
          goals: true,
          contacts: true,
          statusEvents: true,
          assessments: { include: { answers: true } },
          surveys: true,
        },
      });
      expect(after.identity).toBeNull();
      expect(after.erasedAt).not.toBeNull();
      expect(after.code).toBe(p.code);
      expect(after.mentorId).toBeNull();
      expect(after.consents).toEqual([]);
      expect(after.reviews.length).toBeGreaterThan(0);
      for (const r of after.reviews) {
        expect(r.note).toBe("");
        expect(r.areaScores).not.toMatch(/"note"/);
        for (const a of r.amendments) expect([a.reason, a.before, a.after].join(" ")).not.toMatch(/depression|før|efter/);
      }
      for (const g of after.goals) expect([g.title, g.actions, g.support].join("")).toBe("");
      for (const c of after.contacts) expect(c.note).toBe("");
      for (const e of after.statusEvents) expect(e.note).toBe("");
      const answerText = after.assessments.flatMap((a) => a.answers.map((x) => x.value)).join(" ");
      expect(answerText).not.toContain("angst");
      expect(after.assessments.flatMap((a) => a.answers).length).toBeGreaterThan(0);
      // Coded answers, scores, reviews, statuses and contacts stay: every figure is the same.
      expect(await aggregates()).toEqual(figuresBefore);
      // The audit log keeps every row about them, and gains the erasure.
      expect(await t.db.auditEvent.count({ where: { targetId: p.id } })).toBe(auditBefore + 1);
      const erased = await admin.audit.search({ organisationId: orgId, action: "privacy.erase", targetId: p.id });
      expect(erased.items[0]).toMatchObject({ actorId: adminId, detail: { code: p.code, mode: "anonymise", reason: "request" } });
      // Once is enough: a second erasure is refused, and nothing more can be recorded for them.
      await expectTRPCError(admin.privacy.eraseParticipant({ organisationId: orgId, participantId: p.id, confirmCode: p.code }), "CONFLICT", "already_erased");
      await expectTRPCError(
        mentor.privacy.consents.record({ organisationId: orgId, participantId: p.id, kind: "participation", textVersion: "1", givenOn: "2025-01-01" }),
        "CONFLICT",
        "participant_erased",
      );
      const record = await admin.privacy.exportParticipant({ organisationId: orgId, participantId: p.id });
      expect(record.identity).toBeNull();
    });

    it("deletes (per the programme's setting): everything about them goes and the figures change (n falls by one)", async () => {
      await admin.privacy.setRetention({ organisationId: orgId, programmeId, retentionMonths: null, erasure: "delete" });
      const p = await richParticipant();
      const enrolledBefore = await t.db.participant.count({ where: { programmeId } });
      const auditBefore = await t.db.auditEvent.count({ where: { targetId: p.id } });
      const result = await admin.privacy.eraseParticipant({ organisationId: orgId, participantId: p.id, confirmCode: p.code });
      expect(result.mode).toBe("delete");
      expect(result.counts.reviews).toBeGreaterThan(0);
      expect(await t.db.participant.count({ where: { id: p.id } })).toBe(0);
      for (const model of ["participantIdentity", "review", "goal", "contact", "statusEvent", "assessment", "survey", "consent"] as const) {
        expect(await (t.db[model] as unknown as { count(a: unknown): Promise<number> }).count({ where: { participantId: p.id } }), model).toBe(0);
      }
      // The evaluator's figure is perturbed (docs/privacy.md): within its noise of the one fewer.
      const after = await aggregates();
      expect(Math.abs((after.counts.enrolled as number) - (enrolledBefore - 1))).toBeLessThanOrEqual(MAX_COUNT_NOISE);
      expect(await t.db.auditEvent.count({ where: { targetId: p.id } })).toBe(auditBefore + 1);
      await admin.privacy.setRetention({ organisationId: orgId, programmeId, retentionMonths: null, erasure: "anonymise" });
    });
  });

  describe("retention", () => {
    it("sets a programme's period (admins of a participating organisation only)", async () => {
      await admin.privacy.setRetention({ organisationId: orgId, programmeId, retentionMonths: 60, erasure: "anonymise" });
      const list = await admin.privacy.retention({ organisationId: orgId });
      expect(list.find((p) => p.id === programmeId)).toMatchObject({ retentionMonths: 60, erasure: "anonymise" });
      await expectTRPCError(mentor.privacy.setRetention({ organisationId: orgId, programmeId, retentionMonths: 1, erasure: "delete" }), "FORBIDDEN");
      const stranger = await createOrganisation(t.db, "Fremmed kommune");
      const strangerAdmin = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: stranger.id, role: "admin" }] })).id)).caller;
      await expectTRPCError(
        strangerAdmin.privacy.setRetention({ organisationId: stranger.id, programmeId, retentionMonths: 1, erasure: "delete" }),
        "NOT_FOUND",
      );
      await admin.privacy.setRetention({ organisationId: orgId, programmeId, retentionMonths: null, erasure: "anonymise" });
    });

    it("adds calendar months, clamped to the month's end", () => {
      expect(addMonths(new Date("2024-01-31T00:00:00Z"), 1).toISOString().slice(0, 10)).toBe("2024-02-29");
      expect(addMonths(new Date("2023-03-15T00:00:00Z"), 12).toISOString().slice(0, 10)).toBe("2024-03-15");
    });

    it("erases exactly those whose end date plus the period has passed; a dry run changes nothing; the command prints what it did", async () => {
      const org = await createOrganisation(t.db, "Retention kommune");
      const anon = await createProgramme(t.db, "Kort forløb", [org.id]);
      const del = await createProgramme(t.db, "Slet forløb", [org.id]);
      await t.db.programme.update({ where: { id: anon.id }, data: { retentionMonths: 12, erasure: "anonymise" } });
      await t.db.programme.update({ where: { id: del.id }, data: { retentionMonths: 6, erasure: "delete" } });
      const now = new Date();
      const monthsAgo = (n: number) => addMonths(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())), -n);
      let n = 0;
      const make = (programmeId: string, endedOn: Date | null) =>
        t.db.participant.create({
          data: {
            code: `RT-${++n}-${Date.now() % 100000}`,
            organisationId: org.id,
            programmeId,
            enrolledOn: new Date("2020-01-01"),
            endedOn,
            identity: { create: { fullName: `Retention Person ${n}`, email: `rt${n}@example.dk` } },
            contacts: { create: { occurredOn: new Date("2020-02-01"), kind: "meeting", note: "note" } },
          },
          select: { id: true, code: true },
        });
      const oldAnon = await make(anon.id, monthsAgo(13));
      const recentAnon = await make(anon.id, monthsAgo(11));
      const ongoing = await make(anon.id, null);
      const oldDel = await make(del.id, monthsAgo(7));
      const recentDel = await make(del.id, monthsAgo(5));

      const dry = await applyRetention(t.db, { dryRun: true });
      const dueIds = dry.due.map((d) => d.participantId);
      expect(dueIds).toEqual(expect.arrayContaining([oldAnon.id, oldDel.id]));
      for (const id of [recentAnon.id, ongoing.id, recentDel.id]) expect(dueIds).not.toContain(id);
      expect(dry.erased).toEqual([]);
      expect(await t.db.participantIdentity.count({ where: { participantId: { in: [oldAnon.id, oldDel.id] } } })).toBe(2);

      const cli = join(repoRoot, "apps", "server", "src", "cli.ts");
      const env = { ...process.env, DATABASE_URL: t.config.engine === "sqlite" ? `file:${t.config.url}` : t.config.url };
      const dryCli = await runTs(cli, ["retention", "--dry-run"], env);
      expect(dryCli.stdout).toContain(`would erase ${oldAnon.code}`);
      expect(dryCli.stdout).toContain(`would erase ${oldDel.code}`);
      expect(dryCli.stdout).not.toContain(recentAnon.code);
      expect(await t.db.participantIdentity.count({ where: { participantId: { in: [oldAnon.id, oldDel.id] } } })).toBe(2);

      const run = await runTs(cli, ["retention"], env);
      expect(run.stdout).toMatch(new RegExp(`erased ${oldAnon.code} .*anonymise`));
      expect(run.stdout).toMatch(new RegExp(`erased ${oldDel.code} .*delete`));
      expect(await t.db.participant.findUniqueOrThrow({ where: { id: oldAnon.id }, include: { identity: true, contacts: true } })).toMatchObject({
        identity: null,
        erasedAt: expect.any(Date),
        contacts: [{ note: "" }],
      });
      expect(await t.db.participant.count({ where: { id: oldDel.id } })).toBe(0);
      expect(await t.db.participantIdentity.count({ where: { participantId: { in: [recentAnon.id, ongoing.id, recentDel.id] } } })).toBe(3);
      const audited = await t.db.auditEvent.findMany({ where: { action: "privacy.erase", targetId: { in: [oldAnon.id, oldDel.id] } } });
      expect(audited.map((a) => [a.actorId, JSON.parse(a.detail).reason])).toEqual([
        [null, "retention"],
        [null, "retention"],
      ]);

      // Nothing left to do on a second run.
      expect((await applyRetention(t.db)).due.filter((d) => d.organisationId === org.id)).toEqual([]);
    }, 90_000);
  });
});
