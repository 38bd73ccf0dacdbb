// What a count protected by the disclosure control (packages/analytics/src/disclosure.ts) may be
// for a known true count: the count plus noise of at most MAX_COUNT_NOISE (never more than the
// count itself for small counts), shown when that reaches the threshold, else "<5".
import { expect } from "vitest";
import { DEFAULT_THRESHOLD, MAX_COUNT_NOISE } from "../../packages/analytics/src/index";

export function expectProtectedCount(published: unknown, truth: number, label = "count"): void {
  const reach = Math.min(truth, MAX_COUNT_NOISE);
  if (typeof published === "number") {
    expect(published, `${label}: shown only at the threshold or above`).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(Math.abs(published - truth), `${label}: within the noise of ${truth}`).toBeLessThanOrEqual(reach);
  } else {
    expect(published, `${label}: hidden as "<5"`).toBe(`<${DEFAULT_THRESHOLD}`);
    expect(truth - reach, `${label}: ${truth} could only be hidden if its noise could take it under the threshold`).toBeLessThan(DEFAULT_THRESHOLD);
  }
}
