// Issue 11, item 7: an administrator learns nothing about another organisation. Inviting an
// e-mail that has an account elsewhere used to add that person here silently (and said so:
// "granted"); the importer said a participant code "belongs to another organisation". Now an
// invitation is always an invitation, which the person accepts signed in as themselves, and a
// code of another organisation is, to the importer, a code it cannot use, said in the same words
// whoever holds it.
import { renderProblem, type ImportProblem, type TImportMappingInput } from "@skridt/api/imports";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** The problems of a refused import (an import that went ahead has none). */
const problemsOf = (result: { ok: boolean } & ({ ok: true } | { ok: false; problems: ImportProblem[] })) => (result.ok ? [] : result.problems);

import { createOrganisation, createProgramme, createUser, signedInCaller, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`nothing about another organisation through invitations and imports on ${engine}`, () => {
  let t: TestDatabase;
  let adminA: Caller;
  let orgA: string;
  let orgB: string;
  let programmeA: string;
  let otherProgrammeA: string;
  let programmeB: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    orgA = (await createOrganisation(t.db, "Jobcenter A")).id;
    orgB = (await createOrganisation(t.db, "Jobcenter B")).id;
    programmeA = (await createProgramme(t.db, "Program A", [orgA])).id;
    otherProgrammeA = (await createProgramme(t.db, "Andet program A", [orgA])).id;
    programmeB = (await createProgramme(t.db, "Program B", [orgB])).id;
    adminA = (await signedInCaller(t.db, (await createUser(t.db, { roles: [{ organisationId: orgA, role: "admin" }] })).id)).caller;
  });
  afterAll(async () => t.cleanup());

  it("invites someone with an account elsewhere exactly like a newcomer, and adds them only when they accept", async () => {
    const elsewhere = await createUser(t.db, { email: "kirsten@b.example", roles: [{ organisationId: orgB, role: "mentor" }] });
    const forNewcomer = await adminA.user.invite({ organisationId: orgA, email: "ny@a.example", name: "Ny Person", role: "mentor" });
    const forExisting = await adminA.user.invite({ organisationId: orgA, email: "kirsten@b.example", name: "Kirsten", role: "mentor" });
    expect(Object.keys(forExisting).sort()).toEqual(Object.keys(forNewcomer).sort());
    expect(forExisting.kind).toBe("invited");
    // Nothing changed for the person yet: no membership in A.
    expect(await t.db.membership.count({ where: { userId: elsewhere.id, organisationId: orgA } })).toBe(0);
    // The list shows the invitation, as for anyone.
    const listed = await adminA.user.list({ organisationId: orgA });
    expect(listed.invitations.map((i) => i.email).sort()).toEqual(["kirsten@b.example", "ny@a.example"]);
    expect(listed.users.map((u) => u.email)).not.toContain("kirsten@b.example");
    // She accepts, signed in as herself: now she is a mentor in A too.
    if (forExisting.kind !== "invited") throw new Error("expected an invitation");
    const kirsten = await signedInCaller(t.db, elsewhere.id);
    await kirsten.caller.auth.acceptInvitation({ token: forExisting.token, password: "ignored-for-existing-accounts" });
    expect(await t.db.membership.count({ where: { userId: elsewhere.id, organisationId: orgA, role: "mentor" } })).toBe(1);
  });

  it("gives someone already in the organisation a further role at once (nothing new is learnt)", async () => {
    const member = await createUser(t.db, { email: "mette@a.example", roles: [{ organisationId: orgA, role: "mentor" }] });
    expect(await adminA.user.invite({ organisationId: orgA, email: "mette@a.example", name: "Mette", role: "evaluator" })).toEqual({ kind: "granted" });
    expect(await t.db.membership.count({ where: { userId: member.id, organisationId: orgA } })).toBe(2);
  });

  const mapping = (create: boolean): TImportMappingInput =>
    ({
      instrumentId: "who5",
      occasion: "start",
      participantCodeColumn: "Kode",
      allowMissing: true,
      ...(create ? { createParticipants: {} } : {}),
      columns: { Svar: { itemId: "who5_1", values: { x: 3 } } },
    }) as TImportMappingInput;
  const importCodes = (codes: string[], create: boolean) =>
    adminA.import.answers({
      organisationId: orgA,
      programmeId: programmeA,
      mapping: mapping(create),
      fileName: "svar.csv",
      fileBase64: Buffer.from(`Kode;Svar\r\n${codes.map((c) => `${c};x`).join("\r\n")}\r\n`).toString("base64"),
      dryRun: true,
    });

  it("answers a code of another organisation as it answers a code that does not exist", async () => {
    await t.db.participant.create({ data: { code: "SX-B01", organisationId: orgB, programmeId: programmeB, enrolledOn: new Date("2026-01-05") } });
    const result = await importCodes(["SX-B01", "SX-NONE"], false);
    expect(problemsOf(result).map((p) => [p.code, p.params.value])).toEqual([
      ["participant_unknown", "SX-B01"],
      ["participant_unknown", "SX-NONE"],
    ]);
    // Allowed to create participants, a code someone else holds just cannot be used, in words that name no one.
    const creating = await importCodes(["SX-B01"], true);
    expect(problemsOf(creating).map((p) => p.code)).toEqual(["participant_code_unavailable"]);
    for (const lang of ["da", "en"] as const) {
      const text = renderProblem(problemsOf(creating)[0]!, lang);
      expect(text).not.toMatch(/organisation|Jobcenter B|Program B/i);
    }
  });

  it("names its own organisation's other programme, and refuses answers for an erased participant", async () => {
    await t.db.participant.create({ data: { code: "SX-A02", organisationId: orgA, programmeId: otherProgrammeA, enrolledOn: new Date("2026-01-05") } });
    await t.db.participant.create({
      data: { code: "SX-A03", organisationId: orgA, programmeId: programmeA, enrolledOn: new Date("2026-01-05"), erasedAt: new Date() },
    });
    const result = await importCodes(["SX-A02", "SX-A03"], true);
    expect(problemsOf(result).map((p) => p.code)).toEqual(["participant_other_scope", "participant_erased"]);
    expect(renderProblem(problemsOf(result)[0]!, "en")).not.toMatch(/another organisation/i);
  });
});
