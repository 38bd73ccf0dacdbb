import { Button } from "@skridt/ui";
import { useTranslation } from "react-i18next";

/** Back and Next; Next is the form's submit button, so Enter moves on too. */
export function NavButtons({ onBack, nextLabel }: { onBack?: (() => void) | undefined; nextLabel?: string }) {
  const { t } = useTranslation("questionnaire");
  return (
    <div className="nav">
      {/* Back comes first in reading order, as on screen; it is type=button, so Enter still means Next. */}
      {onBack ? (
        <Button variant="secondary" onClick={onBack} className="nav__back">
          {t("survey.back")}
        </Button>
      ) : null}
      <Button type="submit" className="nav__next">
        {nextLabel ?? t("survey.next")}
      </Button>
    </div>
  );
}
