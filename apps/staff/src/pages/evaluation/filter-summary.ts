import type { TEvaluationFilter } from "@skridt/validators";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../lib/format";
import { useLang } from "../../i18n/use-lang";

/** The active filter in one line ("Jobcenter Aarhus · kvinder · 30-39 år"), or "alle deltagere". */
export function useFilterSummary(filter: TEvaluationFilter, organisations: ReadonlyArray<{ id: string; name: string }>): string {
  const { t } = useTranslation();
  const lang = useLang();
  const parts: string[] = [];
  if (filter.organisationIds) {
    parts.push(
      organisations
        .filter((o) => filter.organisationIds!.includes(o.id))
        .map((o) => o.name)
        .join(", "),
    );
  }
  if (filter.enrolledFrom || filter.enrolledTo) {
    parts.push(
      t("evaluation.filter.period", {
        from: filter.enrolledFrom ? formatDay(filter.enrolledFrom, lang) : "…",
        to: filter.enrolledTo ? formatDay(filter.enrolledTo, lang) : "…",
      }),
    );
  }
  if (filter.genders) parts.push(filter.genders.map((g) => t(`evaluation.gender.${g}`).toLowerCase()).join(", "));
  if (filter.ageBands) parts.push(filter.ageBands.map((a) => (a === "unknown" ? t("evaluation.ageUnknown") : t("evaluation.ageBand", { band: a }))).join(", "));
  return parts.length > 0 ? parts.join(" · ") : t("evaluation.filter.everyone");
}
