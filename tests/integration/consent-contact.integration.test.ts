// Consent decides contact: canContactParticipant (packages/api/src/consent) is the one rule the
// outbox asks before it sends a participant anything.
import { canContactParticipant } from "@skridt/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrganisation, createProgramme } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`consent and contact on ${engine}`, () => {
  let t: TestDatabase;
  let orgId: string;
  let programmeId: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    orgId = (await createOrganisation(t.db, "Jobcenter Samtykke")).id;
    programmeId = (await createProgramme(t.db, "Samtykkeforløb", [orgId])).id;
  });
  afterAll(async () => t?.cleanup());

  let n = 0;
  async function participant(consents: { kind: string; givenOn: string; withdrawnOn?: string }[] = [], erased = false) {
    n++;
    return t.db.participant.create({
      data: {
        code: `CON-${String(n).padStart(3, "0")}`,
        organisationId: orgId,
        programmeId,
        enrolledOn: new Date("2026-01-05T00:00:00Z"),
        erasedAt: erased ? new Date() : null,
        consents: {
          create: consents.map((c) => ({
            kind: c.kind,
            textVersion: "2026-01",
            givenOn: new Date(`${c.givenOn}T00:00:00Z`),
            withdrawnOn: c.withdrawnOn ? new Date(`${c.withdrawnOn}T00:00:00Z`) : null,
            method: "paper",
          })),
        },
      },
    });
  }

  it("no consent recorded (pending, or created before consent was asked): no messages", async () => {
    const p = await participant();
    expect(await canContactParticipant(t.db, p.id)).toBe(false);
  });

  it("consent to questionnaires allows messages; consent to something else does not", async () => {
    const yes = await participant([{ kind: "questionnaires", givenOn: "2026-01-05" }]);
    const other = await participant([{ kind: "sharing_with_jobcentre", givenOn: "2026-01-05" }]);
    expect(await canContactParticipant(t.db, yes.id)).toBe(true);
    expect(await canContactParticipant(t.db, other.id)).toBe(false);
  });

  it("a withdrawn consent stops messages from the day it was withdrawn", async () => {
    const p = await participant([{ kind: "questionnaires", givenOn: "2026-01-05", withdrawnOn: "2026-02-01" }]);
    expect(await canContactParticipant(t.db, p.id, { at: new Date("2026-01-20T10:00:00Z") })).toBe(true);
    expect(await canContactParticipant(t.db, p.id, { at: new Date("2026-02-01T10:00:00Z") })).toBe(false);
    expect(await canContactParticipant(t.db, p.id)).toBe(false);
  });

  it("a follow-up questionnaire also needs consent to follow-up contact", async () => {
    const only = await participant([{ kind: "questionnaires", givenOn: "2026-01-05" }]);
    const both = await participant([
      { kind: "questionnaires", givenOn: "2026-01-05" },
      { kind: "followup_contact", givenOn: "2026-01-05" },
    ]);
    expect(await canContactParticipant(t.db, only.id, { occasion: "end" })).toBe(true);
    expect(await canContactParticipant(t.db, only.id, { occasion: "followup" })).toBe(false);
    expect(await canContactParticipant(t.db, both.id, { occasion: "followup" })).toBe(true);
  });

  it("never an erased or unknown participant", async () => {
    const erased = await participant([{ kind: "questionnaires", givenOn: "2026-01-05" }], true);
    expect(await canContactParticipant(t.db, erased.id)).toBe(false);
    expect(await canContactParticipant(t.db, "no-such-participant")).toBe(false);
  });
});
