import { Alert } from "@skridt/ui";
import type { TAnswerValue, TInstrument, TItem } from "@skridt/instruments/client";
import { useTranslation } from "react-i18next";
import { useLocalized } from "./localized";
import { NavButtons } from "./nav-buttons";
import { ProgressLine } from "./progress-line";
import { LazyQuestionForm as QuestionForm } from "./lazy-question-form";

export interface QuestionScreenProps {
  instrument: TInstrument;
  item: TItem;
  number: number;
  total: number;
  value: unknown;
  missing: boolean;
  onAnswer: (value: TAnswerValue | null) => void;
  onNext: () => void;
  onBack: () => void;
}

/** One question on its own: where we are, the question, back and next. */
export function QuestionScreen({ instrument, item, number, total, value, missing, onAnswer, onNext, onBack }: QuestionScreenProps) {
  const { t } = useTranslation("questionnaire");
  const text = useLocalized();
  return (
    <>
      <h1 tabIndex={-1} className="screen-title">
        {text(instrument.title)}
      </h1>
      <ProgressLine n={number} total={total} />
      <QuestionForm
        item={item}
        value={value}
        onAnswer={onAnswer}
        onDone={onNext}
        notice={missing ? <Alert tone="info">{t("survey.missingHere")}</Alert> : null}
      >
        <NavButtons onBack={onBack} />
      </QuestionForm>
    </>
  );
}
