import type { RouterOutputs } from "@skridt/api";
import type { TFunction } from "i18next";
import type { Lang } from "../../i18n/use-lang";
import { formatCount, formatShare, formatSigned, type ShareDigits } from "./masked";
import type { TableModel } from "./table-model";
import type { BreakdownBy } from "./view-params";

export type Breakdown = RouterOutputs["evaluation"]["breakdown"];
type Group = Breakdown["groups"][number];

/** One scale's column pair: which instrument and scale, and its name for the reader. */
export interface ScaleColumn {
  instrumentId: string;
  scaleId: string;
  label: string;
}

/** "Kvinde", "30-39 år", "2018", the organisation's name; "Ukendt" where the group has no value. */
export function groupRowLabel(t: TFunction, by: BreakdownBy, group: Pick<Group, "key" | "label">): string {
  if (by === "organisation") return group.label;
  if (group.key === "unknown") return t("evaluation.breakdown.unknown");
  if (by === "gender") return t(`evaluation.gender.${group.key}`, { defaultValue: group.key });
  if (by === "ageBand") return t("evaluation.ageBand", { band: group.key });
  return group.key;
}

/** Every scale any group has a change for, in the order the API gives them. */
export function scaleKeys(groups: readonly Group[]): Array<{ instrumentId: string; scaleId: string }> {
  const seen = new Map<string, { instrumentId: string; scaleId: string }>();
  for (const group of groups) {
    for (const c of group.change) seen.set(`${c.instrumentId}/${c.scaleId}`, { instrumentId: c.instrumentId, scaleId: c.scaleId });
  }
  return [...seen.values()];
}

function rateOn(group: Group, occasion: string, lang: string, digits: ShareDigits): string {
  return formatShare(group.responseRates.find((r) => r.occasion === occasion)?.rate, lang, digits);
}

/**
 * The groups side by side: enrolled, response rate at start and end, each target's share
 * (its goal in the heading) and each scale's paired mean change with its n. Markers ("<5",
 * "x") pass through the formatters unchanged.
 */
export function breakdownTable(t: TFunction, data: Breakdown, scales: readonly ScaleColumn[], lang: Lang, digits: ShareDigits = 0): TableModel {
  const byLabel = t(`evaluation.breakdown.by_${data.by}`);
  return {
    caption: t("evaluation.breakdown.caption", { by: byLabel.toLowerCase() }),
    columns: [
      byLabel,
      t("evaluation.breakdown.enrolled"),
      t("evaluation.breakdown.rateStart"),
      t("evaluation.breakdown.rateEnd"),
      ...data.targets.map((target) => t("evaluation.breakdown.target", { label: target.label[lang], goal: formatShare(target.goalShare, lang, digits) })),
      ...scales.flatMap((s) => [t("evaluation.breakdown.meanChange", { scale: s.label }), t("evaluation.breakdown.pairedN", { scale: s.label })]),
    ],
    rows: data.groups.map((group) => ({
      key: group.key,
      header: groupRowLabel(t, data.by, group),
      cells: [
        formatCount(group.enrolled, lang),
        rateOn(group, "start", lang, digits),
        rateOn(group, "end", lang, digits),
        ...data.targets.map((target) => formatShare(group.targets.find((r) => r.id === target.id)?.share, lang, digits)),
        ...scales.flatMap((s) => {
          const change = group.change.find((c) => c.instrumentId === s.instrumentId && c.scaleId === s.scaleId);
          return [formatSigned(change?.meanChange, lang), formatCount(change?.n, lang)];
        }),
      ],
    })),
  };
}
