import { describe, expect, it } from "vitest";
import { halsnaes } from "./builtin/halsnaes";
import { stige } from "./builtin/stige";
import { defineProgressionModel } from "./define";
import type { TProgressionPlan } from "./plan";
import { compareReviews, reviewSummary } from "./summary";

const plan: TProgressionPlan = { modelId: "halsnaes", areaIds: ["sundhed", "beskaeftigelse", "socialt-netvaerk"], reviewIntervalDays: 28 };

describe("reviewSummary", () => {
  it("gives value, normalised and meaning in plan order, null for skipped", () => {
    const s = reviewSummary(halsnaes, plan, {
      beskaeftigelse: { mentor: 2, participant: 3, note: "Praktik" },
      sundhed: { mentor: -1 },
      "socialt-netvaerk": null,
    });
    expect(s.map((a) => [a.areaId, a.value, a.normalised, a.meaning?.da ?? null, a.participant])).toEqual([
      ["sundhed", -1, 40, "Tilbagegang", null],
      ["beskaeftigelse", 2, 70, "Fremgang", 3],
      ["socialt-netvaerk", null, null, null, null],
    ]);
    expect(s[0]?.label.da).toBe("Sundhed");
    expect(s[1]?.note).toBe("Praktik");
    expect(s[1]?.support).toBeNull();
  });

  it("carries the alliance support on the ladder", () => {
    const ladderPlan: TProgressionPlan = { modelId: "stige", areaIds: ["job"], reviewIntervalDays: 14 };
    const [job] = reviewSummary(stige, ladderPlan, { job: { mentor: 4, participant: 3 } });
    expect(job).toMatchObject({ value: 4, participant: 3, support: 7 });
    expect(job?.normalised).toBeCloseTo(33.333, 3);
    expect(job?.participantNormalised).toBeCloseTo(22.222, 3);
  });
});

describe("compareReviews", () => {
  const first = { sundhed: { mentor: 0, participant: 1 }, beskaeftigelse: { mentor: 1 }, "socialt-netvaerk": { mentor: 2 } };
  const latest = { sundhed: { mentor: 3, participant: 1 }, beskaeftigelse: { mentor: -2 }, "socialt-netvaerk": null };

  it("gives from, to, delta and direction per area", () => {
    expect(compareReviews(halsnaes, plan, first, latest)).toEqual([
      { areaId: "sundhed", from: 0, to: 3, delta: 3, direction: "improved" },
      { areaId: "beskaeftigelse", from: 1, to: -2, delta: -3, direction: "worse" },
      { areaId: "socialt-netvaerk", from: 2, to: null, delta: null, direction: null },
    ]);
  });

  it("compares the participant's own scores when asked", () => {
    expect(compareReviews(halsnaes, plan, first, latest, "participant")[0]).toEqual({
      areaId: "sundhed",
      from: 1,
      to: 1,
      delta: 0,
      direction: "unchanged",
    });
  });

  it("turns the direction round when lower is better", () => {
    const burden = defineProgressionModel({ ...stige, id: "byrde", higherIsBetter: false });
    const p: TProgressionPlan = { modelId: "byrde", areaIds: ["job"], reviewIntervalDays: 14 };
    expect(compareReviews(burden, p, { job: { mentor: 9 } }, { job: { mentor: 2 } })[0]?.direction).toBe("improved");
  });
});
