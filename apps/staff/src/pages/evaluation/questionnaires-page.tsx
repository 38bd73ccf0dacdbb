import { QueryState, useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { SectionIndex, SectionIndexLayout } from "../../lib/section-index";
import { useTRPC } from "../../trpc";
import { useLang } from "../../i18n/use-lang";
import { AttritionTable } from "./attrition-table";
import { ItemDistributionFigure } from "./item-distribution-figure";
import type { Item, Questionnaires } from "./question-text";
import { ReliableChangeSection } from "./reliable-change-section";
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
          <SectionIndexLayout index={<QuestionnairesIndex data={data} />}>
            <ScaleChangeSection data={data} />
            <ReliableChangeSection />
            <UnpairedTable data={data} />
            <AttritionTable data={data} />
            <ItemsSection data={data} />
          </SectionIndexLayout>
        )}
      </QueryState>
    </section>
  );
}

type Distribution = Questionnaires["distributions"][number];

/** Only instruments someone answered, with their choice questions; number and free-text questions are in the exports. */
function answeredInstruments(data: Questionnaires) {
  return data.instruments
    .map((instrument) => ({
      instrument,
      items: instrument.items.flatMap((item): { item: Item; distribution: Distribution }[] => {
        if (item.options.length === 0) return [];
        const distribution = data.distributions.find((d) => d.instrumentId === instrument.id && d.itemId === item.id);
        return distribution && distribution.occasions.some((o) => o.n !== 0) ? [{ item, distribution }] : [];
      }),
    }))
    .filter((i) => i.items.length > 0);
}

/** The page's sections and, under the questions, each questionnaire: a long page's index (issue 16). */
function QuestionnairesIndex({ data }: { data: Questionnaires }) {
  const { t } = useTranslation();
  const lang = useLang();
  const links = [
    { id: "evaluation-change", label: t("evaluation.change.title") },
    { id: "evaluation-reliable", label: t("evaluation.reliable.title") },
    { id: "evaluation-unpaired", label: t("evaluation.unpaired.title") },
    { id: "evaluation-attrition", label: t("evaluation.attrition.title") },
    {
      id: "evaluation-items",
      label: t("evaluation.questionnaires.itemsTitle"),
      children: answeredInstruments(data).map(({ instrument }) => ({ id: `instrument-${instrument.id}`, label: instrument.title[lang] })),
    },
  ];
  return <SectionIndex label={t("evaluation.questionnaires.indexLabel")} toggleLabel={t("evaluation.questionnaires.indexToggle")} links={links} />;
}

/** Question figures mounted in the first render, and in each later step. */
const FIRST_FIGURES = 6;
const FIGURES_PER_STEP = 4;

/**
 * The questions' figures (some 45, each with its table, summary and CSV) are the page's
 * heaviest render: mounted together they made one long task. The first few come with the
 * page; the rest follow a few at a time, one step per task after a frame, so no task mounts
 * more than a handful and the charts drawing near the reader (draw-scheduler.ts) get turns
 * in between. Every questionnaire's heading is there at once, so the index's links work.
 */
function useFiguresMounted(total: number): number {
  const [mounted, setMounted] = useState(FIRST_FIGURES);
  useEffect(() => {
    if (mounted >= total) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setMounted((m) => m + FIGURES_PER_STEP), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [mounted, total]);
  return mounted;
}

function ItemsSection({ data }: { data: Questionnaires }) {
  const { t } = useTranslation();
  const lang = useLang();
  const instruments = answeredInstruments(data);
  const mounted = useFiguresMounted(instruments.reduce((sum, i) => sum + i.items.length, 0));
  let before = 0;

  return (
    <section aria-labelledby="evaluation-items">
      <h3 id="evaluation-items">{t("evaluation.questionnaires.itemsTitle")}</h3>
      <p>{t("evaluation.questionnaires.itemsHelp")}</p>
      {instruments.map(({ instrument, items }) => {
        const first = before;
        before += items.length;
        return (
          <section key={instrument.id} aria-labelledby={`instrument-${instrument.id}`} className="instrument-section">
            <h4 id={`instrument-${instrument.id}`} tabIndex={-1}>
              {instrument.title[lang]}
            </h4>
            {items.slice(0, Math.max(0, mounted - first)).map(({ item, distribution }) => (
              <ItemDistributionFigure key={item.id} item={item} distribution={distribution} />
            ))}
            {mounted < first + items.length ? <p className="hint">{t("common.loading")}</p> : null}
          </section>
        );
      })}
    </section>
  );
}
