import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createOrganisation, createUser, expectTRPCError, sha256, signedInCaller, TEST_PASSWORD, type Caller } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

describe(`invitations and roles on ${engine}`, () => {
  let t: TestDatabase;
  let orgA: { id: string; name: string };
  let orgB: { id: string; name: string };
  let adminA: { id: string; caller: Caller };
  let adminB: { id: string; caller: Caller };

  beforeAll(async () => {
    t = await createTestDatabase();
    orgA = await createOrganisation(t.db, "Jobcenter A");
    orgB = await createOrganisation(t.db, "Jobcenter B");
    const a = await createUser(t.db, { name: "Admin A", roles: [{ organisationId: orgA.id, role: "admin" }] });
    const b = await createUser(t.db, { name: "Admin B", roles: [{ organisationId: orgB.id, role: "admin" }] });
    adminA = { id: a.id, caller: (await signedInCaller(t.db, a.id)).caller };
    adminB = { id: b.id, caller: (await signedInCaller(t.db, b.id)).caller };
  });
  afterAll(async () => t?.cleanup());

  async function invite(email: string, role: "admin" | "mentor" | "evaluator" = "mentor") {
    const result = await adminA.caller.user.invite({ organisationId: orgA.id, email, name: "Ny Mentor", role });
    if (result.kind !== "invited") throw new Error(`expected an invitation, got ${result.kind}`);
    return result.token;
  }

  describe("invitations", () => {
    it("an admin invites, the link shows the invitation, accepting creates the user with the role and signs them in", async () => {
      const token = await invite("ny.mentor@test.skridt", "mentor");
      expect(token.length).toBeGreaterThanOrEqual(20);
      // Only the hash is stored.
      expect(await t.db.invitation.count({ where: { tokenHash: sha256(token) } })).toBe(1);
      expect(await t.db.invitation.count({ where: { tokenHash: token } })).toBe(0);

      const anonymous = await callerFor(t.db);
      await expect(anonymous.caller.auth.invitation({ token })).resolves.toEqual({
        email: "ny.mentor@test.skridt",
        name: "Ny Mentor",
        role: "mentor",
        organisation: "Jobcenter A",
        needsPassword: true,
      });
      const listed = await adminA.caller.user.list({ organisationId: orgA.id });
      expect(listed.invitations.map((i) => i.email)).toContain("ny.mentor@test.skridt");

      const accept = await callerFor(t.db);
      await expect(accept.caller.auth.acceptInvitation({ token, password: "a long new password" })).resolves.toEqual({ ok: true });
      expect(accept.jar.token).toBeTruthy();
      const me = await (await callerFor(t.db, { token: accept.jar.token })).caller.auth.me();
      expect(me).toMatchObject({ email: "ny.mentor@test.skridt", name: "Ny Mentor", organisations: [{ id: orgA.id, roles: ["mentor"] }] });

      // The password they chose works for signing in.
      const signIn = await callerFor(t.db, { ip: "10.1.0.1" });
      await expect(signIn.caller.auth.signIn({ email: "ny.mentor@test.skridt", password: "a long new password" })).resolves.toEqual({ ok: true });
    });

    it("cannot be accepted twice, and the link stops working", async () => {
      const token = await invite("twice@test.skridt");
      const first = await callerFor(t.db);
      await first.caller.auth.acceptInvitation({ token, password: "first password here" });
      const second = await callerFor(t.db);
      await expectTRPCError(second.caller.auth.acceptInvitation({ token, password: "second password here" }), "NOT_FOUND", "invitation_invalid");
      expect(second.jar.sets).toBe(0);
      await expectTRPCError(second.caller.auth.invitation({ token }), "NOT_FOUND", "invitation_invalid");
      expect(await t.db.user.count({ where: { email: "twice@test.skridt" } })).toBe(1);
      // The first password still holds: the second accept changed nothing.
      const signIn = await callerFor(t.db, { ip: "10.1.0.2" });
      await expectTRPCError(signIn.caller.auth.signIn({ email: "twice@test.skridt", password: "second password here" }), "UNAUTHORIZED");
    });

    it("accepts only one of two simultaneous accepts", async () => {
      const token = await invite("race@test.skridt");
      const [one, two] = await Promise.all([callerFor(t.db), callerFor(t.db)]);
      const results = await Promise.allSettled([
        one.caller.auth.acceptInvitation({ token, password: "password number one" }),
        two.caller.auth.acceptInvitation({ token, password: "password number two" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await t.db.user.count({ where: { email: "race@test.skridt" } })).toBe(1);
      expect(await t.db.membership.count({ where: { user: { email: "race@test.skridt" } } })).toBe(1);
    });

    it("refuses an unknown or expired invitation", async () => {
      const { caller } = await callerFor(t.db);
      await expectTRPCError(caller.auth.invitation({ token: "x".repeat(43) }), "NOT_FOUND", "invitation_invalid");
      const token = await invite("expired@test.skridt");
      await t.db.invitation.updateMany({ where: { tokenHash: sha256(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
      await expectTRPCError(caller.auth.invitation({ token }), "NOT_FOUND", "invitation_invalid");
      await expectTRPCError(caller.auth.acceptInvitation({ token, password: "a long new password" }), "NOT_FOUND", "invitation_invalid");
      expect(await t.db.user.count({ where: { email: "expired@test.skridt" } })).toBe(0);
    });

    it("gives a member of the organisation a further role at once, but only invites someone of another organisation", async () => {
      const member = await createUser(t.db, { roles: [{ organisationId: orgA.id, role: "mentor" }] });
      expect(await adminA.caller.user.invite({ organisationId: orgA.id, email: member.email, name: "Whoever", role: "evaluator" })).toEqual({
        kind: "granted",
      });
      expect(await t.db.invitation.count({ where: { email: member.email } })).toBe(0);
      expect(await t.db.membership.count({ where: { userId: member.id, organisationId: orgA.id } })).toBe(2);
      // Someone with an account only in B is invited like anyone else, and not added (issue 11).
      const elsewhere = await createUser(t.db, { roles: [{ organisationId: orgB.id, role: "mentor" }] });
      const result = await adminA.caller.user.invite({ organisationId: orgA.id, email: elsewhere.email, name: "Whoever", role: "evaluator" });
      expect(result.kind).toBe("invited");
      expect(await t.db.invitation.count({ where: { email: elsewhere.email } })).toBe(1);
      expect(await t.db.membership.findMany({ where: { userId: elsewhere.id }, select: { organisationId: true, role: true } })).toEqual([
        { organisationId: orgB.id, role: "mentor" },
      ]);
    });

    it("an invitation of organisation A cannot be revoked by the admin of organisation B", async () => {
      const token = await invite("revoke@test.skridt");
      const invitation = await t.db.invitation.findUniqueOrThrow({ where: { tokenHash: sha256(token) } });
      // Through their own organisation: not found there.
      await expectTRPCError(adminB.caller.user.revokeInvitation({ organisationId: orgB.id, invitationId: invitation.id }), "NOT_FOUND");
      // Naming organisation A: not their organisation.
      await expectTRPCError(adminB.caller.user.revokeInvitation({ organisationId: orgA.id, invitationId: invitation.id }), "FORBIDDEN");
      expect(await t.db.invitation.count({ where: { id: invitation.id } })).toBe(1);

      await expect(adminA.caller.user.revokeInvitation({ organisationId: orgA.id, invitationId: invitation.id })).resolves.toEqual({ ok: true });
      expect(await t.db.invitation.count({ where: { id: invitation.id } })).toBe(0);
      await expectTRPCError((await callerFor(t.db)).caller.auth.invitation({ token }), "NOT_FOUND");
    });

    it("rejects a bad invitation input with BAD_REQUEST and stores nothing", async () => {
      const before = await t.db.invitation.count();
      await expectTRPCError(adminA.caller.user.invite({ organisationId: orgA.id, email: "not-an-email", name: "X", role: "mentor" }), "BAD_REQUEST");
      await expectTRPCError(
        adminA.caller.user.invite({ organisationId: orgA.id, email: "ok@test.skridt", name: "X", role: "superuser" as "admin" }),
        "BAD_REQUEST",
      );
      expect(await t.db.invitation.count()).toBe(before);
    });
  });

  describe("user.setRoles", () => {
    it("an admin cannot remove their own admin role", async () => {
      const before = await t.db.membership.findMany({ where: { userId: adminA.id }, select: { role: true, organisationId: true } });
      await expectTRPCError(
        adminA.caller.user.setRoles({ organisationId: orgA.id, userId: adminA.id, roles: ["mentor"] }),
        "BAD_REQUEST",
        "cannot_remove_own_admin",
      );
      await expectTRPCError(adminA.caller.user.setRoles({ organisationId: orgA.id, userId: adminA.id, roles: [] }), "BAD_REQUEST", "cannot_remove_own_admin");
      expect(await t.db.membership.findMany({ where: { userId: adminA.id }, select: { role: true, organisationId: true } })).toEqual(before);
    });

    it("an admin may add roles to themselves while keeping admin", async () => {
      await adminA.caller.user.setRoles({ organisationId: orgA.id, userId: adminA.id, roles: ["admin", "evaluator"] });
      const roles = await t.db.membership.findMany({ where: { userId: adminA.id, organisationId: orgA.id }, select: { role: true } });
      expect(roles.map((r) => r.role).sort()).toEqual(["admin", "evaluator"]);
    });

    it("replaces the roles in this organisation only", async () => {
      const user = await createUser(t.db, {
        roles: [
          { organisationId: orgA.id, role: "mentor" },
          { organisationId: orgB.id, role: "mentor" },
        ],
      });
      await adminA.caller.user.setRoles({ organisationId: orgA.id, userId: user.id, roles: ["evaluator", "admin", "evaluator"] });
      const rolesIn = async (organisationId: string) =>
        (await t.db.membership.findMany({ where: { userId: user.id, organisationId }, select: { role: true } })).map((r) => r.role).sort();
      expect(await rolesIn(orgA.id)).toEqual(["admin", "evaluator"]);
      expect(await rolesIn(orgB.id)).toEqual(["mentor"]);

      await adminA.caller.user.setRoles({ organisationId: orgA.id, userId: user.id, roles: [] });
      expect(await rolesIn(orgA.id)).toEqual([]);
      expect(await rolesIn(orgB.id)).toEqual(["mentor"]);
    });

    it("cannot touch a user who is not in the organisation", async () => {
      const outsider = await createUser(t.db, { roles: [{ organisationId: orgB.id, role: "mentor" }] });
      await expectTRPCError(adminA.caller.user.setRoles({ organisationId: orgA.id, userId: outsider.id, roles: ["admin"] }), "NOT_FOUND");
      expect(await t.db.membership.count({ where: { userId: outsider.id, organisationId: orgA.id } })).toBe(0);
    });

    it("the new roles apply at the next request", async () => {
      const user = await createUser(t.db, { roles: [{ organisationId: orgA.id, role: "evaluator" }] });
      const session = await signedInCaller(t.db, user.id);
      await expectTRPCError(session.caller.user.list({ organisationId: orgA.id }), "FORBIDDEN");
      await adminA.caller.user.setRoles({ organisationId: orgA.id, userId: user.id, roles: ["admin"] });
      const next = await callerFor(t.db, { token: session.token });
      await expect(next.caller.user.list({ organisationId: orgA.id })).resolves.toMatchObject({ users: expect.any(Array) });
    });
  });

  describe("user.setActive", () => {
    it("deactivating ends the user's sessions at once and refuses sign-in; reactivating lets them in again; both are audited", async () => {
      const user = await createUser(t.db, { email: "deaktiveres@test.skridt", roles: [{ organisationId: orgA.id, role: "mentor" }] });
      const session = await signedInCaller(t.db, user.id);
      await expect(session.caller.auth.me()).resolves.toMatchObject({ email: "deaktiveres@test.skridt" });

      await expect(adminA.caller.user.setActive({ organisationId: orgA.id, userId: user.id, active: false })).resolves.toEqual({ ok: true, changed: true });
      expect(await t.db.session.count({ where: { userId: user.id } })).toBe(0);
      const after = await callerFor(t.db, { token: session.token });
      await expectTRPCError(after.caller.auth.me(), "UNAUTHORIZED", "not_signed_in");
      const signIn = await callerFor(t.db, { ip: "10.9.0.1" });
      await expectTRPCError(signIn.caller.auth.signIn({ email: "deaktiveres@test.skridt", password: TEST_PASSWORD }), "UNAUTHORIZED", "invalid_credentials");
      expect((await adminA.caller.user.list({ organisationId: orgA.id })).users.find((u) => u.id === user.id)?.disabled).toBe(true);
      // No longer offered as a participant's mentor.
      expect((await adminA.caller.user.mentors({ organisationId: orgA.id })).map((m) => m.id)).not.toContain(user.id);
      // Deactivating twice changes nothing and writes no second audit row.
      await expect(adminA.caller.user.setActive({ organisationId: orgA.id, userId: user.id, active: false })).resolves.toEqual({ ok: true, changed: false });

      await expect(adminA.caller.user.setActive({ organisationId: orgA.id, userId: user.id, active: true })).resolves.toEqual({ ok: true, changed: true });
      const again = await callerFor(t.db, { ip: "10.9.0.2" });
      await expect(again.caller.auth.signIn({ email: "deaktiveres@test.skridt", password: TEST_PASSWORD })).resolves.toEqual({ ok: true });
      const actions = await t.db.auditEvent.findMany({
        where: { targetId: user.id, action: { in: ["user.deactivate", "user.reactivate"] } },
        orderBy: { at: "asc" },
      });
      expect(actions.map((a) => [a.action, a.actorId, a.organisationId])).toEqual([
        ["user.deactivate", adminA.id, orgA.id],
        ["user.reactivate", adminA.id, orgA.id],
      ]);
    });

    it("refuses the admin's own account, users outside the organisation, and users who also belong to an organisation the admin does not administer", async () => {
      await expectTRPCError(
        adminA.caller.user.setActive({ organisationId: orgA.id, userId: adminA.id, active: false }),
        "BAD_REQUEST",
        "cannot_deactivate_self",
      );
      const outsider = await createUser(t.db, { roles: [{ organisationId: orgB.id, role: "mentor" }] });
      await expectTRPCError(adminA.caller.user.setActive({ organisationId: orgA.id, userId: outsider.id, active: false }), "NOT_FOUND", "not_found");
      const shared = await createUser(t.db, {
        roles: [
          { organisationId: orgA.id, role: "mentor" },
          { organisationId: orgB.id, role: "mentor" },
        ],
      });
      await expectTRPCError(
        adminA.caller.user.setActive({ organisationId: orgA.id, userId: shared.id, active: false }),
        "FORBIDDEN",
        "user_in_other_organisation",
      );
      const unchanged = await t.db.user.findMany({ where: { id: { in: [adminA.id, outsider.id, shared.id] } }, select: { disabledAt: true } });
      expect(unchanged.every((u) => u.disabledAt === null)).toBe(true);
    });
  });
});
