import { describe, expect, it } from "vitest";
import { newParticipantCode } from "./participant-code";

describe("participant codes", () => {
  const codes = Array.from({ length: 5000 }, () => newParticipantCode());

  it('have the form "K7Q-M3X"', () => {
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
  });

  it("never use the confusable characters 0, O, 1, I or L", () => {
    for (const code of codes) expect(code).not.toMatch(/[0O1IL]/);
  });

  it("use the whole rest of the alphabet and digits", () => {
    const seen = new Set(codes.join("").replace("-", "").split(""));
    seen.delete("-");
    expect([...seen].sort().join("")).toBe("23456789ABCDEFGHJKMNPQRSTUVWXYZ");
  });

  it("are random, not sequential", () => {
    expect(new Set(codes).size).toBeGreaterThan(4990);
  });
});
