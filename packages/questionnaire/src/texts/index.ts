import { da } from "./da";
import { en } from "./en";

/** The i18next namespace the shared questionnaire screens read their words from. */
export const QUESTIONNAIRE_NS = "questionnaire";

export type QuestionnaireTexts = typeof da;

/** The words of the shared screens; an app adds them as the "questionnaire" namespace, and may reword a few for its setting. */
export const questionnaireTexts: { da: QuestionnaireTexts; en: QuestionnaireTexts } = { da, en };
