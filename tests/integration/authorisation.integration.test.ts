// The authorisation table: every procedure of the app router, read from the router itself,
// against anonymous callers, callers without an allowed role, and callers whose allowed role
// is in another organisation. A new procedure is covered the moment it is added, and one
// without an access declaration fails here.
import { appRouter, type Access } from "@skridt/api";
import { ROLES } from "@skridt/validators";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, callPath, createOrganisation, createSessionToken, createUser, expectTRPCError } from "../support/api";
import { createTestDatabase, engine, type TestDatabase } from "../support/test-db";

/**
 * The only procedures anyone may call without signing in. Adding one is a security decision: review it.
 * auth.methods (reviewed for single sign-on) takes no input and says only whether password sign-in is
 * on and the identity provider's button label: what the sign-in page shows to anyone anyway.
 */
const PUBLIC_PROCEDURES = ["auth.signIn", "auth.invitation", "auth.acceptInvitation", "auth.methods"];

type Role = (typeof ROLES)[number];
type AnyProcedure = { _def: { meta?: { access?: Access } } };
/** path -> procedure; tRPC 11 keeps them flat ("auth.signIn"), but nested records are walked too. */
function flatten(record: Record<string, unknown>, prefix = ""): [string, AnyProcedure][] {
  return Object.entries(record).flatMap(([key, value]): [string, AnyProcedure][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "function" && "_def" in value) return [[path, value as unknown as AnyProcedure]];
    if (value && typeof value === "object") return flatten(value as Record<string, unknown>, path);
    return [];
  });
}
const procedures = flatten(appRouter._def.procedures as unknown as Record<string, unknown>)
  .map(([path, procedure]) => ({ path, access: procedure._def.meta?.access }))
  .sort((a, b) => a.path.localeCompare(b.path));
const declared = procedures.filter((p): p is { path: string; access: Access } => p.access !== undefined);
/** Procedures behind a staff session: anonymous callers must get UNAUTHORIZED. */
const sessionScoped = declared.filter((p) => p.access.kind === "signedIn" || p.access.kind === "organisation");
/** Procedures reached through a participant's personal link (no account). */
const linkScoped = declared.filter((p) => p.access.kind === "surveyLink");
const organisationScoped = declared.flatMap((p) => (p.access.kind === "organisation" ? [{ path: p.path, roles: [...p.access.roles] as Role[] }] : []));

/** Every subset of the roles, as a stable key like "admin+mentor" ("" for none). */
function subsets(): Role[][] {
  return Array.from({ length: 2 ** ROLES.length }, (_, mask) => ROLES.filter((_, i) => mask & (1 << i)));
}
const key = (roles: readonly string[]) => [...roles].sort().join("+");

