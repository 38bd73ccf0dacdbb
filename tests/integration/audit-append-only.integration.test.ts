import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

// The audit log cannot be changed after the fact, whatever code tries: the database refuses.
describe(`the audit log is append-only on ${engine}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t.cleanup());

  it("accepts new rows and refuses updates and deletes", async () => {
    const row = await t.db.auditEvent.create({ data: { actorId: null, organisationId: null, action: "test.write", targetType: "test" } });
    await expect(t.db.auditEvent.update({ where: { id: row.id }, data: { action: "test.rewritten" } })).rejects.toThrow(/append-only/);
    await expect(t.db.auditEvent.deleteMany({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    expect((await t.db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).action).toBe("test.write");
  });
});
