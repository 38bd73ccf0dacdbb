import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the password it hashed, and nothing else", async () => {
    const stored = await hashPassword("korrekt hest batteri hæfteklamme");
    expect(stored).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain("hest");
    expect(await verifyPassword("korrekt hest batteri hæfteklamme", stored)).toBe(true);
    expect(await verifyPassword("korrekt hest batteri hæfteklammE", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("treats the same text in composed and decomposed Unicode as the same password", async () => {
    const composed = "blåbærgrød";
    const stored = await hashPassword(composed);
    expect(await verifyPassword(composed.normalize("NFD"), stored)).toBe(true);
  });

  it("gives two different hashes for the same password (random salt)", async () => {
    const [a, b] = await Promise.all([hashPassword("same password"), hashPassword("same password")]);
    expect(a).not.toBe(b);
    expect(await verifyPassword("same password", a)).toBe(true);
    expect(await verifyPassword("same password", b)).toBe(true);
  });

  it.each([
    ["empty", ""],
    ["plain text", "same password"],
    ["another algorithm", "bcrypt$10$abc$def"],
    ["missing parts", "scrypt$32768$8$1$c2FsdA=="],
    ["empty hash", "scrypt$32768$8$1$c2FsdA==$"],
  ])("returns false for a malformed stored hash (%s)", async (_label, stored) => {
    expect(await verifyPassword("same password", stored)).toBe(false);
  });

  describe("with a damaged stored hash", () => {
    let parts: string[];
    const damaged = (index: number, value: string) => parts.map((part, i) => (i === index ? value : part)).join("$");
    beforeAll(async () => {
      parts = (await hashPassword("pw")).split("$");
    });

    it.each([
      ["N not a power of two", 1, "3"],
      ["N not a number", 1, "abc"],
      ["r not a number", 2, "x"],
    ])("returns false, not an error, for %s", async (_label, index, value) => {
      await expect(verifyPassword("pw", damaged(index, value))).resolves.toBe(false);
    });

    it.each([
      ["not base64", "%%%"],
      ["only padding", "="],
      ["far too short", "AA=="],
    ])("accepts no password when the stored key is %s", async (_label, value) => {
      await expect(verifyPassword("pw", damaged(5, value))).resolves.toBe(false);
      await expect(verifyPassword("anything at all", damaged(5, value))).resolves.toBe(false);
    });
  });
});
