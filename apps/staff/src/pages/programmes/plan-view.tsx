import type { RouterOutputs } from "@skridt/api";
import { OCCASIONS } from "@skridt/validators";
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
          <section key={occasion} className="panel" aria-labelledby={`plan-${occasion}-title`}>
            <h2 id={`plan-${occasion}-title`}>{t(`surveys.occasion_${occasion}`)}</h2>
            {ids.length === 0 ? (
              <p>{t("plan.none")}</p>
            ) : (
              <ol>
                {ids.map((id) => (
                  <li key={id}>{titles.get(id) ?? id}</li>
                ))}
              </ol>
            )}
            {occasion === "followup" && ids.length > 0 && data.plan.followupMonths ? <p>{t("plan.followupAfter", { count: data.plan.followupMonths })}</p> : null}
          </section>
        );
      })}
    </>
  );
}
