import { STATUS_CODES, STATUSES } from "@skridt/instruments/client";
import { describe, expect, it } from "vitest";
import { END_REASON_LABELS, END_REASON_OF_STATUS, END_REASONS, REOPEN_REASON_LABELS, REOPEN_REASONS, ZEndParticipations } from "./participation";

describe("the participation's end catalogue", () => {
  it("gives every status that ends a participation a reason, and no other status one", () => {
    for (const code of STATUS_CODES) {
      const reason = END_REASON_OF_STATUS[code];
      if (STATUSES[code].endsParticipation) expect(END_REASONS).toContain(reason);
      else expect(reason).toBeUndefined();
    }
  });

  it("has Danish and English words for every reason", () => {
    for (const reason of END_REASONS) expect(END_REASON_LABELS[reason].da.length * END_REASON_LABELS[reason].en.length).toBeGreaterThan(0);
    for (const reason of REOPEN_REASONS) expect(REOPEN_REASON_LABELS[reason].da.length * REOPEN_REASON_LABELS[reason].en.length).toBeGreaterThan(0);
  });

  it("refuses a closing day that names one participant twice", () => {
    const input = { organisationId: "o", endedOn: "2026-06-30", reason: "completed" };
    expect(ZEndParticipations.safeParse({ ...input, participantIds: ["a", "b"] }).success).toBe(true);
    expect(ZEndParticipations.safeParse({ ...input, participantIds: ["a", "a"] }).success).toBe(false);
    expect(ZEndParticipations.safeParse({ ...input, participantIds: [] }).success).toBe(false);
  });
});
