// A real OpenID provider for the single sign-on tests (the `oidc-provider` package, as an
// identity provider such as Entra ID would answer): discovery, authorization with its own
// login and consent pages, token, userinfo, JWKS, RP-initiated logout and back-channel logout
// to Skridt. Its accounts are the tests' own, with verified and unverified e-mail addresses.
//
// It listens on 127.0.0.1 but is named "localhost" in its issuer, so the browser sees the
// provider and Skridt (on 127.0.0.1) as different sites, as they are in a real deployment.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";

export interface TestAccount {
  password: string;
  email: string;
  emailVerified: boolean;
  name: string;
}

export interface OidcTestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Registers Skridt (its base URL) as the provider's client; call once the server listens. */
  registerClient(skridtBase: string): void;
  /** Adds or replaces an account (the login name is also the subject). */
  addAccount(login: string, account: TestAccount): void;
  /** What back-channel logouts the provider sent and how Skridt answered. */
  backchannelResults: { ok: boolean; error?: string }[];
  stop(): Promise<void>;
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function loginForm(uid: string, error?: string): string {
  return page(
    "Test provider: sign in",
    `${error ? `<p role="alert">${escapeHtml(error)}</p>` : ""}
    <form method="post" action="/interaction/${uid}/login">
      <p><label for="login">Username</label><br><input id="login" name="login" autocomplete="username" required></p>
      <p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
      <p><button type="submit">Sign in at the provider</button></p>
    </form>
    <form method="post" action="/interaction/${uid}/abort"><button type="submit">Cancel</button></form>`,
  );
}

function consentForm(uid: string, clientId: string, scopes: string[]): string {
  return page(
    "Test provider: allow access",
    `<p>${escapeHtml(clientId)} asks to see: ${escapeHtml(scopes.join(", ") || "your identity")}.</p>
    <form method="post" action="/interaction/${uid}/confirm"><button type="submit">Allow</button></form>
    <form method="post" action="/interaction/${uid}/abort"><button type="submit">Cancel</button></form>`,
  );
}

