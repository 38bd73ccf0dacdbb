import { Button } from "@skridt/ui";
import type { TOccasion } from "@skridt/instruments/client";
import { useTranslation } from "react-i18next";
import type { Respondent } from "./types";

/**
 * The first screen: what this is, that answers are saved, how many questions. An employer
 * or volunteer mentor is greeted as such, and told at most the participant's first name.
 */
export function WelcomeScreen({
  occasion,
  questionCount,
  onStart,
  respondent = "participant",
  aboutFirstName = null,
}: {
  occasion: TOccasion;
  questionCount: number;
  onStart: () => void;
  respondent?: Respondent;
  aboutFirstName?: string | null;
}) {
  const { t } = useTranslation("questionnaire");
  const external = respondent !== "participant";
  return (
    <>
      <h1 tabIndex={-1}>{external ? t(`survey.external.${respondent}.title`) : t(`survey.titles.${occasion}`)}</h1>
      <p className="lead">{external ? t(`survey.external.${respondent}.welcome`) : t("survey.welcome")}</p>
      {external && aboutFirstName ? <p>{t(`survey.external.${respondent}.about`, { name: aboutFirstName })}</p> : null}
      <p>{t("survey.howItWorks")}</p>
      <p>{t("survey.count", { count: questionCount })}</p>
      <div className="nav">
        <Button className="nav__next" onClick={onStart}>
          {t("survey.start")}
        </Button>
      </div>
    </>
  );
}

/** The welcome as a short note above the first question, when the questionnaire starts with it. */
export function WelcomeNote({ occasion }: { occasion: TOccasion }) {
  const { t } = useTranslation("questionnaire");
  return (
    <div className="welcome-note">
      <p className="welcome-note__title">{t(`survey.titles.${occasion}`)}</p>
      <p>
        {t("survey.welcome")} {t("survey.savedAsYouGo")}
      </p>
    </div>
  );
}
