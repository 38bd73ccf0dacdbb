// The only place that reads process.env: everything else gets a validated config.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { checkSsoEnv } from "./sso-env";
import { parseTrustProxy, type TTrustProxy } from "./trust-proxy";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  DATA_DIR: z.string().default(join(repoRoot, "data")),
  DATABASE_URL: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /**
   * Behind a reverse proxy that terminates TLS: how many proxies there are, or their addresses,
   * so X-Forwarded-* is believed only as far as those proxies wrote it (see trust-proxy.ts).
   */
  TRUST_PROXY: z
    .string()
    .default("false")
    .transform((value, ctx): TTrustProxy => {
      try {
        return parseTrustProxy(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
        return z.NEVER;
      }
    }),
  /** Where links in e-mails and SMS point (this server as participants reach it); default http://localhost:PORT. */
  PUBLIC_URL: z.string().url().optional(),
  /** E-mail (see README, "Messages"): smtp://user:password@host:587; unset keeps e-mails waiting in the outbox. */
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default("Skridt <skridt@localhost>"),
  SMTP_REPLY_TO: z.string().optional(),
  /** SMS through an HTTP gateway (packages/messaging/src/sms-gateway.ts); unset keeps SMS waiting. */
  SMS_GATEWAY_URL: z.string().url().optional(),
  SMS_GATEWAY_KEY: z.string().optional(),
  SMS_SENDER: z.string().default("Skridt"),
  /** Copenhagen hours in which participants, employers and volunteers get messages. */
  MESSAGE_HOURS: z.string().default("9-20"),
  MESSAGE_POLL_SECONDS: z.coerce.number().positive().default(15),
  /** How long a process holds a message it is sending before another may take it over (after a crash). */
  MESSAGE_LEASE_SECONDS: z.coerce.number().positive().default(300),
  /** "false" starts on an empty database without demo data. */
  SEED_DEMO: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  /** Single sign-on through the organisation's OpenID provider (README, "Single sign-on"; checked in sso-env.ts). */
  SSO_ISSUER: z.string().url().optional(),
  SSO_CLIENT_ID: z.string().min(1).optional(),
  SSO_CLIENT_SECRET: z.string().min(1).optional(),
  /** E-mail domains whose verified addresses may be matched to invitations and users: "aarhus.dk,kk.dk". */
  SSO_ALLOWED_DOMAINS: z.string().optional(),
  /** The provider's name on the sign-in button ("Log ind med <label>"). */
  SSO_LABEL: z.string().min(1).max(60).optional(),
  /** "false" switches password sign-in off (needs single sign-on). */
  PASSWORD_SIGN_IN: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

export type Env = z.infer<typeof ZEnv>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // The single sign-on settings are checked together (sso-env.ts): half a provider is an error.
  const parsed = ZEnv.superRefine(checkSsoEnv).safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export const webAppDirs = {
  participant: join(repoRoot, "apps", "participant", "dist"),
  staff: join(repoRoot, "apps", "staff", "dist"),
};