export async function startOidcProvider(initialAccounts: Record<string, TestAccount> = {}): Promise<OidcTestProvider> {
  const accounts = new Map(Object.entries(initialAccounts));
  let provider: Provider | null = null;
  const backchannelResults: { ok: boolean; error?: string }[] = [];

  async function interaction(request: IncomingMessage, response: ServerResponse, uid: string, action: string | undefined) {
    const p = provider!;
    const details = await p.interactionDetails(request, response);
    if (details.uid !== uid) throw new Error("interaction mismatch");
    const send = (html: string) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      response.end(html);
    };
    if (request.method === "GET") {
      if (details.prompt.name === "login") return send(loginForm(uid));
      const missing = (details.prompt.details.missingOIDCScope as string[] | undefined) ?? [];
      return send(consentForm(uid, String(details.params.client_id), missing));
    }
    const form = await readForm(request);
    if (action === "abort") {
      return p.interactionFinished(request, response, { error: "access_denied", error_description: "cancelled" }, { mergeWithLastSubmission: false });
    }
    if (action === "login") {
      const login = form.get("login") ?? "";
      const account = accounts.get(login);
      if (!account || account.password !== form.get("password")) return send(loginForm(uid, "Wrong username or password."));
      return p.interactionFinished(request, response, { login: { accountId: login } }, { mergeWithLastSubmission: false });
    }
    if (action === "confirm") {
      const { prompt, params, session, grantId } = details;
      const grant = grantId ? await p.Grant.find(grantId) : new p.Grant({ accountId: session!.accountId, clientId: String(params.client_id) });
      if (!grant) throw new Error("grant not found");
      const missingScope = prompt.details.missingOIDCScope as string[] | undefined;
      const missingClaims = prompt.details.missingOIDCClaims as string[] | undefined;
      if (missingScope) grant.addOIDCScope(missingScope.join(" "));
      if (missingClaims) grant.addOIDCClaims(missingClaims);
      const saved = await grant.save();
      return p.interactionFinished(request, response, { consent: { grantId: saved } }, { mergeWithLastSubmission: true });
    }
    response.writeHead(404).end();
  }

  const server = createServer((request, response) => {
    if (!provider) {
      response.writeHead(503).end();
      return;
    }
    const match = /^\/interaction\/([^/?]+)(?:\/([a-z]+))?/.exec(request.url ?? "");
    if (match) {
      interaction(request, response, match[1]!, match[2]).catch((error: unknown) => {
        if (!response.headersSent) response.writeHead(400, { "content-type": "text/plain" });
        response.end(error instanceof Error ? error.message : "error");
      });
      return;
    }
    void provider.callback()(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const issuer = `http://localhost:${port}`;
  const clientId = "skridt-test";
  const clientSecret = randomBytes(24).toString("base64url");
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

  return {
    issuer,
    clientId,
    clientSecret,
    backchannelResults,
    addAccount(login, account) {
      accounts.set(login, account);
    },
    registerClient(skridtBase) {
      const configuration: Configuration = {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: [`${skridtBase}/auth/sso/callback`],
            post_logout_redirect_uris: [`${skridtBase}/staff/sign-in`],
            backchannel_logout_uri: `${skridtBase}/auth/sso/backchannel-logout`,
            backchannel_logout_session_required: true,
            response_types: ["code"],
            grant_types: ["authorization_code"],
            token_endpoint_auth_method: "client_secret_post",
          },
        ],
        jwks: { keys: [{ ...signingKey, kid: "test-key", use: "sig", alg: "RS256" }] },
        cookies: { keys: [randomBytes(16).toString("hex")] },
        claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
        features: {
          devInteractions: { enabled: false },
          backchannelLogout: { enabled: true },
          // The provider asks before it signs the person out (its own page, without the default's web fonts).
          rpInitiatedLogout: {
            enabled: true,
            logoutSource: (ctx: KoaContextWithOIDC, form: string) => {
              ctx.body = page(
                "Test provider: sign out",
                `${form}<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button> <button type="submit" form="op.logoutForm">No, stay signed in</button>`,
              );
            },
          },
        },
        // The provider's own SSRF guard refuses loopback addresses; here Skridt is on loopback on purpose.
        fetch: (url: string | URL | Request, options?: RequestInit) => {
          const { dispatcher: _guard, ...rest } = (options ?? {}) as RequestInit & { dispatcher?: unknown };
          return globalThis.fetch(url, rest);
        },
        interactions: { url: (_ctx: KoaContextWithOIDC, interaction) => `/interaction/${interaction.uid}` },
        findAccount: (_ctx, id) => {
          const account = accounts.get(id);
          if (!account) return undefined;
          return {
            accountId: id,
            claims: () => ({ sub: id, email: account.email, email_verified: account.emailVerified, name: account.name }),
          };
        },
      };
      provider = new Provider(issuer, configuration);
      provider.on("backchannel.success", () => backchannelResults.push({ ok: true }));
      provider.on("backchannel.error", (_ctx: unknown, error: Error) => backchannelResults.push({ ok: false, error: error.message }));
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A browser reduced to what sign-in needs: it follows redirects and keeps cookies per host name
 * (ports share cookies, as in browsers), so Skridt's and the provider's cookies stay apart.
 */
export function httpBrowser() {
  const jar = new Map<string, Map<string, string>>();
  const cookiesOf = (host: string) => jar.get(host) ?? jar.set(host, new Map()).get(host)!;

  function keep(url: URL, response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && new Date(a.split("=")[1]!).getTime() < Date.now()));
      if (expired || value === "") cookiesOf(url.hostname).delete(name);
      else cookiesOf(url.hostname).set(name, value);
    }
  }

  async function request(url: string, init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {}) {
    const target = new URL(url);
    const cookies = [...cookiesOf(target.hostname)].map(([k, v]) => `${k}=${v}`).join("; ");
    const response = await fetch(target, {
      method: init.method ?? "GET",
      redirect: "manual",
      headers: {
        ...(cookies ? { cookie: cookies } : {}),
        ...(init.form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
        ...init.headers,
      },
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    keep(target, response);
    return response;
  }

  /** Requests and follows redirects (as GETs) until a page answers or `stopAt` says the browser has arrived. */
  async function follow(url: string, init: Parameters<typeof request>[1] = {}, stopAt: (url: URL) => boolean = () => false) {
    let current = url;
    let response = await request(current, init);
    for (let hops = 0; response.status >= 300 && response.status < 400 && hops < 20; hops++) {
      current = new URL(response.headers.get("location")!, current).href;
      if (stopAt(new URL(current))) return { url: current, response, arrived: true };
      response = await request(current);
    }
    return { url: current, response, arrived: false };
  }

  return {
    request,
    follow,
    cookie(host: string, name: string): string | undefined {
      return cookiesOf(host).get(name);
    },
    setCookie(host: string, name: string, value: string) {
      cookiesOf(host).set(name, value);
    },
    deleteCookie(host: string, name: string) {
      cookiesOf(host).delete(name);
    },
  };
}
export type HttpBrowser = ReturnType<typeof httpBrowser>;
