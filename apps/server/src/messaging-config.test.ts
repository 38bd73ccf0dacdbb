import { describe, expect, it } from "vitest";
import { readEnv } from "./env";
import { messagingConfig } from "./messaging-config";

describe("messaging from the environment", () => {
  it("sends nothing without SMTP or SMS settings: messages wait in the outbox", () => {
    const config = messagingConfig(readEnv({ PORT: "4000" }));
    expect(config.transports).toEqual({});
    expect(config.publicUrl).toBe("http://localhost:4000");
    expect(config.hours).toEqual({ startHour: 9, endHour: 20 });
    expect(config.leaseMs).toBe(300_000);
  });

  it("makes an e-mail and an SMS transport from SMTP_URL and the gateway settings", () => {
    const config = messagingConfig(
      readEnv({
        SMTP_URL: "smtp://u:p@127.0.0.1:2525",
        SMS_GATEWAY_URL: "http://127.0.0.1:9/send",
        SMS_GATEWAY_KEY: "k",
        PUBLIC_URL: "https://skridt.example.dk",
        MESSAGE_HOURS: "8-21",
      }),
    );
    expect(Object.keys(config.transports).sort()).toEqual(["email", "sms"]);
    expect(config.publicUrl).toBe("https://skridt.example.dk");
    expect(config.hours).toEqual({ startHour: 8, endHour: 21 });
    config.transports.email?.close?.();
  });

  it("refuses a gateway without its key, and hours that are not hours", () => {
    expect(() => messagingConfig(readEnv({ SMS_GATEWAY_URL: "http://127.0.0.1:9/send" }))).toThrow(/SMS_GATEWAY_KEY/);
    expect(() => messagingConfig(readEnv({ MESSAGE_HOURS: "late" }))).toThrow(/hours/);
  });
});
