import { useTranslation } from "react-i18next";
import { questionnaireFlag, type TQuestionnaireOccasion, type TQuestionnaireState } from "./questionnaire-states";

/** "Start: mangler" as words in a badge: the colour only repeats what the text says. */
export function QuestionnaireBadge({ occasion, state, endedOn }: { occasion: TQuestionnaireOccasion; state: TQuestionnaireState; endedOn: string | null }) {
  const { t } = useTranslation();
  const flag = questionnaireFlag(occasion, state, endedOn);
  return (
    <span className={`badge badge--questionnaire badge--q-${flag}`}>
      {t(`participants.questionnaire_${occasion}`)}: {t(`participants.questionnaireState_${flag}`)}
    </span>
  );
}

/** Both badges, start then end, for a table cell or the overview. */
export function QuestionnaireBadges({
  questionnaires,
  endedOn,
}: {
  questionnaires: Record<TQuestionnaireOccasion, TQuestionnaireState>;
  endedOn: string | null;
}) {
  return (
    <span className="questionnaire-badges">
      <QuestionnaireBadge occasion="start" state={questionnaires.start} endedOn={endedOn} />
      <QuestionnaireBadge occasion="end" state={questionnaires.end} endedOn={endedOn} />
    </span>
  );
}
