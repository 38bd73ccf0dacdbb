import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { OutboxStatus } from "./outbox";

/**
 * Calm word on whether the answers are safe, in a polite live region that exists from the
 * start (a region added later is not announced). Says nothing until the first answer.
 */
export function SaveStatus({ status }: { status: OutboxStatus }) {
  const { t } = useTranslation("questionnaire");
  const [touched, setTouched] = useState(status !== "saved");
  useEffect(() => {
    if (status !== "saved") setTouched(true);
  }, [status]);
  const text = !touched || status === "stopped" ? "" : t(`survey.status.${status}`);
  return (
    <p className={`save-status save-status--${status}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}
