import { Button } from "@skridt/ui";
import type { TOccasion } from "@skridt/instruments/client";
import { useTranslation } from "react-i18next";

/** The first screen: what this is, that answers are saved, how many questions. */
export function WelcomeScreen({ occasion, questionCount, onStart }: { occasion: TOccasion; questionCount: number; onStart: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <h1 tabIndex={-1}>{t(`survey.titles.${occasion}`)}</h1>
      <p className="lead">{t("survey.welcome")}</p>
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
