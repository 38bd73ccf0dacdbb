import type { Db } from "@skridt/db";
import { describe, expect, it } from "vitest";
import { anonymousAudit, auditAs, type AuditDb } from "./audit";

/** A client that records the rows it is asked to insert. */
function recorder() {
  const rows: unknown[] = [];
  const client = { auditEvent: { create: async ({ data }: { data: unknown }) => void rows.push(data) } } as unknown as AuditDb;
  return { rows, client };
}

describe("ctx.audit", () => {
  it("fills the actor, address and organisation from the context", async () => {
    const { rows, client } = recorder();
    await auditAs(
      { db: client as Db, ip: "10.0.0.1" },
      "user-1",
      "org-1",
    )({ action: "goal.update", targetType: "goal", targetId: "g1", detail: { status: "reached" } });
    expect(rows).toEqual([
      { actorId: "user-1", organisationId: "org-1", action: "goal.update", targetType: "goal", targetId: "g1", ip: "10.0.0.1", detail: '{"status":"reached"}' },
    ]);
  });

  it("lets an entry name another organisation or none", async () => {
    const { rows, client } = recorder();
    const write = auditAs({ db: client as Db, ip: "10.0.0.1" }, "user-1", "org-1");
    await write({ action: "a", targetType: "t", organisationId: "org-2" });
    await write({ action: "a", targetType: "t", organisationId: null });
    expect(rows).toMatchObject([{ organisationId: "org-2", targetId: null, detail: "{}" }, { organisationId: null }]);
  });

  it("writes through a transaction's client when given one", async () => {
    const outside = recorder();
    const tx = recorder();
    await auditAs({ db: outside.client as Db, ip: "10.0.0.1" }, "user-1", null)({ action: "a", targetType: "t" }, tx.client);
    expect(outside.rows).toEqual([]);
    expect(tx.rows).toMatchObject([{ actorId: "user-1", organisationId: null }]);
  });

  it("records no actor without a session unless the entry names the one just signed in", async () => {
    const { rows, client } = recorder();
    const write = anonymousAudit({ db: client as Db, ip: "10.0.0.2" });
    await write({ action: "x", targetType: "survey" });
    await write({ actorId: "user-9", action: "auth.sign_in", targetType: "user", targetId: "user-9" });
    expect(rows).toMatchObject([
      { actorId: null, organisationId: null, ip: "10.0.0.2" },
      { actorId: "user-9", organisationId: null, targetId: "user-9" },
    ]);
  });
});