describe(`authorisation table on ${engine}`, () => {
  let t: TestDatabase;
  let orgA: string;
  let orgB: string;
  /** Session tokens of users holding exactly this set of roles in organisation A (and none elsewhere)... */
  const inA = new Map<string, string>();
  /** ...and in organisation B (and none in A). */
  const inB = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestDatabase();
    orgA = (await createOrganisation(t.db, "Organisation A")).id;
    orgB = (await createOrganisation(t.db, "Organisation B")).id;
    for (const roles of subsets()) {
      const a = await createUser(t.db, { roles: roles.map((role) => ({ organisationId: orgA, role })) });
      inA.set(key(roles), await createSessionToken(t.db, a.id));
      const b = await createUser(t.db, { roles: roles.map((role) => ({ organisationId: orgB, role })) });
      inB.set(key(roles), await createSessionToken(t.db, b.id));
    }
  });
  afterAll(async () => t?.cleanup());

  async function callAs(token: string | null, path: string, input: unknown) {
    const { caller } = await callerFor(t.db, { token });
    return callPath(caller, path, input);
  }

  describe("declarations", () => {
    it("finds the procedures of the app router", () => {
      expect(procedures.length).toBeGreaterThanOrEqual(PUBLIC_PROCEDURES.length + 1);
      expect(procedures.map((p) => p.path)).toEqual(expect.arrayContaining(["auth.signIn", "auth.me", "participant.create"]));
    });

    it.each(procedures)("$path declares who may call it", ({ access }) => {
      expect(access, "procedure built without publicProcedure/signedInProcedure/organisationProcedure").toBeDefined();
      // A new kind of access needs its own rows in this table before it may be used.
      expect(["public", "signedIn", "organisation", "surveyLink"]).toContain(access?.kind);
      if (access?.kind === "organisation") {
        expect(access.roles.length).toBeGreaterThan(0);
        for (const role of access.roles) expect(ROLES).toContain(role);
      }
    });

    it("has no public procedure outside the allow-list", () => {
      const publicPaths = declared.filter((p) => p.access.kind === "public").map((p) => p.path);
      expect(publicPaths.sort()).toEqual([...PUBLIC_PROCEDURES].sort());
    });
  });

  describe.each(sessionScoped)("$path", ({ path }) => {
    it("refuses an anonymous caller with UNAUTHORIZED", async () => {
      await expectTRPCError(callAs(null, path, { organisationId: orgA }), "UNAUTHORIZED");
    });
  });

  describe.each(linkScoped)("$path (personal link)", ({ path }) => {
    it("refuses a caller without a link credential", async () => {
      await expectTRPCError(callAs(null, path, { organisationId: orgA }), "BAD_REQUEST", "link_unknown");
    });
    it("refuses an unknown link, even for a signed-in admin with every role", async () => {
      await expectTRPCError(callAs(inA.get(key(ROLES))!, path, { token: "x".repeat(43) }), "NOT_FOUND", "link_unknown");
    });
  });

  const organisationCases = organisationScoped.flatMap(({ path, roles }) => {
    const others = ROLES.filter((r) => !roles.includes(r));
    const cases: { path: string; roles: Role[]; label: string; side: "A" | "B"; held: Role[] }[] = [
      { path, roles, label: "a user with no role in the organisation", side: "B", held: [] },
      { path, roles, label: `a user with the allowed roles (${key(roles)}) in another organisation`, side: "B", held: roles },
    ];
    if (others.length > 0) cases.push({ path, roles, label: `a user with only other roles (${key(others)}) in the organisation`, side: "A", held: others });
    return cases;
  });

  describe.each(organisationCases)("$path: $label", ({ path, side, held }) => {
    it("is FORBIDDEN", async () => {
      const token = (side === "A" ? inA : inB).get(key(held));
      expect(token).toBeDefined();
      await expectTRPCError(callAs(token!, path, { organisationId: orgA }), "FORBIDDEN", "forbidden");
    });
  });

  // The positive control: the same call by a holder of each allowed role gets past the
  // role check (it may still fail validation, which comes after), so the FORBIDDENs above
  // are the role check speaking, not something else.
  const allowedCases = organisationScoped.flatMap(({ path, roles }) => roles.map((role) => ({ path, role })));
  describe.each(allowedCases)("$path: a user with role $role in the organisation", ({ path, role }) => {
    it("gets past the role check", async () => {
      const token = inA.get(role);
      let error: unknown = null;
      try {
        await callAs(token!, path, { organisationId: orgA });
      } catch (caught) {
        error = caught;
      }
      if (error !== null) {
        expect(error).toBeInstanceOf(TRPCError);
        expect(["UNAUTHORIZED", "FORBIDDEN"]).not.toContain((error as TRPCError).code);
      }
    });
  });

  it("refuses an organisation procedure without an organisation id with BAD_REQUEST, not by running it", async () => {
    const token = inA.get(key(ROLES))!;
    for (const { path } of organisationScoped) {
      await expectTRPCError(callAs(token, path, {}), "BAD_REQUEST", "organisation_required");
    }
  });
});
