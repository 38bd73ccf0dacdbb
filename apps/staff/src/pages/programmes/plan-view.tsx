import type { RouterOutputs } from "@skridt/api";
import { OCCASIONS } from "@skridt/validators";
import { Card } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { useLang } from "../../i18n/use-lang";

type PlanData = RouterOutputs["programme"]["plan"];

/** The measurement plan for those who may read but not change it (mentors, evaluators). */
export function PlanView({ data }: { data: PlanData }) {
  const { t } = useTranslation();
  const lang = useLang();
  const titles = new Map(data.instruments.map((i) => [i.id, i.title[lang]]));
  return (
    <>
      {OCCASIONS.map((occasion) => {
        const ids = data.plan.occasions[occasion];
        return (
          <Card key={occasion} title={t(`surveys.occasion_${occasion}`)} headingLevel={2}>
            {ids.length === 0 ? (
              <p>{t("plan.none")}</p>
            ) : (
              <ol>
                {ids.map((id) => (
                  <li key={id}>{titles.get(id) ?? id}</li>
                ))}
              </ol>
            )}
            {occasion === "followup" && ids.length > 0 && data.plan.followupMonths ? (
              <p>{t("plan.followupAfter", { count: data.plan.followupMonths })}</p>
            ) : null}
          </Card>
        );
      })}
    </>
  );
}
