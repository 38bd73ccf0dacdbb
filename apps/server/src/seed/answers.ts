// Plausible questionnaire answers for the demo: each simulated person has a latent
// wellbeing between 0 and 1, and every scored item is answered in line with it (with noise),
// so scales correlate and change from start to end the way the seed's charts show.
import { visibleItems, type TInstrument, type TItem } from "@skridt/instruments";
import type { seededRandom } from "./random";

type Random = ReturnType<typeof seededRandom>;

/** How each option of an item ranks on its scale (0 = worst, 1 = best), if the item is scored. */
function optionRanks(instrument: TInstrument, item: TItem): Map<number, number> | null {
  if (item.type !== "single-choice") return null;
  for (const scale of instrument.scales) {
    const scaleItem = scale.items.find((i) => i.itemId === item.id);
    if (!scaleItem) continue;
    const codes = item.options.map((o) => o.code);
    const min = Math.min(...codes);
    const max = Math.max(...codes);
    const valueOf = (code: number) => {
      const recoded = scaleItem.recode?.find((r) => r.code === code)?.value;
      if (recoded !== undefined) return recoded;
      return scaleItem.reverse ? min + max - code : code;
    };
    const values = codes.map(valueOf);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const ranks = new Map<number, number>();
    for (const code of codes) {
      const position = hi === lo ? 0.5 : (valueOf(code) - lo) / (hi - lo);
      ranks.set(code, scale.higherIsBetter ? position : 1 - position);
    }
    return ranks;
  }
  return null;
}

function answerItem(instrument: TInstrument, item: TItem, wellbeing: number, random: Random): unknown {
  switch (item.type) {
    case "single-choice": {
      const ranks = optionRanks(instrument, item);
      if (!ranks) return random.pick(item.options).code;
      const target = Math.min(1, Math.max(0, wellbeing + (random.next() - 0.5) * 0.45));
      let best = item.options[0]!.code;
      for (const option of item.options) {
        if (Math.abs((ranks.get(option.code) ?? 0) - target) < Math.abs((ranks.get(best) ?? 0) - target)) best = option.code;
      }
      return best;
    }
    case "multiple-choice": {
      const count = random.int(1, Math.min(3, item.options.length));
      const codes = new Set<number>();
      while (codes.size < count) codes.add(random.pick(item.options).code);
      return [...codes].sort((a, b) => a - b);
    }
    case "number": {
      const min = item.min ?? 0;
      const max = Math.min(item.max ?? 100, min + 120);
      return random.int(min, max);
    }
    case "text":
    case "date":
      return undefined;
  }
}

/** Answers to every visible item, in order (conditions see the answers given before them). */
export function simulateAnswers(instrument: TInstrument, wellbeing: number, random: Random, fixed: Record<string, unknown> = {}): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const item of instrument.items) {
    if (!visibleItems(instrument, answers).some((i) => i.id === item.id)) continue;
    const value = item.id in fixed ? fixed[item.id] : answerItem(instrument, item, wellbeing, random);
    if (value !== undefined) answers[item.id] = value;
  }
  return answers;
}
