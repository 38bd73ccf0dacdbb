import type { TItem } from "@skridt/instruments/client";
import type { TFunction } from "i18next";

/** A kind, specific sentence for an answer that cannot be saved as typed. */
export function errorText(item: TItem, t: TFunction): string {
  switch (item.type) {
    case "number": {
      const { min, max } = item;
      if (min !== undefined && max !== undefined) return t("survey.errors.numberRange", { min, max });
      if (min !== undefined) return t("survey.errors.numberMin", { min });
      if (max !== undefined) return t("survey.errors.numberMax", { max });
      return t(item.integer ? "survey.errors.integer" : "survey.errors.number");
    }
    case "multiple-choice":
      return t("survey.errors.maxSelections", { max: item.maxSelections ?? item.options.length });
    case "text":
      return t("survey.errors.text", { max: item.maxLength });
    case "date":
      return t("survey.errors.date");
    case "single-choice":
      return t("survey.errors.choice");
  }
}
