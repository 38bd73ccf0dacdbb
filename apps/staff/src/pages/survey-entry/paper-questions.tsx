import { visibleItems, type TAnswerValue, type TInstrument } from "@skridt/instruments/client";
import { LazyQuestionForm, questionAnchor, useLocalized, type SurveyAnswers } from "@skridt/questionnaire";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SectionIndex, SectionIndexLayout } from "../../lib/section-index";
import { ChoiceGrid } from "./choice-grid";
import { paperBlocks } from "./paper-blocks";

/** The id of a questionnaire's heading on the paper page (the section index links to it). */
const partId = (instrumentId: string) => `all-${instrumentId}`;

/**
 * Every question of the questionnaire on one compact page for typing in a paper form:
 * questions on a shared response scale as a grid (ChoiceGrid), the others as the participant
 * app draws them; a section index beside (or, on a phone, above) the questions.
 */
export function PaperQuestions({
  instruments,
  answers,
  onAnswer,
  children,
}: {
  instruments: readonly TInstrument[];
  answers: SurveyAnswers;
  onAnswer: (instrumentId: string, itemId: string, value: TAnswerValue | null) => void;
  /** What follows the questions (saving state, the submit form), inside the same column. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const text = useLocalized();
  const index = (
    <SectionIndex
      label={t("entry.indexLabel")}
      toggleLabel={t("entry.indexToggle")}
      links={[
        ...instruments.map((instrument) => ({ id: partId(instrument.id), label: text(instrument.title) })),
        { id: "paper-submit-title", label: t("entry.submitTitle") },
      ]}
    />
  );
  return (
    <SectionIndexLayout index={index} className="paper-layout">
      <h1 tabIndex={-1}>{t("entry.paperTitle")}</h1>
      <p className="lead">{t("entry.paperIntro")}</p>
      {instruments.map((instrument) => {
        const given = answers[instrument.id] ?? {};
        return (
          <section key={instrument.id} className="all-part" aria-labelledby={partId(instrument.id)}>
            <h2 id={partId(instrument.id)} tabIndex={-1}>
              {text(instrument.title)}
            </h2>
            <p className="all-part__intro">{text(instrument.introduction)}</p>
            {paperBlocks(visibleItems(instrument, given)).map((block) =>
              block.kind === "grid" ? (
                <ChoiceGrid
                  key={block.items[0]?.id}
                  instrumentId={instrument.id}
                  items={block.items}
                  answers={given}
                  onAnswer={(itemId, value) => onAnswer(instrument.id, itemId, value)}
                />
              ) : (
                <div key={block.item.id} id={questionAnchor(instrument.id, block.item.id)} tabIndex={-1} className="all-question">
                  <LazyQuestionForm item={block.item} value={given[block.item.id]} onAnswer={(value) => onAnswer(instrument.id, block.item.id, value)} />
                </div>
              ),
            )}
          </section>
        );
      })}
      {children}
    </SectionIndexLayout>
  );
}
