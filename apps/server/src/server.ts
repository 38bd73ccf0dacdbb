import fastifyCookie from "@fastify/cookie";
import { appRouter, createContext, loadAllProgrammeInstruments, type AppRouter, type TSignInMethods } from "@skridt/api";
import { createDb, migrate, type Db, type DbConfig } from "@skridt/db";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { loggablePath, loggableReason } from "./log-redaction";
import { registerApiCompression } from "./compress-api";
import { registerSaveAnswerRoute } from "./save-answer-route";
import { registerSecurity } from "./security";
import { STARTING_PAGE, STARTING_RETRY_SECONDS } from "./starting-page";
import { fastifyTrustProxy, type TTrustProxy } from "./trust-proxy";
import { registerWebApps } from "./web-apps";
import { registerFhir } from "./fhir-routes";
import { registerOptOutRoute } from "./opt-out-route";
import { startMessaging, type TMessagingConfig } from "./outbox-runner";
import { createSsoClient } from "./sso-client";
import type { TSsoConfig } from "./sso-config";
import { publicBase, registerSsoRoutes } from "./sso-routes";

export const SESSION_COOKIE = "skridt_session";

export interface ServerOptions {
  db: DbConfig;
  port: number;
  host: string;
  /** Which X-Forwarded-For entries to believe: none, a hop count, or the proxies' addresses. */
  trustProxy: TTrustProxy;
  logLevel: string;
  webAppDirs: { participant: string; staff: string };
  /** E-mail and SMS (messaging-config.ts); without it messages wait in the outbox. */
  messaging?: TMessagingConfig;
  /** Single sign-on through an OpenID provider (sso-config.ts); without it staff sign in with passwords. */
  sso?: TSsoConfig | null;
  /** false switches password sign-in off (only with single sign-on; env.ts checks). Default true. */
  passwordSignIn?: boolean;
  /** Runs after migrations, before the server reports healthy (the demo seed). */
  afterMigrate?: (db: Db) => Promise<void>;
}

export interface SkridtServer {
  app: FastifyInstance;
  db: Db;
  /** Listens, migrates, then reports healthy; resolves with the base URL. */
  start(): Promise<string>;
  stop(): Promise<void>;
}

export async function createServer(options: ServerOptions): Promise<SkridtServer> {
  const db = await createDb(options.db);
  let ready = false;

  const app = Fastify({
    trustProxy: fastifyTrustProxy(options.trustProxy),
    bodyLimit: 256 * 1024,
    // A tRPC batch names its procedures in one path parameter ("a.b,c.d,..."): Fastify's default
    // of 100 characters answered a page's batch of eight queries with 404 (tRPC's docs set 5000).
    routerOptions: { maxParamLength: 5000 },
    logger: {
      level: options.logLevel,
      // Query strings can carry tRPC inputs (search terms, names): log the path only, and
      // without the link tokens, short codes and invitation tokens some paths carry.
      serializers: {
        req: (req) => ({ method: req.method, path: loggablePath(req.url), remoteAddress: req.ip }),
      },
      redact: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]'],
    },
  });

  await registerSecurity(app);
  registerApiCompression(app);
  await app.register(fastifyCookie);

  app.get("/healthz", async (_request, reply) => {
    if (!ready) return reply.code(503).header("retry-after", String(STARTING_RETRY_SECONDS)).send({ status: "starting" });
    return { status: "ok", engine: db.engine };
  });

  // Until ready (migrations, the demo seed on first start) every request is answered at once:
  // the API with 503 "starting", pages with a short page that reloads itself. Built files are
  // served as usual (they need no database).
  app.addHook("onRequest", async (request, reply) => {
    if (ready) return;
    const path = request.url.split("?")[0] ?? "/";
    if (path === "/healthz") return;
    reply.header("retry-after", String(STARTING_RETRY_SECONDS));
    if (path.startsWith("/trpc") || path.startsWith("/fhir")) return reply.code(503).send({ error: "starting" });
    if (request.method === "GET" && !/\.[a-z0-9]+$/i.test(path)) return reply.code(503).type("text/html; charset=utf-8").send(STARTING_PAGE);
  });

  const sessionCookieOptions = (req: FastifyRequest, expiresAt: Date) =>
    ({ path: "/", httpOnly: true, sameSite: "lax", secure: req.protocol === "https", expires: expiresAt }) as const;
  const sso = options.sso ? createSsoClient(options.sso) : null;
  const signInMethods = (req: FastifyRequest): TSignInMethods => ({
    password: options.passwordSignIn ?? true,
    sso: sso ? { label: sso.config.label, endSessionUrl: () => sso.endSessionUrl(publicBase(req, sso.config.publicUrl)) } : null,
  });

  const contextFor = (req: FastifyRequest, res: FastifyReply) =>
    createContext({
      db,
      ip: req.ip,
      sessionToken: req.cookies[SESSION_COOKIE] ?? null,
      signInMethods: signInMethods(req),
      cookies: {
        set: (token, expiresAt) => res.setCookie(SESSION_COOKIE, token, sessionCookieOptions(req, expiresAt)),
        clear: () => res.clearCookie(SESSION_COOKIE, { path: "/" }),
      },
    });
  const trpcOptions = {
    router: appRouter,
    createContext: ({ req, res }) => contextFor(req, res),
    onError({ error, path, req }) {
      if (error.code === "INTERNAL_SERVER_ERROR") app.log.error({ err: error, path }, "procedure failed");
      // Refusals are worth seeing (e.g. repeated failed sign-ins), but never with their input.
      else req.log.info({ path, code: error.code, reason: loggableReason(error.message) }, "procedure refused");
    },
  } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"];
  // The participant's answer saves: the same procedure, without the adapter's Fetch-API round trip.
  await registerSaveAnswerRoute(app, { trpcOptions, contextFor });
  await app.register(fastifyTRPCPlugin, { prefix: "/trpc", trpcOptions });

  if (sso) {
    await registerSsoRoutes(app, {
      db,
      client: sso,
      sessionCookie: SESSION_COOKIE,
      setSessionCookie: (req, reply, token, expiresAt) => reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(req, expiresAt)),
    });
  }
  await registerOptOutRoute(app, db);
  await registerFhir(app, { db, sessionCookie: SESSION_COOKIE });
  await registerWebApps(app, options.webAppDirs);
  let messaging: { stop(): Promise<void> } | null = null;

  return {
    app,
    db,
    async start() {
      const address = await app.listen({ port: options.port, host: options.host });
      const applied = await migrate(options.db);
      if (applied.length > 0) app.log.info({ applied }, "migrations applied");
      await options.afterMigrate?.(db);
      // Programmes' own instruments into memory; ones added later (by any process) load on a miss.
      const programmeInstruments = await loadAllProgrammeInstruments(db);
      if (programmeInstruments > 0) app.log.info({ programmeInstruments }, "programme instruments loaded");
      ready = true;
      if (options.messaging) messaging = startMessaging(db, options.messaging, app.log);
      return address;
    },
    async stop() {
      // The sender loop first: a message being sent is finished and recorded before the database goes.
      await messaging?.stop();
      await app.close();
      await db.$disconnect();
    },
  };
}
