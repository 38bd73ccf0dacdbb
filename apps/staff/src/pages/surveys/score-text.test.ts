import { bandFor, gse, who5 } from "@skridt/instruments";
import { describe, expect, it } from "vitest";
import { bandLabel, scoreLine, type TScaleMeta, type TScoreTexts } from "./score-text";

const da: TScoreTexts = {
  detail: ({ min, max, higherIsBetter }) => `skala ${min}–${max}, ${higherIsBetter ? "højere" : "lavere"} er bedre`,
  noScore: "kan ikke beregnes",
};
const en: TScoreTexts = {
  detail: ({ min, max, higherIsBetter }) => `range ${min}–${max}, ${higherIsBetter ? "higher" : "lower"} is better`,
  noScore: "cannot be calculated",
};
const meta = (scale: (typeof who5.scales)[number]): TScaleMeta => ({
  id: scale.id,
  label: scale.label,
  range: scale.range,
  higherIsBetter: scale.higherIsBetter,
  cutoffs: scale.cutoffs,
});
const who5Scale = meta(who5.scales[0]!);
const gseScale = meta(gse.scales[0]!);

describe("scoreLine", () => {
  it("names the scale by its own label and gives range, direction and the scale's band", () => {
    expect(scoreLine("who5", 48, who5Scale, "da", da)).toEqual({
      name: "WHO-5 trivsel (0-100)",
      value: "48",
      reading: "(skala 0–100, højere er bedre), Lav trivsel (≤ 50)",
      text: "48 (skala 0–100, højere er bedre), Lav trivsel (≤ 50)",
    });
    expect(scoreLine("who5", 52, who5Scale, "en", en)).toMatchObject({
      name: "WHO-5 wellbeing (0-100)",
      text: "52 (range 0–100, higher is better), Good wellbeing (> 50)",
    });
  });

  it("says nothing about bands for a scale without cut-offs", () => {
    expect(gseScale.cutoffs).toEqual([]);
    expect(scoreLine(gseScale.id, 10, gseScale, "da", da).text).toBe("10 (skala 10–40, højere er bedre)");
  });

  it("says a lower-is-better direction, formats decimals by language, and has no reading without a value", () => {
    const lower: TScaleMeta = { ...gseScale, range: { min: 1, max: 5 }, higherIsBetter: false };
    expect(scoreLine("x", 2.25, lower, "da", da).text).toBe("2,3 (skala 1–5, lavere er bedre)");
    expect(scoreLine("x", 2.25, lower, "en", en).text).toBe("2.3 (range 1–5, lower is better)");
    expect(scoreLine("who5", null, who5Scale, "da", da)).toEqual({
      name: "WHO-5 trivsel (0-100)",
      value: "kan ikke beregnes",
      reading: "",
      text: "kan ikke beregnes",
    });
    expect(scoreLine("gone", 3, undefined, "da", da)).toEqual({ name: "gone", value: "3", reading: "", text: "3" });
  });
});

describe("bandLabel", () => {
  it("picks the same band as the instruments' own bandFor at every value and boundary", () => {
    const scale = who5.scales[0]!;
    for (const value of [0, 27.9, 28, 28.1, 50, 50.5, 100]) expect(bandLabel(scale.cutoffs, value)).toEqual(bandFor(scale, value)?.label ?? null);
    expect(bandLabel(scale.cutoffs, null)).toBeNull();
  });
});
