import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import type { QuestionFormProps } from "./question-form";

/**
 * The form machinery (react-hook-form, zod and the answer schemas, about a third of the
 * app's weight) is a chunk of its own: the front page never needs it, and a questionnaire
 * starts fetching it the moment it opens (see preloadQuestionForm), while the welcome
 * screen is read.
 */
const loadQuestionForm = () => import("./question-form");
const QuestionForm = lazy(() => loadQuestionForm().then((m) => ({ default: m.QuestionForm })));

export function preloadQuestionForm() {
  void loadQuestionForm();
}

export function LazyQuestionForm(props: QuestionFormProps) {
  const { t } = useTranslation("questionnaire");
  return (
    <Suspense fallback={<p role="status">{t("survey.loading")}</p>}>
      <QuestionForm {...props} />
    </Suspense>
  );
}
