import { Button } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import type { LinkProblem } from "./use-survey";

/** A clear page for a link that cannot be answered, saying what to do and that it is not the participant's fault. */
export function LinkProblemPage({ problem, onRetry, navigate }: { problem: LinkProblem | "noCode"; onRetry: () => void; navigate: (to: string) => void }) {
  const { t } = useTranslation();
  const blameless = problem === "unknown" || problem === "expired" || problem === "withdrawn";
  return (
    <>
      <h1 tabIndex={-1}>{t(`link.${problem}.title`)}</h1>
      <p className="lead">{t(`link.${problem}.body`)}</p>
      {blameless ? <p>{t("link.notYourFault")}</p> : null}
      {problem === "offline" || problem === "tooMany" ? (
        <div className="nav">
          <Button className="nav__next" onClick={onRetry}>
            {t("link.retry")}
          </Button>
        </div>
      ) : null}
      {problem !== "submitted" ? (
        <p>
          <a
            href="/"
            className="big-link"
            onClick={(event) => {
              event.preventDefault();
              navigate("/");
            }}
          >
            {t("link.back")}
          </a>
        </p>
      ) : null}
    </>
  );
}
