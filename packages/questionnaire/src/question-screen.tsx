import { Alert } from "@skridt/ui";
import type { ReactNode } from "react";
import type { TAnswerValue, TInstrument, TItem } from "@skridt/instruments/client";
import { useTranslation } from "react-i18next";
import { useLocalized } from "./localized";
import { NavButtons } from "./nav-buttons";
import { ProgressLine } from "./progress-line";
import { LazyQuestionForm as QuestionForm } from "./lazy-question-form";
import { LazyQuestionExtras } from "./read-aloud/lazy-question-extras";

export interface QuestionScreenProps {
  instrument: TInstrument;
  item: TItem;
  number: number;
  total: number;
  value: unknown;
  missing: boolean;
  onAnswer: (value: TAnswerValue | null) => void;
  onNext: () => void;
  /** None on the very first screen. */
  onBack: (() => void) | undefined;
  /** A short welcome above everything, on the first screen when there is no welcome screen. */
  welcome?: ReactNode;
  /** The part's introduction above its first question, when it has no screen of its own. */
  introduction?: { part: number; parts: number } | null;
}

/** One question on its own: where we are, the question, back and next. */
export function QuestionScreen({ instrument, item, number, total, value, missing, onAnswer, onNext, onBack, welcome, introduction }: QuestionScreenProps) {
  const { t } = useTranslation("questionnaire");
  const text = useLocalized();
  return (
    <>
      {welcome}
      {introduction ? <p className="eyebrow">{t("survey.part", { n: introduction.part, total: introduction.parts })}</p> : null}
      <h1 tabIndex={-1} className="screen-title">
        {text(instrument.title)}
      </h1>
      {introduction ? <p className="question-intro">{text(instrument.introduction)}</p> : null}
      <ProgressLine n={number} total={total} />
      <LazyQuestionExtras item={item} />
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
