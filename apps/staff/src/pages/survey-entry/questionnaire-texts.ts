import { QUESTIONNAIRE_NS, questionnaireTexts, type QuestionnaireTexts } from "@skridt/questionnaire/texts";
import { i18n } from "../../i18n";

// The participant's own screens, read beside the participant or over the phone: the questions
// still speak to the participant; only what concerns the device and the link is reworded.
function forStaff(base: QuestionnaireTexts, howItWorks: string, offline: string): QuestionnaireTexts {
  return { ...base, survey: { ...base.survey, howItWorks, status: { ...base.survey.status, offline } } };
}

const texts = {
  da: forStaff(
    questionnaireTexts.da,
    "Der kommer ét spørgsmål ad gangen. Hvert svar bliver gemt med det samme, så I kan holde pause og fortsætte senere.",
    "Ingen forbindelse – svarene venter i denne fane og sendes, når forbindelsen er tilbage. Luk ikke fanen.",
  ),
  en: forStaff(
    questionnaireTexts.en,
    "One question at a time. Each answer is saved at once, so you can take a break and continue later.",
    "No connection – the answers wait in this tab and are sent when the connection is back. Do not close the tab.",
  ),
};

// Added when the entry pages load (they are a chunk of their own), not in every staff page's first download.
for (const [language, bundle] of Object.entries(texts)) {
  if (!i18n.hasResourceBundle(language, QUESTIONNAIRE_NS)) i18n.addResourceBundle(language, QUESTIONNAIRE_NS, bundle);
}
