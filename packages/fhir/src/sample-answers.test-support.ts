import type { TInstrument, TItem } from "@skridt/instruments";

/** An answer to every item (first option, lowest number, a short text, a date): enough to exercise every mapping. */
export function sampleAnswers(instrument: TInstrument, pick: (item: TItem) => number = () => 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const item of instrument.items) {
    switch (item.type) {
      case "single-choice":
        out[item.id] = item.options[pick(item) % item.options.length]!.code;
        break;
      case "multiple-choice":
        out[item.id] = [item.options[0]!.code];
        break;
      case "number":
        out[item.id] = item.min ?? (item.integer ? 2 : 2.5);
        break;
      case "text":
        out[item.id] = "Et svar";
        break;
      case "date":
        out[item.id] = item.min ?? "2026-01-15";
        break;
    }
  }
  return out;
}
