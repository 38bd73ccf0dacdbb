import type { TFunction } from "i18next";

/** "Start", "Slut", "Opfølgning"; an occasion the app has no word for is shown as it is. */
export function occasionLabel(t: TFunction, occasion: string): string {
  return ["start", "end", "followup"].includes(occasion) ? t(`evaluation.occasion.${occasion}`) : occasion;
}

const GROUPS = ["work", "internship", "education", "pension", "unemployed", "absent", "ended", "unknown"];

export function groupLabel(t: TFunction, group: string): string {
  return GROUPS.includes(group) ? t(`evaluation.group.${group}`) : group;
}
