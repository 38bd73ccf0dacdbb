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
  onReview: () => void;
  onOneAtATime: () => void;
}

/** The whole questionnaire on one page, for wide screens; every answer is saved as it is given, as on the single screens. */
export function AllQuestionsPage({ instruments, answers, onAnswer, onReview, onOneAtATime }: AllQuestionsPageProps) {
  const { t } = useTranslation("questionnaire");
  const text = useLocalized();
  return (
    <>
      <h1 tabIndex={-1}>{t("survey.allTitle")}</h1>
      <p>
        <Button variant="link" onClick={onOneAtATime}>
          {t("survey.showOne")}
        </Button>
      </p>
      {instruments.map((instrument) => {
        const given = answers[instrument.id] ?? {};
        return (
          <section key={instrument.id} className="all-part" aria-labelledby={`all-${instrument.id}`}>
            <h2 id={`all-${instrument.id}`}>{text(instrument.title)}</h2>
            <p>{text(instrument.introduction)}</p>
            {visibleItems(instrument, given).map((item) => (
              <QuestionForm key={item.id} item={item} value={given[item.id]} onAnswer={(value) => onAnswer(instrument.id, item.id, value)} />
            ))}
          </section>
        );
      })}
      <div className="nav">
        <Button className="nav__next" onClick={onReview}>
          {t("survey.toReview")}
        </Button>
      </div>
    </>
  );
}
