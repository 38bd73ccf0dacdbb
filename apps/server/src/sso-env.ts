// The single sign-on settings of the environment (README, "Single sign-on"), checked together at
// start so a half-configured provider stops the server with a message saying what is missing.
import type { z } from "zod";

export interface TSsoEnv {
  SSO_ISSUER?: string | undefined;
  SSO_CLIENT_ID?: string | undefined;
  SSO_CLIENT_SECRET?: string | undefined;
  SSO_ALLOWED_DOMAINS?: string | undefined;
  SSO_LABEL?: string | undefined;
  PASSWORD_SIGN_IN: boolean;
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** "aarhus.dk, KK.dk" -> ["aarhus.dk", "kk.dk"]. */
export function parseAllowedDomains(value: string): string[] {
  return value
    .split(/[,\s]+/)
    .map((d) => d.trim().toLowerCase().replace(/^@/, ""))
    .filter(Boolean);
}

/** zod superRefine for the whole environment: each problem names its variable. */
export function checkSsoEnv(env: TSsoEnv, ctx: z.RefinementCtx) {
  const problem = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (!env.SSO_ISSUER) {
    for (const name of ["SSO_CLIENT_ID", "SSO_CLIENT_SECRET", "SSO_ALLOWED_DOMAINS", "SSO_LABEL"] as const) {
      if (env[name]) problem(name, "is set but SSO_ISSUER is not (single sign-on needs the provider's issuer URL)");
    }
    if (!env.PASSWORD_SIGN_IN) problem("PASSWORD_SIGN_IN", "false leaves no way to sign in without single sign-on (set SSO_ISSUER and the rest)");
    return;
  }
  const issuer = new URL(env.SSO_ISSUER);
  if (issuer.protocol !== "https:" && !(issuer.protocol === "http:" && LOOPBACK.has(issuer.hostname))) {
    problem("SSO_ISSUER", "must be an https URL (plain http only on this machine: localhost, 127.0.0.1)");
  }
  if (!env.SSO_CLIENT_ID) problem("SSO_CLIENT_ID", "is needed with SSO_ISSUER (the client id Skridt is registered with at the provider)");
  if (!env.SSO_CLIENT_SECRET) problem("SSO_CLIENT_SECRET", "is needed with SSO_ISSUER (the client secret from the provider)");
  if (!env.SSO_ALLOWED_DOMAINS) {
    problem("SSO_ALLOWED_DOMAINS", "is needed with SSO_ISSUER: the e-mail domains whose verified addresses may be matched, e.g. aarhus.dk,kk.dk");
  } else {
    const domains = parseAllowedDomains(env.SSO_ALLOWED_DOMAINS);
    const bad = domains.filter((d) => !DOMAIN.test(d));
    if (domains.length === 0 || bad.length > 0)
      problem("SSO_ALLOWED_DOMAINS", `must list e-mail domains such as aarhus.dk (not: ${bad.join(", ") || "empty"})`);
  }
}
