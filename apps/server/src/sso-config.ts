import type { Env } from "./env";
import { parseAllowedDomains } from "./sso-env";

/** Single sign-on as the server runs it (from the environment by ssoConfig, or from a test). */
export interface TSsoConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowedDomains: string[];
  /** The provider's name on the button. */
  label: string;
  /**
   * This server as browsers reach it (PUBLIC_URL), for the redirect and logout URIs registered at
   * the provider; without it they are built from each request (behind a proxy: set TRUST_PROXY).
   */
  publicUrl?: string;
}

/** The button's provider name when SSO_LABEL is not set. */
export function defaultLabel(issuer: string): string {
  const host = new URL(issuer).hostname;
  return host === "login.microsoftonline.com" ? "Microsoft" : host;
}

/** Null when single sign-on is not configured (env.ts has checked that the rest is there when it is). */
export function ssoConfig(env: Env): TSsoConfig | null {
  if (!env.SSO_ISSUER || !env.SSO_CLIENT_ID || !env.SSO_CLIENT_SECRET || !env.SSO_ALLOWED_DOMAINS) return null;
  return {
    issuer: env.SSO_ISSUER,
    clientId: env.SSO_CLIENT_ID,
    clientSecret: env.SSO_CLIENT_SECRET,
    allowedDomains: parseAllowedDomains(env.SSO_ALLOWED_DOMAINS),
    label: env.SSO_LABEL ?? defaultLabel(env.SSO_ISSUER),
    ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL.replace(/\/+$/, "") } : {}),
  };
}
