import { Button } from "@skridt/ui";
import { visibleItems, type TAnswerValue, type TInstrument } from "@skridt/instruments/client";
import { useTranslation } from "react-i18next";
import { useLocalized } from "./localized";
import { LazyQuestionForm as QuestionForm } from "./lazy-question-form";
import type { SurveyAnswers } from "./screens";

export interface AllQuestionsPageProps {
  instruments: readonly TInstrument[];
  answers: SurveyAnswers;
  onAnswer: (instrumentId: string, itemId: string, value: TAnswerValue | null) => void;
  /** The page's heading; "Alle spørgsmål" unless the app says otherwise (a paper form's entry). */
  title?: string;
  /** A sentence under the heading saying what the page is for. */
  lead?: string;
  /** Where "check your answers" goes; without it the page has no such button. */
  onReview?: () => void;
  /** Back to one question per screen; without it the page offers no switch. */
  onOneAtATime?: () => void;
}

/** The element id of one question on the page, so a list of missing answers can link to it. */
export const questionAnchor = (instrumentId: string, itemId: string) => `question-${instrumentId}-${itemId}`;

/** The whole questionnaire on one page, for wide screens; every answer is saved as it is given, as on the single screens. */
export function AllQuestionsPage({ instruments, answers, onAnswer, title, lead, onReview, onOneAtATime }: AllQuestionsPageProps) {
  const { t } = useTranslation("questionnaire");
  const text = useLocalized();
  return (
    <>
      <h1 tabIndex={-1}>{title ?? t("survey.allTitle")}</h1>
      {lead ? <p className="lead">{lead}</p> : null}
      {onOneAtATime ? (
        <p>
          <Button variant="link" onClick={onOneAtATime}>
            {t("survey.showOne")}
          </Button>
        </p>
      ) : null}
      {instruments.map((instrument) => {
        const given = answers[instrument.id] ?? {};
        return (
          <section key={instrument.id} className="all-part" aria-labelledby={`all-${instrument.id}`}>
            <h2 id={`all-${instrument.id}`}>{text(instrument.title)}</h2>
            <p>{text(instrument.introduction)}</p>
            {visibleItems(instrument, given).map((item) => (
              <div key={item.id} id={questionAnchor(instrument.id, item.id)} tabIndex={-1} className="all-question">
                <QuestionForm item={item} value={given[item.id]} onAnswer={(value) => onAnswer(instrument.id, item.id, value)} />
              </div>
            ))}
          </section>
        );
      })}
      {onReview ? (
        <div className="nav">
          <Button className="nav__next" onClick={onReview}>
            {t("survey.toReview")}
          </Button>
        </div>
      ) : null}
    </>
  );
}
