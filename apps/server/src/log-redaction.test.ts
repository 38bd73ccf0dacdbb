import { describe, expect, it } from "vitest";
import { loggablePath, loggableReason } from "./log-redaction";

describe("what the request log says about a path", () => {
  it("drops the query string and every credential a path can carry", () => {
    const token = "Zq3v9XbT0kP2yW8uHn4sLm6aRc1eJd5fGh7iKo0pQrs";
    expect(loggablePath(`/a/${token}?x=1`)).toBe("/a/[redacted]");
    expect(loggablePath("/a/abcd-efgh")).toBe("/a/[redacted]");
    expect(loggablePath("/A/ABCDEFGH")).toBe("/a/[redacted]");
    expect(loggablePath(`/staff/invitation/${token}`)).toBe("/staff/invitation/[redacted]");
    expect(loggablePath(`/staff/invitation/${encodeURIComponent(token)}/`)).toBe("/staff/invitation/[redacted]");
    // A code or token anywhere else as a whole segment.
    expect(loggablePath("/k7qm-3xyz")).toBe("/[redacted]");
    expect(loggablePath(`/trpc/x/${token}`)).toBe("/trpc/x/[redacted]");
  });

  it("keeps ordinary paths readable", () => {
    expect(loggablePath("/trpc/take.saveAnswer?batch=1")).toBe("/trpc/take.saveAnswer");
    expect(loggablePath("/staff/assets/index-B9dF3kLm.js")).toBe("/staff/assets/index-B9dF3kLm.js");
    expect(loggablePath("/staff/participants/cmh1x2y3z0000abcd1234efgh")).toBe("/staff/participants/cmh1x2y3z0000abcd1234efgh");
    expect(loggablePath("/healthz")).toBe("/healthz");
    expect(loggablePath("/a/")).toBe("/a/");
  });

  it("logs a refusal by its error key only", () => {
    expect(loggableReason("link_unknown")).toBe("link_unknown");
    expect(loggableReason(`Unexpected token 'x', "{"code":"ABCD-EFGH" x}" is not valid JSON`)).toBe("(not logged)");
  });
});
