import { describe, expect, it } from "vitest";
import { baggrund } from "./builtin/baggrund";
import { tilfredshed } from "./builtin/tilfredshed";
import { who5 } from "./builtin/who5";
import { answerSchemaFor, validateAnswers } from "./answers";
import type { TItem } from "./items";

const item = (instrumentItems: readonly TItem[], id: string): TItem => instrumentItems.find((i) => i.id === id)!;

describe("answerSchemaFor", () => {
  const single = item(who5.items, "who5_1");
  const multiple = item(tilfredshed.items, "vigtigste");
  const number = item(baggrund.items, "foedselsaar");
  const text = item(tilfredshed.items, "samlet_effekt_uddyb");

  it("single choice: accepts a listed code, rejects others and wrong types", () => {
    const s = answerSchemaFor(single);
    expect(s.safeParse(0).success).toBe(true);
    expect(s.safeParse(5).success).toBe(true);
    expect(s.safeParse(6).success).toBe(false);
    expect(s.safeParse(-1).success).toBe(false);
    expect(s.safeParse(2.5).success).toBe(false);
    expect(s.safeParse("3").success).toBe(false);
    expect(s.safeParse([3]).success).toBe(false);
  });

  it("multiple choice: distinct valid codes, at least one", () => {
    const s = answerSchemaFor(multiple);
    expect(s.safeParse([1, 4]).success).toBe(true);
    expect(s.safeParse([1, 1]).success).toBe(false);
    expect(s.safeParse([7]).success).toBe(false);
    expect(s.safeParse([]).success).toBe(false);
    expect(s.safeParse(1).success).toBe(false);
  });

  it("multiple choice: respects maxSelections", () => {
    const limited = { ...multiple, maxSelections: 2 } as TItem;
    expect(answerSchemaFor(limited).safeParse([1, 2]).success).toBe(true);
    expect(answerSchemaFor(limited).safeParse([1, 2, 3]).success).toBe(false);
  });

  it("number: within min/max, integer when asked", () => {
    const s = answerSchemaFor(number);
    expect(s.safeParse(1980).success).toBe(true);
    expect(s.safeParse(1800).success).toBe(false);
    expect(s.safeParse(1980.5).success).toBe(false);
    expect(s.safeParse(Number.NaN).success).toBe(false);
    expect(s.safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
    expect(s.safeParse("1980").success).toBe(false);
  });

  it("text: within the item's max length, not blank", () => {
    const s = answerSchemaFor(text);
    expect(s.safeParse("Jeg havde allerede et job").success).toBe(true);
    expect(s.safeParse("x".repeat(1000)).success).toBe(true);
    expect(s.safeParse("x".repeat(1001)).success).toBe(false);
    expect(s.safeParse("x".repeat(1_000_000)).success).toBe(false);
    expect(s.safeParse("   ").success).toBe(false);
    expect(s.safeParse(42).success).toBe(false);
  });

  it("date: ISO calendar dates only, within min/max", () => {
    const date: TItem = { id: "d", type: "date", prompt: { da: "d", en: "d" }, required: false, min: "2020-01-01", max: "2030-12-31" };
    const s = answerSchemaFor(date);
    expect(s.safeParse("2024-02-29").success).toBe(true);
    expect(s.safeParse("2023-02-29").success).toBe(false);
    expect(s.safeParse("2019-12-31").success).toBe(false);
    expect(s.safeParse("2031-01-01").success).toBe(false);
    expect(s.safeParse("29-02-2024").success).toBe(false);
    expect(s.safeParse("2024-02-29T10:00:00Z").success).toBe(false);
  });
});

describe("validateAnswers", () => {
  it("accepts a complete WHO-5", () => {
    const r = validateAnswers(who5, { who5_1: 3, who5_2: 2, who5_3: 4, who5_4: 1, who5_5: 0 });
    expect(r).toEqual({ ok: true, issues: [], values: { who5_1: 3, who5_2: 2, who5_3: 4, who5_4: 1, who5_5: 0 } });
  });

  it("reports required, invalid and unknown items per item", () => {
    const r = validateAnswers(who5, { who5_1: 3, who5_2: 9, who5_3: "4", who5_4: 1, extra: 1 });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.itemId, i.kind])).toEqual([
      ["extra", "unknown-item"],
      ["who5_2", "invalid"],
      ["who5_3", "invalid"],
      ["who5_5", "required"],
    ]);
    expect(r.values).toEqual({ who5_1: 3, who5_4: 1 });
  });

  it("partial mode (saving after every answer) skips required but still checks values", () => {
    expect(validateAnswers(who5, { who5_1: 3 }, { partial: true }).ok).toBe(true);
    expect(validateAnswers(who5, { who5_1: 7 }, { partial: true }).ok).toBe(false);
  });

  it("reports a hidden item's answer as a warning and drops it", () => {
    const r = validateAnswers(baggrund, { parforhold: 0, samlever_psykisk: 1 });
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([expect.objectContaining({ itemId: "samlever_psykisk", kind: "hidden", severity: "warning" })]);
    expect(r.values).toEqual({ parforhold: 0 });
  });

  it("requires a conditional item only when it is shown", () => {
    const base = { samlet_effekt: 4, du_bestemmer: 5, frivillighed: 5, indflydelse_match: 4, vigtigste: [1], indflydelse_samtaler: 4, forskel_job: 3 };
    expect(validateAnswers(tilfredshed, { ...base, i_job: 0 }).ok).toBe(true);
    const inJob = validateAnswers(tilfredshed, { ...base, i_job: 1 });
    expect(inJob.issues.map((i) => i.itemId)).toEqual(["trivsel_job", "faellesskab"]);
  });

  it("treats blank text and empty selections as unanswered", () => {
    const r = validateAnswers(tilfredshed, { vigtigste: [], bemaerkninger: "  " }, { partial: true });
    expect(r).toEqual({ ok: true, issues: [], values: {} });
  });
});
