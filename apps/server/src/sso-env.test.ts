import { describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { loggablePath } from "./log-redaction";
import { ssoConfig } from "./sso-config";

const complete = {
  SSO_ISSUER: "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0",
  SSO_CLIENT_ID: "client",
  SSO_CLIENT_SECRET: "secret",
  SSO_ALLOWED_DOMAINS: "aarhus.dk, KK.dk",
};

describe("single sign-on settings", () => {
  it("are off without SSO_ISSUER, and passwords stay on", () => {
    const env = readEnv({});
    expect(ssoConfig(env)).toBeNull();
    expect(env.PASSWORD_SIGN_IN).toBe(true);
  });

  it("read a complete provider, with the domains lower-cased and Microsoft named on the button", () => {
    expect(ssoConfig(readEnv(complete))).toMatchObject({ clientId: "client", allowedDomains: ["aarhus.dk", "kk.dk"], label: "Microsoft" });
    expect(ssoConfig(readEnv({ ...complete, SSO_LABEL: "Aarhus Kommune" }))?.label).toBe("Aarhus Kommune");
  });

  it.each([
    [{ SSO_ISSUER: complete.SSO_ISSUER }, /SSO_CLIENT_ID: is needed.*SSO_CLIENT_SECRET: is needed.*SSO_ALLOWED_DOMAINS: is needed/],
    [{ SSO_CLIENT_ID: "client" }, /SSO_CLIENT_ID: is set but SSO_ISSUER is not/],
    [{ PASSWORD_SIGN_IN: "false" }, /PASSWORD_SIGN_IN: false leaves no way to sign in/],
    [{ ...complete, SSO_ISSUER: "http://idp.example.org" }, /SSO_ISSUER: must be an https URL/],
    [
      { ...complete, SSO_ALLOWED_DOMAINS: "aarhus.dk,not a domain" },
      /SSO_ALLOWED_DOMAINS: must list e-mail domains.*not a domain|SSO_ALLOWED_DOMAINS: must list e-mail domains.*not/,
    ],
  ])("stop the start with a message naming what is wrong (%o)", (env, message) => {
    expect(() => readEnv(env)).toThrow(message);
  });

  it("allow plain http for a provider on this machine only", () => {
    expect(ssoConfig(readEnv({ ...complete, SSO_ISSUER: "http://localhost:8080" }))?.issuer).toBe("http://localhost:8080");
  });

  it("keep the callback's code and state out of the request log", () => {
    expect(loggablePath("/auth/sso/callback?code=SECRETCODE&state=SECRETSTATE&iss=x")).toBe("/auth/sso/callback");
  });
});
