import { describe, expect, it } from "vitest";
import { gapChange, scoreDifferences, type PairedReview } from "./score-differences";

const areas = ["job", "bolig", "sundhed", "netvaerk"] as const;

describe("where the mentor and the participant see things most differently", () => {
  const reviews: PairedReview[] = [
    // The oldest review with both scores: not the one compared with, since a later one has both too.
    { reviewedOn: "2026-01-05", scores: { job: { mentor: 0, participant: 3 }, bolig: { mentor: 0, participant: 0 } } },
    // The review before the latest with both scores.
    {
      reviewedOn: "2026-02-02",
      scores: { job: { mentor: 1, participant: 1 }, bolig: { mentor: 2, participant: 3 }, sundhed: { mentor: 1, participant: 4 }, netvaerk: null },
    },
    // The mentor alone: skipped when looking for the latest and the previous pair.
    { reviewedOn: "2026-03-02", scores: { job: { mentor: 2 }, bolig: { mentor: 2 }, sundhed: { mentor: 2 }, netvaerk: { mentor: 2 } } },
    {
      reviewedOn: "2026-03-30",
      scores: {
        job: { mentor: 2, participant: 4 },
        bolig: { mentor: 2, participant: 4 },
        sundhed: { mentor: 3, participant: 2 },
        netvaerk: { mentor: -1, participant: -4 },
      },
    },
  ];

  it("ranks the latest review's areas by the distance between the two scores, largest first, ties in the plan's order", () => {
    const result = scoreDifferences(areas, reviews);
    expect(result?.latestOn).toBe("2026-03-30");
    expect(result?.previousOn).toBe("2026-02-02");
    // netvaerk 3 apart; job and bolig 2 apart (plan order); sundhed 1 apart, the participant lower this time.
    expect(result?.differing.map((d) => [d.areaId, d.mentor, d.participant, d.gap])).toEqual([
      ["netvaerk", -1, -4, 3],
      ["job", 2, 4, 2],
      ["bolig", 2, 4, 2],
      ["sundhed", 3, 2, 1],
    ]);
    expect(result?.sameCount).toBe(0);
  });

  it("compares each area with its two scores at the review before, when both were given then", () => {
    const byArea = new Map(scoreDifferences(areas, reviews)?.differing.map((d) => [d.areaId, d]));
    expect(byArea.get("job")?.previous).toEqual({ mentor: 1, participant: 1, gap: 0 });
    expect(gapChange(byArea.get("job")!)).toBe("wider");
    expect(byArea.get("bolig")?.previous).toEqual({ mentor: 2, participant: 3, gap: 1 });
    expect(gapChange(byArea.get("bolig")!)).toBe("wider");
    expect(gapChange(byArea.get("sundhed")!)).toBe("closer");
    // Skipped at the review before: nothing to compare with.
    expect(byArea.get("netvaerk")?.previous).toBeNull();
    expect(gapChange(byArea.get("netvaerk")!)).toBeNull();
  });

  it("counts the areas where both gave the same score and leaves them out of the list", () => {
    const result = scoreDifferences(areas, reviews.slice(0, 2));
    expect(result?.latestOn).toBe("2026-02-02");
    expect(result?.differing.map((d) => d.areaId)).toEqual(["sundhed", "bolig"]);
    expect(result?.sameCount).toBe(1);
    expect(gapChange(result!.differing[1]!)).toBe("wider");
  });

  it("only reads the plan's areas, and gives nothing when no review has the participant's own score", () => {
    expect(scoreDifferences(["job"], [{ reviewedOn: "2026-01-05", scores: { bolig: { mentor: 0, participant: 4 }, job: { mentor: 1 } } }])).toBeNull();
    expect(scoreDifferences(areas, [reviews[2]!])).toBeNull();
    expect(scoreDifferences(areas, [])).toBeNull();
  });
});
