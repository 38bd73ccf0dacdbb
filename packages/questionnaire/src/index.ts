// The questionnaire as the participant sees it, shared by the participant app (personal
// link) and the staff app (a mentor filling in beside the participant, or from paper). The
// transport is the app's: it passes in the answers, how to record one, and how to submit.
// The form machinery (react-hook-form, zod) stays out of this entry: it is loaded lazily.
export { AllQuestionsPage, questionAnchor, type AllQuestionsPageProps } from "./all-questions-page";
export { answerText } from "./answer-text";
export { LazyQuestionForm, preloadQuestionForm } from "./lazy-question-form";
export { useLocalized } from "./localized";
export { Outbox, type FailurePolicy, type OutboxOptions, type OutboxStatus, type PendingAnswer } from "./outbox";
export { sessionPosition } from "./position";
export { QuestionnaireFlow, type QuestionnaireFlowProps } from "./questionnaire-flow";
export { ReviewPage, type ReviewPageProps, type SendState } from "./review-page";
export { SaveStatus } from "./save-status";
export { buildScreens, firstUnanswered, missingAnswers, questionKey, type Screen, type SurveyAnswers } from "./screens";
export type { LoadedSurvey, PositionStore, Respondent, SubmitResult } from "./types";
export { useOutboxAnswers } from "./use-outbox-answers";
