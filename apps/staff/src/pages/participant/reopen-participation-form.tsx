import { REOPEN_REASON_LABELS, REOPEN_REASONS, type TReopenReason } from "@skridt/validators";
import { Alert, Button } from "@skridt/ui";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useLang } from "../../i18n/use-lang";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { useRefreshParticipant } from "./use-refresh-participant";

/** Reopening with one of the catalogue's reasons (a key in the audit log: no free text there). */
export function ReopenParticipationForm({ participantId, onReopened, onCancel }: { participantId: string; onReopened: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const refresh = useRefreshParticipant();
  const reopen = useMutation(trpc.participant.reopen.mutationOptions());
  const [reason, setReason] = useState<TReopenReason>("ended_by_mistake");
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await reopen.mutateAsync({ organisationId, participantId, reason });
    } catch {
      return;
    }
    await refresh();
    onReopened();
  };

  return (
    <form className="panel form" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="reopen-participation-title">
      <h2 id="reopen-participation-title" tabIndex={-1} ref={headingRef}>
        {t("lifecycle.reopenTitle")}
      </h2>
      <p>{t("lifecycle.reopenIntro")}</p>
      <fieldset className="choice-group">
        <legend>{t("lifecycle.reopenReason")}</legend>
        {REOPEN_REASONS.map((value) => (
          <label key={value} className="ui-choice">
            <input type="radio" name="reopen-reason" value={value} checked={reason === value} onChange={() => setReason(value)} />
            {REOPEN_REASON_LABELS[value][lang]}
          </label>
        ))}
      </fieldset>
      {reopen.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(reopen.error)}`)}</p>
        </Alert>
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={reopen.isPending}>
          {t("lifecycle.reopenSubmit")}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
