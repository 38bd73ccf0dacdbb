import { describe, expect, it } from "vitest";
import { slugFilename } from "./file-name";

describe("slugFilename", () => {
  it("spells æ, ø and å out and joins words with dashes", () => {
    expect(slugFilename("Spørgsmål 1: start/slut", "csv")).toBe("spoergsmaal-1-start-slut.csv");
    expect(slugFilename("Ældre ÅR", "csv")).toBe("aeldre-aar.csv");
  });

  it("drops accents and trims dashes at both ends", () => {
    expect(slugFilename("  Café – résumé! ", "csv")).toBe("cafe-resume.csv");
  });

  it("falls back to 'data' when nothing is left", () => {
    expect(slugFilename("–?!", "csv")).toBe("data.csv");
    expect(slugFilename("", "txt")).toBe("data.txt");
  });

  it("keeps at most 60 characters before the extension", () => {
    const name = slugFilename("a".repeat(100), "csv");
    expect(name).toBe(`${"a".repeat(60)}.csv`);
  });
});
