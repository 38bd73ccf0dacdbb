// The OpenID Connect client (openid-client): discovery of the provider, the authorization
// request (code flow with PKCE, state and nonce), the code exchange with ID token checks, the
// userinfo call when the ID token lacks the e-mail claims, and RP-initiated logout's URL.
import * as oidc from "openid-client";
import type { TSsoIdentity } from "@skridt/api";
import type { TSsoConfig } from "./sso-config";

export const CALLBACK_PATH = "/auth/sso/callback";
export const POST_LOGOUT_PATH = "/staff/sign-in";

export interface TFlowSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** A failure the sign-in page names (the reason key) while the log keeps only openid-client's error code. */
export class SsoFlowError extends Error {
  constructor(
    readonly reason: "nonce_mismatch" | "provider_error" | "provider_unavailable",
    readonly code: string,
  ) {
    super(reason);
  }
}

export interface SsoClient {
  readonly config: TSsoConfig;
  /** The provider's metadata, discovered once and kept; a failed discovery is retried on next use. */
  configuration(): Promise<oidc.Configuration>;
  newFlow(): TFlowSecrets;
  authorizationUrl(flow: TFlowSecrets, redirectUri: string): Promise<URL>;
  /** Exchanges the code in `callbackUrl` and returns who the provider says signed in. */
  identify(callbackUrl: URL, flow: TFlowSecrets): Promise<TSsoIdentity>;
  endSessionUrl(base: string): Promise<string | null>;
}

function isLoopbackHttp(url: URL) {
  return url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}

export function createSsoClient(config: TSsoConfig): SsoClient {
  let discovered: Promise<oidc.Configuration> | null = null;
  const configuration = () => {
    discovered ??= oidc
      .discovery(new URL(config.issuer), config.clientId, config.clientSecret, undefined, {
        // Plain http only for a provider on this machine (tests, a local trial); env.ts refuses others.
        ...(isLoopbackHttp(new URL(config.issuer)) ? { execute: [oidc.allowInsecureRequests] } : {}),
        timeout: 10,
      })
      .catch((error: unknown) => {
        discovered = null;
        throw new SsoFlowError("provider_unavailable", errorCode(error));
      });
    return discovered;
  };

  return {
    config,
    configuration,
    newFlow: () => ({ state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() }),
    async authorizationUrl(flow, redirectUri) {
      const configured = await configuration();
      return oidc.buildAuthorizationUrl(configured, {
        redirect_uri: redirectUri,
        scope: "openid email profile",
        response_type: "code",
        state: flow.state,
        nonce: flow.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(flow.codeVerifier),
        code_challenge_method: "S256",
      });
    },
    async identify(callbackUrl, flow) {
      const configured = await configuration();
      let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
      try {
        tokens = await oidc.authorizationCodeGrant(configured, callbackUrl, {
          pkceCodeVerifier: flow.codeVerifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        });
      } catch (error) {
        // openid-client names the failed claim in the cause ('unexpected ID Token "nonce" claim value').
        const cause = (error as { cause?: unknown }).cause;
        const said = `${error instanceof Error ? error.message : ""} ${cause instanceof Error ? cause.message : ""}`;
        throw new SsoFlowError(/"nonce"/.test(said) ? "nonce_mismatch" : "provider_error", errorCode(error));
      }
      const claims = tokens.claims();
      if (!claims) throw new SsoFlowError("provider_error", "no_id_token");
      let source: Record<string, unknown> = claims;
      // Many providers put the e-mail claims in userinfo only (oidc-provider by default, Entra ID for some setups).
      if ((claims.email === undefined || claims.email_verified === undefined) && configured.serverMetadata().userinfo_endpoint) {
        try {
          source = { ...(await oidc.fetchUserInfo(configured, tokens.access_token, claims.sub)), ...claims };
        } catch (error) {
          throw new SsoFlowError("provider_error", errorCode(error));
        }
      }
      const email = typeof source.email === "string" ? source.email : null;
      return {
        issuer: claims.iss,
        subject: claims.sub,
        email,
        // Entra ID sends no email_verified; its optional claim xms_edov says the domain owner verified it.
        emailVerified: source.email_verified === true || source.xms_edov === true,
        name: typeof source.name === "string" ? source.name : null,
        sid: typeof claims.sid === "string" ? claims.sid : null,
      };
    },
    async endSessionUrl(base) {
      const configured = await configuration().catch(() => null);
      if (!configured?.serverMetadata().end_session_endpoint) return null;
      return oidc.buildEndSessionUrl(configured, { post_logout_redirect_uri: `${base}${POST_LOGOUT_PATH}` }).href;
    },
  };
}

/** openid-client's error code, for the log; never its message or response body (they may quote tokens). */
export function errorCode(error: unknown): string {
  if (error instanceof SsoFlowError) return error.code;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code.slice(0, 60) : error instanceof Error ? error.name : "unknown";
}
