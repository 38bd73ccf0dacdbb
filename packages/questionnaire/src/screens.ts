import { isAnswered, isVisible, visibleItems, type TAnswers, type TInstrument, type TItem } from "@skridt/instruments/client";

/** Answers per instrument id, then per item id. */
export type SurveyAnswers = Record<string, TAnswers>;

export type Screen =
  | { kind: "welcome"; key: "welcome" }
  | { kind: "intro"; key: string; instrument: TInstrument; part: number }
  | { kind: "question"; key: string; instrument: TInstrument; item: TItem; number: number }
  | { kind: "review"; key: "review" };

export const questionKey = (instrumentId: string, itemId: string) => `q:${instrumentId}:${itemId}`;

/**
 * The questionnaire as a row of screens: a welcome, then for each instrument its introduction
 * and one screen per visible question, then the review. Rebuilt on every answer, so a
 * conditional question appears or disappears as soon as the answer it depends on changes.
 * The count is what is known: the questions shown plus those that may still be shown (their
 * condition waits for an answer not given yet), so it never grows on the way through, only
 * shrinks when an answer closes a follow-up.
 */
export function buildScreens(instruments: readonly TInstrument[], answers: SurveyAnswers): { screens: Screen[]; questionCount: number } {
  const screens: Screen[] = [{ kind: "welcome", key: "welcome" }];
  let number = 0;
  instruments.forEach((instrument, index) => {
    screens.push({ kind: "intro", key: `intro:${instrument.id}`, instrument, part: index + 1 });
    for (const item of visibleItems(instrument, answers[instrument.id] ?? {})) {
      number++;
      screens.push({ kind: "question", key: questionKey(instrument.id, item.id), instrument, item, number });
    }
  });
  screens.push({ kind: "review", key: "review" });
  const undecided = instruments.reduce(
    (sum, instrument) => sum + instrument.items.filter((item) => mayStillBeShown(instrument, item, answers[instrument.id] ?? {})).length,
    0,
  );
  return { screens, questionCount: number + undecided };
}

/** A hidden question whose condition is not decided yet: the answer it waits for is not given (here or further up its chain). */
function mayStillBeShown(instrument: TInstrument, item: TItem, answers: TAnswers): boolean {
  if (!item.showIf || isVisible(instrument, item.id, answers)) return false;
  const target = instrument.items.find((i) => i.id === item.showIf!.itemId);
  if (!target) return false;
  if (isVisible(instrument, target.id, answers)) return !isAnswered(target, answers[target.id]);
  return mayStillBeShown(instrument, target, answers);
}

/** Visible required questions without an answer, in questionnaire order (what submit would refuse). */
export function missingAnswers(instruments: readonly TInstrument[], answers: SurveyAnswers): { instrumentId: string; itemId: string }[] {
  const missing: { instrumentId: string; itemId: string }[] = [];
  for (const instrument of instruments) {
    const given = answers[instrument.id] ?? {};
    for (const item of visibleItems(instrument, given)) {
      if (item.required && !isAnswered(item, given[item.id])) missing.push({ instrumentId: instrument.id, itemId: item.id });
    }
  }
  return missing;
}

/** Where a returning participant continues: the first visible question without an answer. */
export function firstUnanswered(screens: readonly Screen[], answers: SurveyAnswers): Screen | undefined {
  return screens.find((s) => s.kind === "question" && !isAnswered(s.item, answers[s.instrument.id]?.[s.item.id]));
}
