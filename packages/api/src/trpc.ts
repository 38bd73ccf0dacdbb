import { initTRPC, TRPCError } from "@trpc/server";
import { z } from "zod";
import type { Context } from "./context";
import { ZOrgScope, type TRole } from "./roles";

/**
 * Every procedure declares who may call it. The authorisation test reads this from the
 * router and fails for any procedure that has no declaration.
 */
export type Access = { kind: "public" } | { kind: "signedIn" } | { kind: "organisation"; roles: readonly TRole[] };
export interface Meta {
  access?: Access;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      // Field-level problems for forms; messages are translated by the apps from `path` and `code`.
      const issues =
        error.cause instanceof z.ZodError
          ? error.cause.issues.map((issue) => ({ path: issue.path.map(String), code: issue.code, message: issue.message }))
          : null;
      // Never send stack traces or internal messages to a browser.
      const message = error.code === "INTERNAL_SERVER_ERROR" ? "internal_error" : shape.message;
      return { ...shape, message, data: { code: shape.data.code, httpStatus: shape.data.httpStatus, issues } };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure.meta({ access: { kind: "public" } });

export const signedInProcedure = t.procedure.meta({ access: { kind: "signedIn" } }).use(({ ctx, next }) => {
  if (!ctx.user || !ctx.sessionToken) throw new TRPCError({ code: "UNAUTHORIZED", message: "not_signed_in" });
  return next({ ctx: { ...ctx, user: ctx.user, sessionToken: ctx.sessionToken } });
});

/**
 * A procedure acting inside one organisation, open to the listed roles. The organisation
 * comes from the raw input (checked before the input is parsed, so nothing runs for a
 * caller without access); handlers use `ctx.organisationId`, which is then known good.
 * Unknown roles never match: the check fails closed.
 */
export function organisationProcedure(...roles: [TRole, ...TRole[]]) {
  return t.procedure.meta({ access: { kind: "organisation", roles } }).use(async ({ ctx, getRawInput, next }) => {
    if (!ctx.user || !ctx.sessionToken) throw new TRPCError({ code: "UNAUTHORIZED", message: "not_signed_in" });
    const scope = ZOrgScope.safeParse(await getRawInput());
    if (!scope.success) throw new TRPCError({ code: "BAD_REQUEST", message: "organisation_required" });
    const { organisationId } = scope.data;
    const rolesHere = ctx.user.memberships.filter((m) => m.organisationId === organisationId).map((m) => m.role);
    if (!rolesHere.some((role) => (roles as readonly string[]).includes(role))) {
      throw new TRPCError({ code: "FORBIDDEN", message: "forbidden" });
    }
    return next({
      ctx: { ...ctx, user: ctx.user, sessionToken: ctx.sessionToken, organisationId, rolesHere: rolesHere as TRole[] },
    });
  });
}
