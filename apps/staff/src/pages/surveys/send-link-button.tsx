import { Button } from "@skridt/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import "./send-link.css";

/**
 * Sends an employer's or volunteer's questionnaire link to their own e-mail (or phone when they
 * have no e-mail) through the outbox, instead of or beside copying it. The message carries a new
 * link, so the one on screen stops working once it is sent: the help text says so.
 */
export function SendLinkButton({ surveyId, recipientName }: { surveyId: string; recipientName: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const send = useMutation(trpc.message.sendExternalLink.mutationOptions());
  const result = send.data;
  return (
    <div className="send-link">
      <Button variant="secondary" busy={send.isPending} disabled={Boolean(result)} onClick={() => send.mutate({ organisationId, surveyId })}>
        {t("messages.sendLink", { name: recipientName })}
      </Button>
      <p className="hint">{t("messages.sendLinkHelp")}</p>
      <p role="status">
        {result
          ? result.waitingForSetup
            ? t("messages.sendLinkQueued")
            : t(result.channel === "sms" ? "messages.sendLinkSms" : "messages.sendLinkEmail")
          : send.error
            ? t(`errors.${errorKey(send.error)}`)
            : ""}
      </p>
    </div>
  );
}
