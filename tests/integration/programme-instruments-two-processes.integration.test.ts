// Two server processes (the real CLI) on one database: a programme's own questionnaire added
// and given through A, after both had started, is opened, answered and scored through B,
// which only learns of it from the database (its in-memory cache misses and reloads).
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, createProgramme, createUser, TEST_PASSWORD } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";
import { databaseUrl, startCliServer, trpcGet, trpcPost, type CliServer } from "../reliability/support/fixtures";

const EXAMPLE = readFileSync(new URL("../../packages/instruments/src/examples/hverdagsmestring.json", import.meta.url), "utf8");
const ID = "hverdagsmestring-eksempel";

describe(`a programme's own questionnaire across two server processes on ${engine}`, () => {
  let t: TestDatabase;
  let a: CliServer;
  let b: CliServer;
  let orgId: string;
  let programmeId: string;
  let adminEmail: string;
  let mentorEmail: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    orgId = (await createOrganisation(t.db, "To processer")).id;
    programmeId = (await createProgramme(t.db, "To processer", [orgId])).id;
    adminEmail = (await createUser(t.db, { roles: [{ organisationId: orgId, role: "admin" }] })).email;
    mentorEmail = (await createUser(t.db, { roles: [{ organisationId: orgId, role: "mentor" }] })).email;
    const env = { DATABASE_URL: databaseUrl(t.config), DATA_DIR: "/nonexistent-skridt-data", SEED_DEMO: "false" };
    [a, b] = await Promise.all([startCliServer(env), startCliServer(env)]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await t?.cleanup();
  });

  async function signIn(server: CliServer, email: string): Promise<string> {
    const response = await trpcPost(server.base, "auth.signIn", { email, password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    return response.headers.getSetCookie()[0]!.split(";")[0]!;
  }
  async function data<T>(response: Response): Promise<T> {
    const body = (await response.json()) as { result?: { data: T }; error?: unknown };
    expect(response.status, JSON.stringify(body.error)).toBe(200);
    return body.result!.data;
  }

  it("is added and given through A; B, which never saw it, opens, scores and enrols with it", async () => {
    const admin = await signIn(a, adminEmail);
    await data(await trpcPost(a.base, "programmeInstrument.add", { organisationId: orgId, programmeId, definition: EXAMPLE }, { cookie: admin }));
    await data(
      await trpcPost(
        a.base,
        "programme.setPlan",
        { organisationId: orgId, programmeId, plan: { occasions: { start: [ID], end: [ID], followup: [] }, targets: [] } },
        { cookie: admin },
      ),
    );

    const mentor = await signIn(a, mentorEmail);
    const participant = await data<{ id: string; startSurvey: { token: string } }>(
      await trpcPost(
        a.base,
        "participant.create",
        { organisationId: orgId, programmeId, fullName: "Frida Frost", enrolledOn: "2026-11-01" },
        { cookie: mentor },
      ),
    );

    // B started before the upload and has not seen it: the link, the saves and the submit find it.
    const token = participant.startSurvey.token;
    const opened = await data<{ instruments: { definition: { id: string; version: string } }[] }>(await trpcGet(b.base, "take.open", { token }));
    expect(opened.instruments.map((i) => i.definition)).toEqual([expect.objectContaining({ id: ID, version: "1.0.0" })]);
    let n = 0;
    for (const [itemId, value] of [
      ["struktur", 5],
      ["overblik", 1],
      ["ude", 6],
    ] as const) {
      await data(
        await trpcPost(b.base, "take.saveAnswer", {
          token,
          instrumentId: ID,
          itemId,
          value,
          clientMutationId: `two-processes-${++n}`,
          answeredAt: new Date().toISOString(),
        }),
      );
    }
    await data(await trpcPost(b.base, "take.submit", { token }));
    const score = await t.db.score.findFirstOrThrow({ where: { assessment: { participantId: participant.id, instrumentId: ID } } });
    // mean(struktur 5, reversed overblik 6 - 1 = 5) = 5
    expect({ scaleId: score.scaleId, value: score.value }).toEqual({ scaleId: "hverdagsmestring", value: 5 });

    // B's plan editor offers it, and B enrols the next participant with it.
    const plan = await data<{ instruments: { id: string; own: boolean }[] }>(
      await trpcGet(b.base, "programme.plan", { organisationId: orgId, programmeId }, { cookie: admin }),
    );
    expect(plan.instruments).toContainEqual(expect.objectContaining({ id: ID, own: true }));
    const next = await data<{ startSurvey: { token: string } }>(
      await trpcPost(
        b.base,
        "participant.create",
        { organisationId: orgId, programmeId, fullName: "Gert Gram", enrolledOn: "2026-11-02" },
        { cookie: await signIn(b, mentorEmail) },
      ),
    );
    const nextOpened = await data<{ instruments: { definition: { id: string } }[] }>(await trpcGet(a.base, "take.open", { token: next.startSurvey.token }));
    expect(nextOpened.instruments.map((i) => i.definition.id)).toEqual([ID]);
  });
});
