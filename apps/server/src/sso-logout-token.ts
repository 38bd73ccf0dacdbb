// Verifies a back-channel logout token (OpenID Connect Back-Channel Logout 1.0, section 2.6):
// signed by the provider's keys, for this client, recent, a logout event, naming sub and/or sid,
// and no nonce (so an ID token can never pass as one).
import { createRemoteJWKSet, jwtVerify } from "jose";
import type { TLogoutRequest } from "@skridt/api";
import type { SsoClient } from "./sso-client";

const LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";
/** A logout token older than this is refused (they are sent at once; this bounds a replay). */
const MAX_AGE = "5m";

export function logoutTokenVerifier(client: SsoClient) {
  let keys: ReturnType<typeof createRemoteJWKSet> | null = null;
  return async function verify(token: string): Promise<TLogoutRequest> {
    const metadata = (await client.configuration()).serverMetadata();
    if (!metadata.jwks_uri) throw new Error("the provider publishes no keys");
    keys ??= createRemoteJWKSet(new URL(metadata.jwks_uri));
    const algorithms = (metadata.id_token_signing_alg_values_supported ?? ["RS256"]).filter((alg) => alg !== "none");
    const { payload } = await jwtVerify(token, keys, {
      issuer: metadata.issuer,
      audience: client.config.clientId,
      algorithms,
      maxTokenAge: MAX_AGE,
      clockTolerance: 30,
    });
    const events = payload.events as Record<string, unknown> | undefined;
    if (!events || typeof events[LOGOUT_EVENT] !== "object") throw new Error("not a logout event");
    if ("nonce" in payload) throw new Error("a logout token has no nonce");
    const subject = typeof payload.sub === "string" ? payload.sub : null;
    const sid = typeof payload.sid === "string" ? payload.sid : null;
    if (!subject && !sid) throw new Error("names neither sub nor sid");
    return { issuer: metadata.issuer, subject, sid };
  };
}
