import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("readEnv", () => {
  it("has safe defaults: loopback only, port 3000, demo data, no proxy trust", () => {
    const env = readEnv({});
    expect(env).toMatchObject({ PORT: 3000, HOST: "127.0.0.1", LOG_LEVEL: "info", TRUST_PROXY: false, SEED_DEMO: true });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toMatch(/data$/);
  });

  it("reads the values it is given", () => {
    expect(readEnv({ PORT: "0", HOST: "0.0.0.0", TRUST_PROXY: "1", SEED_DEMO: "false", LOG_LEVEL: "warn", DATABASE_URL: "postgres://x/y" })).toMatchObject({
      PORT: 0,
      HOST: "0.0.0.0",
      TRUST_PROXY: 1,
      SEED_DEMO: false,
      LOG_LEVEL: "warn",
      DATABASE_URL: "postgres://x/y",
    });
  });

  it("takes TRUST_PROXY as a hop count or the proxies' addresses and ranges, never a blanket true", () => {
    expect(readEnv({ TRUST_PROXY: "false" }).TRUST_PROXY).toBe(false);
    expect(readEnv({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(readEnv({ TRUST_PROXY: "10.0.0.5, 10.1.0.0/16,::1" }).TRUST_PROXY).toEqual(["10.0.0.5", "10.1.0.0/16", "::1"]);
    expect(() => readEnv({ TRUST_PROXY: "true" })).toThrow(/number of proxies/);
  });

  it.each([
    ["PORT", "http"],
    ["PORT", "70000"],
    ["LOG_LEVEL", "verbose"],
    ["TRUST_PROXY", "yes"],
    ["TRUST_PROXY", "true"],
    ["TRUST_PROXY", "10.0.0.300"],
    ["TRUST_PROXY", "10.0.0.0/33"],
    ["SEED_DEMO", "1"],
  ])("refuses %s=%s with a message naming the variable", (name, value) => {
    expect(() => readEnv({ [name]: value })).toThrow(new RegExp(`Invalid environment: ${name}`));
  });
});
