import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { isChoiceItem } from "./choice-answer";
import { ChoiceForm } from "./choice-form";
import type { QuestionFormProps } from "./question-form-props";

/**
 * The form machinery of number, text and date questions (react-hook-form, zod and the answer
 * schemas, about as heavy as the rest of the participant app) is a chunk of its own: choice
 * questions (most of them, and the first) never wait for it, and a questionnaire starts
 * fetching it once it opens (see preloadQuestionForm).
 */
const loadQuestionForm = () => import("./question-form");
const QuestionForm = lazy(() => loadQuestionForm().then((m) => ({ default: m.QuestionForm })));

export function preloadQuestionForm() {
  void loadQuestionForm();
}

/** Any question: a choice at once (no form library needed), a number, text or date through the lazy form. */
export function LazyQuestionForm(props: QuestionFormProps) {
  const { item } = props;
  if (isChoiceItem(item)) return <ChoiceForm {...props} item={item} />;
  return <TypedQuestionForm {...props} item={item} />;
}

function TypedQuestionForm(props: QuestionFormProps & { item: Exclude<QuestionFormProps["item"], { type: "single-choice" | "multiple-choice" }> }) {
  const { t } = useTranslation("questionnaire");
  return (
    <Suspense fallback={<p role="status">{t("survey.loading")}</p>}>
      <QuestionForm {...props} />
    </Suspense>
  );
}
