import { builtinInstruments, type TAnswerValue, type TInstrument, type TItem } from "@skridt/instruments";
import { describe, expect, it } from "vitest";
import { buildScreens, type SurveyAnswers } from "./screens";

/** A valid answer to any item: the first or the last option, or a plain value. */
function answerTo(item: TItem, pick: "first" | "last"): TAnswerValue {
  switch (item.type) {
    case "single-choice":
      return (pick === "first" ? item.options[0] : item.options[item.options.length - 1])!.code;
    case "multiple-choice":
      return [(pick === "first" ? item.options[0] : item.options[item.options.length - 1])!.code];
    case "number":
      return item.min ?? 1;
    case "text":
      return "x";
    case "date":
      return "2020-01-01";
  }
}

/** Answers question after question as a participant would, noting the count shown on each. */
function walk(instruments: TInstrument[], pick: "first" | "last") {
  const answers: SurveyAnswers = {};
  const counts: number[] = [];
  for (let guard = 0; guard < 500; guard++) {
    const { screens, questionCount } = buildScreens(instruments, answers);
    counts.push(questionCount);
    const next = screens.find((s) => s.kind === "question" && answers[s.instrument.id]?.[s.item.id] === undefined);
    if (!next || next.kind !== "question") return { counts, shown: screens.filter((s) => s.kind === "question").length };
    answers[next.instrument.id] = { ...answers[next.instrument.id], [next.item.id]: answerTo(next.item, pick) };
  }
  throw new Error("walk did not end");
}

const instruments = Object.values(builtinInstruments);
const conditional = instruments.filter((instrument) => instrument.items.some((item) => item.showIf));

describe("the question count on the way through", () => {
  it("some built-in instrument has follow-up questions (else this test says nothing)", () => {
    expect(conditional.length).toBeGreaterThan(0);
  });

  it.each(["first", "last"] as const)("never grows while questions are answered in order (%s option each time), and ends at the questions shown", (pick) => {
    const { counts, shown } = walk(instruments, pick);
    for (let i = 1; i < counts.length; i++) expect(counts[i], `after answer ${i}`).toBeLessThanOrEqual(counts[i - 1]!);
    expect(counts[counts.length - 1]).toBe(shown);
  });
});
