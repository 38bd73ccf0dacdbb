import { describe, expect, it } from "vitest";
import { scoresText } from "./participant-record-page";

const words = { participant: "deltager", skipped: "ikke vurderet" };

describe("a review's scores on the participant's record", () => {
  it("reads as words that can wrap, with the participant's own score, a skipped area and a note", () => {
    const text = scoresText({ hverdag: { mentor: 3, participant: 2 }, helbred: null, netvaerk: { mentor: -1, note: "Ny klub" } }, words);
    expect(text).toBe("hverdag: 3 (deltager 2), helbred: ikke vurderet, netvaerk: -1 – Ny klub");
  });

  it("keeps anything else recorded, so the record leaves nothing out", () => {
    expect(scoresText({ a: { mentor: 1, extra: true } }, words)).toBe('a: 1 {"extra":true}');
  });
});
