import type { TFunction } from "i18next";
import { normaliseTo100, type SpiderRow } from "./chart-data";
import { localized } from "./labels";
import { type Lang } from "../../i18n/use-lang";
import type { ProgressReport } from "./use-workspace";

type ScaleChange = ProgressReport["questionnaireChange"][number];

/** Start vs end per scale: drawn on 0..100 (outwards better), worded in the scale's own units. */
export function questionnaireRows(changes: readonly ScaleChange[], lang: Lang, t: TFunction): SpiderRow[] {
  const number = new Intl.NumberFormat(lang === "en" ? "en-GB" : "da-DK", { maximumFractionDigits: 1 });
  return changes.map((change) => {
    const delta = change.end - change.start;
    const signed = delta > 0 ? `+${number.format(delta)}` : delta < 0 ? `−${number.format(Math.abs(delta))}` : "0";
    return {
      key: `${change.instrumentId}/${change.scaleId}`,
      label: localized(change.label, lang),
      from: normaliseTo100(change.start, change.range, change.higherIsBetter),
      to: normaliseTo100(change.end, change.range, change.higherIsBetter),
      fromText: t("charts.ofRange", { value: number.format(change.start), min: number.format(change.range.min), max: number.format(change.range.max) }),
      toText: t("charts.ofRange", { value: number.format(change.end), min: number.format(change.range.min), max: number.format(change.range.max) }),
      changeText: change.change ? `${signed} (${t(`charts.direction_${change.change}`)})` : signed,
    };
  });
}
