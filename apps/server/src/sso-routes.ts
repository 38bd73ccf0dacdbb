// Single sign-on's HTTP side. GET /auth/sso/start sends the browser to the provider with state,
// nonce and a PKCE challenge, whose secrets wait in a short-lived httpOnly cookie bound to this
// browser; GET /auth/sso/callback checks them, exchanges the code, matches the person
// (packages/api auth/sso-account.ts) and starts a Skridt session as password sign-in does;
// POST /auth/sso/backchannel-logout ends the sessions a provider's logout token names.
// The request log shows paths only (log-redaction.ts): the callback's code and state never reach it.
import { timingSafeEqual } from "node:crypto";
import { endSsoSessions, refuseSso, ssoSignIn } from "@skridt/api";
import type { Db } from "@skridt/db";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { CALLBACK_PATH, errorCode, SsoFlowError, type SsoClient, type TFlowSecrets } from "./sso-client";
import { logoutTokenVerifier } from "./sso-logout-token";

type TSsoRefusal = Parameters<typeof refuseSso>[1];

const FLOW_COOKIE = "skridt_sso";
const FLOW_PATH = "/auth/sso";
/** How long a sign-in at the provider may take before the flow's secrets are forgotten. */
const FLOW_MAX_MS = 10 * 60 * 1000;
const SIGN_IN_PAGE = "/staff/sign-in";

interface TFlowCookie extends TFlowSecrets {
  /** Where in the staff app to land afterwards (a path inside it). */
  from: string;
  startedAt: number;
}

export interface SsoRouteOptions {
  db: Db;
  client: SsoClient;
  sessionCookie: string;
  setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void;
}

/** This server's address as the browser used it (or PUBLIC_URL). */
export function publicBase(request: FastifyRequest, publicUrl: string | undefined): string {
  return publicUrl ?? `${request.protocol}://${request.host}`;
}

/** Only a path inside the staff app: never another site ("//evil", "https:..."). */
function safeFrom(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\") || value.length > 500) return "/";
  return value === "/sign-in" ? "/" : value;
}

function encodeFlow(flow: TFlowCookie): string {
  return Buffer.from(JSON.stringify(flow)).toString("base64url");
}

function decodeFlow(value: string | undefined): TFlowCookie | null {
  if (!value) return null;
  try {
    const flow = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as Partial<TFlowCookie>;
    if (typeof flow.state !== "string" || typeof flow.nonce !== "string" || typeof flow.codeVerifier !== "string") return null;
    if (typeof flow.startedAt !== "number" || Date.now() - flow.startedAt > FLOW_MAX_MS) return null;
    return { state: flow.state, nonce: flow.nonce, codeVerifier: flow.codeVerifier, from: safeFrom(flow.from), startedAt: flow.startedAt };
  } catch {
    return null;
  }
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function registerSsoRoutes(app: FastifyInstance, options: SsoRouteOptions) {
  const { db, client } = options;
  const verifyLogoutToken = logoutTokenVerifier(client);

  const refuse = async (request: FastifyRequest, reply: FastifyReply, reason: TSsoRefusal, code?: string) => {
    request.log.info({ reason, ...(code ? { code } : {}) }, "single sign-on refused");
    await refuseSso(db, reason, { ip: request.ip });
    return reply.redirect(`${SIGN_IN_PAGE}?sso=${reason}`, 303);
  };

  app.get(`${FLOW_PATH}/start`, async (request, reply) => {
    reply.header("cache-control", "no-store");
    const flow: TFlowCookie = { ...client.newFlow(), from: safeFrom((request.query as { from?: unknown }).from), startedAt: Date.now() };
    let url: URL;
    try {
      url = await client.authorizationUrl(flow, `${publicBase(request, client.config.publicUrl)}${CALLBACK_PATH}`);
    } catch (error) {
      return refuse(request, reply, "provider_unavailable", errorCode(error));
    }
    reply.setCookie(FLOW_COOKIE, encodeFlow(flow), {
      path: FLOW_PATH,
      httpOnly: true,
      // Lax: sent on the provider's top-level redirect back to the callback, never on cross-site POSTs.
      sameSite: "lax",
      secure: request.protocol === "https",
      maxAge: FLOW_MAX_MS / 1000,
    });
    return reply.redirect(url.href, 303);
  });

  app.get(CALLBACK_PATH, async (request, reply) => {
    reply.header("cache-control", "no-store");
    const flow = decodeFlow(request.cookies[FLOW_COOKIE]);
    // One use: the secrets go whatever happens next.
    reply.clearCookie(FLOW_COOKIE, { path: FLOW_PATH });
    const query = request.query as Record<string, unknown>;
    if (typeof query.error === "string") {
      return refuse(request, reply, query.error === "access_denied" ? "cancelled" : "provider_error", query.error.slice(0, 60));
    }
    if (!flow) return refuse(request, reply, "flow_expired");
    if (typeof query.state !== "string" || !sameSecret(query.state, flow.state)) return refuse(request, reply, "state_mismatch");

    const base = publicBase(request, client.config.publicUrl);
    let identity;
    try {
      identity = await client.identify(new URL(request.url, base), flow);
    } catch (error) {
      return refuse(request, reply, error instanceof SsoFlowError ? error.reason : "provider_error", errorCode(error));
    }
    const result = await ssoSignIn(db, identity, {
      allowedDomains: client.config.allowedDomains,
      ip: request.ip,
      previousSessionToken: request.cookies[options.sessionCookie] ?? null,
    });
    if (!result.ok) {
      request.log.info({ reason: result.reason }, "single sign-on refused");
      return reply.redirect(`${SIGN_IN_PAGE}?sso=${result.reason}`, 303);
    }
    options.setSessionCookie(request, reply, result.token, result.expiresAt);
    return reply.redirect(`/staff${flow.from === "/" ? "/" : flow.from}`, 303);
  });

  // The provider posts a form (application/x-www-form-urlencoded), only here.
  await app.register(async (scope) => {
    scope.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string", bodyLimit: 16 * 1024 }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    scope.post(`${FLOW_PATH}/backchannel-logout`, async (request, reply) => {
      reply.header("cache-control", "no-store");
      const token = (request.body as Record<string, unknown> | null)?.logout_token;
      if (typeof token !== "string" || token.length > 8192) return reply.code(400).send({ error: "invalid_request" });
      let logout;
      try {
        logout = await verifyLogoutToken(token);
      } catch (error) {
        request.log.warn({ code: errorCode(error) }, "back-channel logout token refused");
        return reply.code(400).send({ error: "invalid_request" });
      }
      const ended = await endSsoSessions(db, logout, request.ip);
      request.log.info({ ended }, "back-channel logout");
      return reply.code(200).send();
    });
  });
}
