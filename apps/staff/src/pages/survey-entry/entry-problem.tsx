import { Alert, Button } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ErrorKey } from "../../errors";

/** Why the questionnaire cannot be filled in here (already sent, withdrawn, no connection), and what to do. */
export function EntryProblem({ problem, participantId, onRetry }: { problem: ErrorKey; participantId: string; onRetry: () => void }) {
  const { t } = useTranslation();
  const retryable = problem === "network" || problem === "internal_error" || problem === "unknown";
  return (
    <>
      <h1 tabIndex={-1}>{t("entry.problemTitle")}</h1>
      <Alert tone="error">
        <p>{t(`errors.${problem}`)}</p>
      </Alert>
      <div className="form-actions">
        {retryable ? <Button onClick={onRetry}>{t("entry.retry")}</Button> : null}
        <Link to={`/participants/${participantId}?tab=surveys`}>{t("entry.back")}</Link>
      </div>
    </>
  );
}
