import { Alert, Button } from "@skridt/ui";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { formatDay } from "../../lib/format";
import { QueryError } from "../../shell/query-error";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { ContactForm } from "./contact-form";
import { contactKindLabel } from "./labels";
import { useLang } from "../../i18n/use-lang";
import { useContacts, useRefreshWorkspace } from "./use-workspace";
import { useSuccessNotice } from "../../shell/use-success-notice";

/** The contact log: quick entry on top, totals as the evaluation counts them, then every contact. */
export function ContactsSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const contacts = useContacts(participantId);
  const refresh = useRefreshWorkspace();
  const remove = useMutation(trpc.contact.remove.mutationOptions());
  const notice = useSuccessNotice();
  const data = contacts.data;

  const onRemove = async (contactId: string, description: string) => {
    if (!window.confirm(t("contacts.confirmRemove", { contact: description }))) return;
    try {
      await remove.mutateAsync({ organisationId, contactId });
    } catch {
      return;
    }
    await refresh("contact");
    notice.show(t("contacts.removed", { contact: description }));
  };

  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t("contacts.title")}</h2>
      <ContactForm participantId={participantId} onSaved={notice.show} />
      {notice.element}
      {remove.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(remove.error)}`)}</p>
        </Alert>
      ) : null}
      <QueryError error={contacts.error} />
      {contacts.isPending ? <p role="status">{t("common.loading")}</p> : null}
      {data ? (
        <>
          <dl className="facts">
            <div>
              <dt>{t("contacts.total")}</dt>
              <dd>{data.totals.total}</dd>
            </div>
            <div>
              <dt>{t("contacts.channel_in_person")}</dt>
              <dd>{data.totals.byChannel.in_person}</dd>
            </div>
            <div>
              <dt>{t("contacts.channel_remote")}</dt>
              <dd>{data.totals.byChannel.remote}</dd>
            </div>
            <div>
              <dt>{t("contacts.channel_company")}</dt>
              <dd>{data.totals.byChannel.company}</dd>
            </div>
            <div>
              <dt>{t("contacts.minutesTotal")}</dt>
              <dd>{data.totals.minutes}</dd>
            </div>
          </dl>
          {data.contacts.length === 0 ? (
            <p>{t("contacts.empty")}</p>
          ) : (
            <div className="table-wrap" role="region" aria-label={t("contacts.caption")} tabIndex={0}>
              <table className="table">
                <caption className="ui-visually-hidden">{t("contacts.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("contacts.date")}</th>
                    <th scope="col">{t("contacts.kind")}</th>
                    <th scope="col" className="numeric">
                      {t("contacts.minutes")}
                    </th>
                    <th scope="col">{t("contacts.note")}</th>
                    <th scope="col">
                      <span className="ui-visually-hidden">{t("contacts.actions")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.contacts.map((contact) => {
                    const description = `${contactKindLabel(contact.kind, lang).toLowerCase()} ${formatDay(contact.occurredOn, lang)}`;
                    return (
                      <tr key={contact.id}>
                        <th scope="row">{formatDay(contact.occurredOn, lang)}</th>
                        <td>{contactKindLabel(contact.kind, lang)}</td>
                        <td className="numeric">{contact.minutes ?? t("common.dash")}</td>
                        <td>{contact.note}</td>
                        <td>
                          <Button variant="link" onClick={() => void onRemove(contact.id, description)} aria-label={t("contacts.removeFor", { contact: description })}>
                            {t("contacts.remove")}
                          </Button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
