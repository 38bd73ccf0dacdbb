import helmet from "helmet";
import type { FastifyInstance } from "fastify";

/** Security headers and cross-site request protection for every response and state change. */
export async function registerSecurity(app: FastifyInstance) {
  // helmet's own middleware, built once: @fastify/helmet built it anew for every request
  // (parsing the policy each time), a few per cent of an answer save's CPU (bench/participant).
  const setSecurityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // HSTS only means something over TLS; helmet sends it always, browsers ignore it on http.
    strictTransportSecurity: { maxAge: 15552000, includeSubDomains: true },
    referrerPolicy: { policy: "no-referrer" },
    frameguard: { action: "deny" },
  });
  app.addHook("onRequest", (request, reply, done) => setSecurityHeaders(request.raw, reply.raw, () => done()));

  // API answers carry names, contact details and answers: no browser cache, history snapshot or
  // shared proxy may keep them (refusals too, so nothing about them lingers either).
  app.addHook("onRequest", async (request, reply) => {
    if (request.url.startsWith("/trpc")) reply.header("cache-control", "no-store");
  });

  // CSRF: a state change must come from our own pages. tRPC mutations are POSTs with a JSON
  // body, which a foreign page cannot send without a CORS preflight we never answer; we also
  // refuse any POST whose Origin names another site.
  app.addHook("onRequest", async (request, reply) => {
    if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return;
    // The opt-out link (/afmeld/<token>, opt-out-route.ts) is a form and a mail program's
    // one-click POST (RFC 8058, often without Origin): the unguessable token is its only authority,
    // and all it can do is stop messages.
    if (request.url.startsWith("/afmeld/")) return;
    // Single sign-on's back-channel logout (sso-routes.ts) is the identity provider's server
    // posting a form; the signed logout token it carries is its only authority.
    if (request.url === "/auth/sso/backchannel-logout") return;
    const origin = request.headers.origin;
    const contentType = request.headers["content-type"] ?? "";
    const sameOrigin = !origin || hostOf(origin) === request.headers.host;
    // application/fhir+json (FHIR clients, /fhir) needs a preflight just like application/json.
    if (!sameOrigin || !/^application\/(fhir\+)?json/.test(contentType)) {
      request.log.warn({ origin, contentType }, "refused cross-site or non-JSON state change");
      return reply.code(403).send({ error: "forbidden_origin" });
    }
  });
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
