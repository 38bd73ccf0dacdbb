import { createDb, listMigrations, migrate } from "@skridt/db";
import { afterAll, describe, expect, it } from "vitest";
import { createEmptyDatabase, engine, type EmptyDatabase } from "../support/test-db";

// SQLite migrations rebuild tables (copy, DROP, rename). A DROP with foreign keys on fires
// ON DELETE CASCADE and silently empties child tables, so: data written under the first
// migration must still be there, unchanged, after all later ones.
describe(`later migrations keep existing data on ${engine}`, () => {
  let empty: EmptyDatabase | undefined;
  afterAll(async () => empty?.cleanup());

  it("keeps organisations, programme links, participants and identities", async () => {
    empty = await createEmptyDatabase();
    const [first, ...later] = listMigrations(engine);
    expect(later.length).toBeGreaterThan(0);
    await migrate(empty.config, { until: first!.name });

    // Written as the first migration's tables stand, with the client's raw SQL (no model API:
    // the generated client knows only the latest schema).
    const db = await createDb(empty.config);
    const now = engine === "sqlite" ? Date.now() : new Date();
    const q = (n: number) => (engine === "sqlite" ? "?" : `$${n}`);
    const insert = (table: string, columns: string[], values: unknown[]) =>
      db.$executeRawUnsafe(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map((_, i) => q(i + 1)).join(", ")})`,
        ...values,
      );
    await insert("Organisation", ["id", "name", "kind", "createdAt"], ["org1", "Jobcenter Før", "municipality", now]);
    await insert("Programme", ["id", "name", "description", "reviewIntervalDays", "createdAt"], ["prog1", "Program", "", 28, now]);
    await insert("ProgrammeOrganisation", ["programmeId", "organisationId"], ["prog1", "org1"]);
    await insert("Participant", ["id", "code", "organisationId", "programmeId", "enrolledOn", "createdAt"], ["p1", "ABC-DEF", "org1", "prog1", now, now]);
    await insert("ParticipantIdentity", ["participantId", "fullName"], ["p1", "Åse Østergaard"]);
    await db.$disconnect();

    const applied = await migrate(empty.config);
    expect(applied).toEqual(later.map((m) => m.name));

    const after = await createDb(empty.config);
    try {
      expect(await after.programmeOrganisation.count()).toBe(1);
      const participant = await after.participant.findUniqueOrThrow({ where: { id: "p1" }, include: { identity: true, programme: true } });
      expect([participant.code, participant.identity?.fullName, participant.programme.name]).toEqual(["ABC-DEF", "Åse Østergaard", "Program"]);
      expect(participant.programme.measurementPlan).toBe("");
    } finally {
      await after.$disconnect();
    }
  });

  it("fills ParticipantScale from the scores already there when its migration runs", async () => {
    const base = await createEmptyDatabase();
    try {
      const all = listMigrations(engine);
      const at = all.findIndex((m) => m.name.endsWith("_participant_scale_figures"));
      expect(at).toBeGreaterThan(0);
      await migrate(base.config, { until: all[at - 1]!.name });
      const db = await createDb(base.config);
      const now = engine === "sqlite" ? Date.now() : new Date();
      const q = (n: number) => (engine === "sqlite" ? "?" : `$${n}`);
      const insert = (table: string, row: Record<string, unknown>) =>
        db.$executeRawUnsafe(
          `INSERT INTO "${table}" (${Object.keys(row)
            .map((c) => `"${c}"`)
            .join(", ")}) VALUES (${Object.keys(row)
            .map((_, i) => q(i + 1))
            .join(", ")})`,
          ...Object.values(row),
        );
      await insert("Organisation", { id: "org1", name: "Jobcenter", kind: "municipality", createdAt: now });
      await insert("Programme", { id: "prog1", name: "Program", description: "", reviewIntervalDays: 28, createdAt: now });
      await insert("Participant", { id: "p1", code: "ABC-DEF", organisationId: "org1", programmeId: "prog1", enrolledOn: now, createdAt: now });
      // Start submitted with WHO-5 60; end begun but not submitted: its score must not count.
      for (const [occasion, status, value] of [
        ["start", "submitted", 60],
        ["end", "in_progress", 80],
      ] as const) {
        await insert("Survey", {
          id: `s-${occasion}`,
          participantId: "p1",
          occasion,
          status,
          tokenHash: `t-${occasion}`,
          shortCodeHash: `c-${occasion}`,
          expiresAt: now,
          createdAt: now,
        });
        await insert("Assessment", {
          id: `a-${occasion}`,
          participantId: "p1",
          surveyId: `s-${occasion}`,
          instrumentId: "who5",
          instrumentVersion: "1.0.0",
          occasion,
          status: "submitted",
          submittedAt: now,
          createdAt: now,
        });
        await insert("Score", { id: `x-${occasion}`, assessmentId: `a-${occasion}`, scaleId: "who5", value, computedAt: now });
      }
      await db.$disconnect();
      await migrate(base.config);
      const after = await createDb(base.config);
      try {
        const rows = await after.participantScale.findMany();
        expect(
          rows.map((r) => [r.participantId, r.programmeId, r.organisationId, r.instrumentId, r.scaleId, r.startValue, r.endValue, Boolean(r.endSubmitted)]),
        ).toEqual([["p1", "prog1", "org1", "who5", "who5", 60, null, false]]);
      } finally {
        await after.$disconnect();
      }
    } finally {
      await base.cleanup();
    }
  });
});
