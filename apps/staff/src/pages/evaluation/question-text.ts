import type { RouterOutputs } from "@skridt/api";
import type { Lang } from "../../i18n/use-lang";

export type Questionnaires = RouterOutputs["evaluation"]["questionnaires"];
export type Instrument = Questionnaires["instruments"][number];
export type Item = Instrument["items"][number];
export type Scale = Instrument["scales"][number];

/** The scale's definition (label, range, MIC) for a change or attrition row. */
export function findScale(data: Questionnaires, instrumentId: string, scaleId: string): Scale | undefined {
  return data.instruments.find((i) => i.id === instrumentId)?.scales.find((s) => s.id === scaleId);
}

export function scaleName(data: Questionnaires, instrumentId: string, scaleId: string, lang: Lang): string {
  return findScale(data, instrumentId, scaleId)?.label[lang] ?? scaleId;
}
