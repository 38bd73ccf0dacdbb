import { initTRPC } from "@trpc/server";
import { z } from "zod";
import type { Context } from "./context";
import { anonymousAudit, auditAs, type AnonymousAuditEntry, type ContextAudit } from "./audit";
import type { SessionUser } from "./auth/session";
import { isCodeGuessingThrottled, recordWrongCode } from "./auth/throttle";
import { ZOrgScope, type TRole, ZCredential } from "@skridt/validators";
import { findSurveyByCredential } from "./surveys/find-by-credential";
import { surveyState } from "./surveys/state";
import { apiError } from "./errors";

/**
 * Every procedure declares who may call it. The authorisation test reads this from the
 * router and fails for any procedure that has no declaration.
 */
export type Access = { kind: "public" } | { kind: "signedIn" } | { kind: "organisation"; roles: readonly TRole[] } | { kind: "surveyLink" };
export interface Meta {
  access?: Access;
}

/** What a signed-in procedure's handler gets. */
export type SignedInContext = Context & { user: SessionUser; sessionToken: string; audit: ContextAudit };
/** What an organisation procedure's handler gets: declared once for the helpers and services that take it. */
export type OrgContext = SignedInContext & { organisationId: string; rolesHere: TRole[] };
/** Procedures without a session (sign-in, invitations, survey links) name any actor themselves. */
export type AnonymousContext = Context & { audit: ContextAudit<AnonymousAuditEntry> };

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
      // Errors may carry details meant for the client (e.g. which answers are missing).
      const cause = error.cause as { publicDetail?: unknown } | undefined;
      const detail = cause && typeof cause === "object" && "publicDetail" in cause ? cause.publicDetail : null;
      // Never send stack traces or internal messages to a browser.
      const message = error.code === "INTERNAL_SERVER_ERROR" ? "internal_error" : shape.message;
      return { ...shape, message, data: { code: shape.data.code, httpStatus: shape.data.httpStatus, issues, detail } };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** No session: `ctx.audit` records no actor unless the entry names one. */
const anonymous = t.middleware(({ ctx, next }) => next({ ctx: { ...ctx, audit: anonymousAudit(ctx) } satisfies AnonymousContext }));

export const publicProcedure = t.procedure.meta({ access: { kind: "public" } }).use(anonymous);

export const signedInProcedure = t.procedure.meta({ access: { kind: "signedIn" } }).use(({ ctx, next }) => {
  if (!ctx.user || !ctx.sessionToken) throw apiError("UNAUTHORIZED", "not_signed_in");
  const signedIn: SignedInContext = { ...ctx, user: ctx.user, sessionToken: ctx.sessionToken, audit: auditAs(ctx, ctx.user.id, null) };
  return next({ ctx: signedIn });
});

/**
 * A procedure acting inside one organisation, open to the listed roles. The organisation
 * comes from the raw input (checked before the input is parsed, so nothing runs for a
 * caller without access); handlers use `ctx.organisationId`, which is then known good.
 * Unknown roles never match: the check fails closed.
 */
export function organisationProcedure(...roles: [TRole, ...TRole[]]) {
  return t.procedure.meta({ access: { kind: "organisation", roles } }).use(async ({ ctx, getRawInput, next }) => {
    if (!ctx.user || !ctx.sessionToken) throw apiError("UNAUTHORIZED", "not_signed_in");
    const scope = ZOrgScope.safeParse(await getRawInput());
    if (!scope.success) throw apiError("BAD_REQUEST", "organisation_required");
    const { organisationId } = scope.data;
    const rolesHere = ctx.user.memberships.filter((m) => m.organisationId === organisationId).map((m) => m.role);
    if (!rolesHere.some((role) => (roles as readonly string[]).includes(role))) {
      throw apiError("FORBIDDEN", "forbidden");
    }
    const inOrganisation: OrgContext = {
      ...ctx,
      user: ctx.user,
      sessionToken: ctx.sessionToken,
      organisationId,
      rolesHere: rolesHere as TRole[],
      audit: auditAs(ctx, ctx.user.id, organisationId),
    };
    return next({ ctx: inOrganisation });
  });
}

/**
 * A procedure reached through a participant's personal link (no account). The credential
 * is resolved before the input is parsed; unknown, withdrawn and expired links are refused
 * with their own messages so the page can say what happened. Handlers get `ctx.survey`.
 */
export const surveyLinkProcedure = t.procedure
  .meta({ access: { kind: "surveyLink" } })
  .use(anonymous)
  .use(async ({ ctx, getRawInput, next }) => {
    const credential = ZCredential.safeParse(await getRawInput());
    if (!credential.success) throw apiError("BAD_REQUEST", "link_unknown");
    const byCode = "code" in credential.data;
    if (byCode && (await isCodeGuessingThrottled(ctx.db, ctx.ip))) {
      throw apiError("TOO_MANY_REQUESTS", "too_many_attempts");
    }
    const survey = await findSurveyByCredential(ctx.db, credential.data);
    if (!survey) {
      if (byCode) await recordWrongCode(ctx.db, ctx.ip);
      throw apiError("NOT_FOUND", "link_unknown");
    }
    const state = surveyState(survey);
    if (state === "withdrawn") throw apiError("FORBIDDEN", "link_withdrawn");
    if (state === "expired") throw apiError("FORBIDDEN", "link_expired");
    return next({ ctx: { ...ctx, survey: { ...survey, state }, credentialKind: byCode ? ("code" as const) : ("token" as const) } });
  });
