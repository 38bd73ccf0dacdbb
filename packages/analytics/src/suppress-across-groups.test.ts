import { describe, expect, it } from "vitest";
import { secondaryAcrossGroups, suppressAcrossGroups } from "./suppress-across-groups";
import { SECONDARY_MARK } from "./suppression";

/** One group's figures with a single occasion, target and scale. */
function group(key: string, enrolled: number | string, completed: number | string = 10, met: number | string = 10, n: number | string = 10) {
  return {
    key,
    enrolled,
    responseRates: [{ occasion: "start", eligible: 20, completed, incomplete: 0, noResponse: 10, rate: typeof completed === "number" ? completed / 20 : completed }],
    targets: [{ id: "job", met, share: typeof met === "number" ? met / 20 : met, goalShare: 0.4, reached: true }],
    change: [{ instrumentId: "gse", scaleId: "total", n, meanChange: typeof n === "number" ? 1.5 : n, ci95: typeof n === "number" ? [0.5, 2.5] : n }],
  };
}

describe("secondaryAcrossGroups", () => {
  it("picks the smallest shown count beside a single hidden one", () => {
    // 3 = cohort − 12 − 30, so 12 is hidden too.
    expect(secondaryAcrossGroups(["<5", 30, 12])).toBe(2);
  });

  it("prefers a count above zero and takes the first on a tie", () => {
    expect(secondaryAcrossGroups([0, "<5", 9, 7, 7])).toBe(3);
  });

  it("hides a zero when every other count is zero", () => {
    expect(secondaryAcrossGroups([0, "<5", 0])).toBe(0);
  });

  it("leaves columns with no hidden count, or with two or more, as they are", () => {
    expect(secondaryAcrossGroups([5, 8, 12])).toBeNull();
    expect(secondaryAcrossGroups(["<5", "<5", 12])).toBeNull();
    // A secondary mark counts as hidden too.
    expect(secondaryAcrossGroups(["<5", SECONDARY_MARK, 12])).toBeNull();
  });

  it("has nothing to pick when no count is shown", () => {
    expect(secondaryAcrossGroups(["<5"])).toBeNull();
  });
});

describe("suppressAcrossGroups", () => {
  it("hides the smallest other enrolled count when one group's is hidden", () => {
    const out = suppressAcrossGroups([group("a", "<5"), group("b", 40), group("c", 25)]);
    expect(out.map((g) => g.enrolled)).toEqual(["<5", 40, SECONDARY_MARK]);
  });

  it("hides a completed count with its rate, a met count with its share and reached, a paired n with its change", () => {
    const out = suppressAcrossGroups([group("a", 30, "<5", "<5", "<5"), group("b", 30, 12, 8, 15), group("c", 30, 15, 6, 9)]);
    expect(out[1]?.responseRates[0]).toMatchObject({ completed: SECONDARY_MARK, rate: SECONDARY_MARK, eligible: 20, noResponse: 10 });
    expect(out[2]?.responseRates[0]).toMatchObject({ completed: 15, rate: 0.75 });
    expect(out[2]?.targets[0]).toMatchObject({ met: SECONDARY_MARK, share: SECONDARY_MARK, reached: SECONDARY_MARK, goalShare: 0.4 });
    expect(out[1]?.targets[0]).toMatchObject({ met: 8, reached: true });
    expect(out[2]?.change[0]).toMatchObject({ n: SECONDARY_MARK, meanChange: SECONDARY_MARK, ci95: SECONDARY_MARK, scaleId: "total" });
    expect(out[1]?.change[0]).toMatchObject({ n: 15, meanChange: 1.5 });
  });

  it("protects each column on its own", () => {
    const out = suppressAcrossGroups([group("a", "<5", 12), group("b", 9, 6), group("c", 25, 14)]);
    expect(out.map((g) => g.enrolled)).toEqual(["<5", SECONDARY_MARK, 25]);
    // No completed count is hidden, so none is hidden for it.
    expect(out.map((g) => g.responseRates[0]?.completed)).toEqual([12, 6, 14]);
  });

  it("changes nothing for a single group, and leaves its input as it was", () => {
    expect(suppressAcrossGroups([group("a", "<5")])[0]?.enrolled).toBe("<5");
    const input = [group("a", "<5"), group("b", 40)];
    const out = suppressAcrossGroups(input);
    expect(out[1]?.enrolled).toBe(SECONDARY_MARK);
    expect(input[1]?.enrolled).toBe(40);
    expect(suppressAcrossGroups([])).toEqual([]);
  });
});
