import { QueryState, useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useTRPC } from "../../trpc";
import { useLang } from "../../i18n/use-lang";
import { AttritionTable } from "./attrition-table";
import { ItemDistributionFigure } from "./item-distribution-figure";
import type { Questionnaires } from "./question-text";
import { ScaleChangeSection } from "./scale-change-section";
import { UnpairedTable } from "./unpaired-table";
import { useEvaluationInput } from "./use-evaluation-input";

/** Questionnaire results: paired change per scale first (the answer to "did it help?"), then each question. */
export function QuestionnairesPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const input = useEvaluationInput();
  const result = useQuery(trpc.evaluation.questionnaires.queryOptions(input));
  useDocumentTitle(t("evaluation.sections.questionnaires"));
  return (
    <section aria-labelledby="evaluation-questionnaires">
      <h2 id="evaluation-questionnaires">{t("evaluation.sections.questionnaires")}</h2>
      <QueryState query={result} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => (
          <>
            <ScaleChangeSection data={data} />
            <UnpairedTable data={data} />
            <AttritionTable data={data} />
            <ItemsSection data={data} />
          </>
        )}
      </QueryState>
    </section>
  );
}

function ItemsSection({ data }: { data: Questionnaires }) {
  const { t } = useTranslation();
  const lang = useLang();
  // Only instruments someone answered; number and free-text questions are in the exports.
  const instruments = data.instruments
    .map((instrument) => ({
      instrument,
      items: instrument.items.flatMap((item) => {
        if (item.options.length === 0) return [];
        const distribution = data.distributions.find((d) => d.instrumentId === instrument.id && d.itemId === item.id);
        return distribution && distribution.occasions.some((o) => o.n !== 0) ? [{ item, distribution }] : [];
      }),
    }))
    .filter((i) => i.items.length > 0);

  return (
    <section aria-labelledby="evaluation-items">
      <h3 id="evaluation-items">{t("evaluation.questionnaires.itemsTitle")}</h3>
      <p>{t("evaluation.questionnaires.itemsHelp")}</p>
      <nav aria-label={t("evaluation.questionnaires.jumpTo")}>
        <ul className="jump-list">
          {instruments.map(({ instrument }) => (
            <li key={instrument.id}>
              <a href={`#instrument-${instrument.id}`}>{instrument.title[lang]}</a>
            </li>
          ))}
        </ul>
      </nav>
      {instruments.map(({ instrument, items }) => (
        <section key={instrument.id} aria-labelledby={`instrument-${instrument.id}`} className="instrument-section">
          <h4 id={`instrument-${instrument.id}`} tabIndex={-1}>
            {instrument.title[lang]}
          </h4>
          {items.map(({ item, distribution }) => (
            <ItemDistributionFigure key={item.id} item={item} distribution={distribution} />
          ))}
        </section>
      ))}
    </section>
  );
}
