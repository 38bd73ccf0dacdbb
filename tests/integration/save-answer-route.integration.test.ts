import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSurvey, newParticipantCode } from "@skridt/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type SkridtServer } from "../../apps/server/src/server";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

// POST /trpc/take.saveAnswer has a route of its own (apps/server/src/save-answer-route.ts) that
// runs the procedure without tRPC's Fetch-API adapter. The same request with a query string
// goes through the adapter: every answer, success or refusal, must be the same from both.
describe(`the answer-save route answers as tRPC's adapter does, on ${engine}`, () => {
  let t: TestDatabase;
  let server: SkridtServer;
  let webDir: string;
  const tokens: Record<"open" | "submitted" | "withdrawn" | "expired", string> = { open: "", submitted: "", withdrawn: "", expired: "" };

  beforeAll(async () => {
    t = await createTestDatabase();
    webDir = mkdtempSync(join(tmpdir(), "skridt-web-"));
    server = await createServer({
      db: t.config,
      port: 0,
      host: "127.0.0.1",
      trustProxy: false,
      logLevel: "silent",
      webAppDirs: { participant: join(webDir, "participant"), staff: join(webDir, "staff") },
    });
    await server.start();
    const db = server.db;
    const programme = await db.programme.create({ data: { name: "Rute", startsOn: new Date() } });
    const organisation = await db.organisation.create({ data: { name: "Jobcenter Rute", kind: "municipality" } });
    await db.programmeOrganisation.create({ data: { programmeId: programme.id, organisationId: organisation.id } });
    for (const state of Object.keys(tokens) as (keyof typeof tokens)[]) {
      const participant = await db.participant.create({
        data: { code: newParticipantCode(), organisationId: organisation.id, programmeId: programme.id, enrolledOn: new Date() },
      });
      const survey = await createSurvey(db, { participantId: participant.id, occasion: "start", mode: "self", createdById: null });
      tokens[state] = survey.token;
      if (state === "submitted") await db.survey.update({ where: { id: survey.surveyId }, data: { status: "submitted", submittedAt: new Date() } });
      if (state === "withdrawn") await db.survey.update({ where: { id: survey.surveyId }, data: { status: "withdrawn" } });
      if (state === "expired") await db.survey.update({ where: { id: survey.surveyId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    }
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await t?.cleanup();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  async function post(url: string, body: string) {
    const response = await server.app.inject({ method: "POST", url, payload: body, headers: { "content-type": "application/json" } });
    return {
      status: response.statusCode,
      body: response.body,
      contentType: response.headers["content-type"],
      vary: response.headers["vary"],
      cacheControl: response.headers["cache-control"],
    };
  }

  const save = (token: string, itemId: string, value: unknown, mutation: string) =>
    JSON.stringify({ token, instrumentId: "who5", itemId, value, clientMutationId: mutation, answeredAt: new Date().toISOString() });

  it("a save, its retry, and every kind of refusal get the same status, headers and body", async () => {
    // [what, body by the own route, body through the adapter]: a save writes, so the two
    // sides of a writing case save different questions (or repeat their own save).
    const cases: [string, string, string][] = [
      ["a new answer", save(tokens.open, "who5_1", 3, "route-0001"), save(tokens.open, "who5_2", 3, "adapter-0001")],
      ["the same save again", save(tokens.open, "who5_1", 3, "route-0001"), save(tokens.open, "who5_2", 3, "adapter-0001")],
      ["an answer cleared", save(tokens.open, "who5_1", null, "route-0002"), save(tokens.open, "who5_2", null, "adapter-0002")],
      ["a value off the scale", save(tokens.open, "who5_3", 6, "xxxxxxxx"), save(tokens.open, "who5_3", 6, "xxxxxxxx")],
      ["an unknown item", save(tokens.open, "no_such_item", 1, "xxxxxxxx"), save(tokens.open, "no_such_item", 1, "xxxxxxxx")],
      ["an unknown link", save("x".repeat(43), "who5_1", 1, "xxxxxxxx"), save("x".repeat(43), "who5_1", 1, "xxxxxxxx")],
      ["a submitted survey", save(tokens.submitted, "who5_1", 1, "xxxxxxxx"), save(tokens.submitted, "who5_1", 1, "xxxxxxxx")],
      ["a withdrawn link", save(tokens.withdrawn, "who5_1", 1, "xxxxxxxx"), save(tokens.withdrawn, "who5_1", 1, "xxxxxxxx")],
      ["an expired link", save(tokens.expired, "who5_1", 1, "xxxxxxxx"), save(tokens.expired, "who5_1", 1, "xxxxxxxx")],
      ["no credential", JSON.stringify({ instrumentId: "who5" }), JSON.stringify({ instrumentId: "who5" })],
      ["an empty body", "", ""],
      ["broken JSON", '{"token":', '{"token":'],
      ["null", "null", "null"],
      ["an array", "[]", "[]"],
      ["a NUL", "\u0000", "\u0000"],
    ];
    for (const [what, ownBody, adapterBody] of cases) {
      const own = await post("/trpc/take.saveAnswer", ownBody);
      const adapter = await post("/trpc/take.saveAnswer?via=adapter", adapterBody);
      expect(own, what).toEqual(adapter);
      expect(own.status, what).toBeLessThan(500);
      expect(own.cacheControl, what).toBe("no-store");
    }
    // A body over the server's 256 KB limit is refused before any procedure, by both.
    const huge = save(tokens.open, "who5_1", "x".repeat(300 * 1024), "huge-0001");
    const [ownHuge, adapterHuge] = [await post("/trpc/take.saveAnswer", huge), await post("/trpc/take.saveAnswer?via=adapter", huge)];
    expect(ownHuge.status).toBe(413);
    expect(ownHuge).toEqual(adapterHuge);
    const stored = await server.db.answer.findMany({ where: { assessment: { instrumentId: "who5" } }, select: { itemId: true } });
    expect(stored).toEqual([]);
  });

  it("saves through the own route are stored, acknowledged with applied, and a batch still works", async () => {
    const first = await post("/trpc/take.saveAnswer", save(tokens.open, "who5_4", 5, "route-0004"));
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body)).toEqual({ result: { data: { saved: true, applied: true } } });
    const batch = await post("/trpc/take.saveAnswer?batch=1", JSON.stringify({ 0: JSON.parse(save(tokens.open, "who5_5", 2, "batch-0005")) }));
    expect(JSON.parse(batch.body)).toEqual([{ result: { data: { saved: true, applied: true } } }]);
    const rows = await server.db.answer.findMany({ where: { itemId: { in: ["who5_4", "who5_5"] } }, select: { itemId: true, value: true } });
    expect(rows.map((r) => [r.itemId, JSON.parse(r.value)]).sort()).toEqual([
      ["who5_4", 5],
      ["who5_5", 2],
    ]);
  });
});
