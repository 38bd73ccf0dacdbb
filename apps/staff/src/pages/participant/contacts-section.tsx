import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../lib/format";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { ContactForm } from "./contact-form";
import { contactKindLabel } from "./labels";
import { LogSection } from "./log-section";
import { useLang } from "../../i18n/use-lang";
import { useContacts, type ContactList } from "./use-workspace";

type Contact = ContactList["contacts"][number];

/** The contact log: quick entry on top, totals as the evaluation counts them, then every contact. */
export function ContactsSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const contacts = useContacts(participantId);
  const remove = useMutation(trpc.contact.remove.mutationOptions());
  const totals: [label: string, value: (data: ContactList) => number][] = [
    [t("contacts.total"), (data) => data.totals.total],
    [t("contacts.channel_in_person"), (data) => data.totals.byChannel.in_person],
    [t("contacts.channel_remote"), (data) => data.totals.byChannel.remote],
    [t("contacts.channel_company"), (data) => data.totals.byChannel.company],
    [t("contacts.minutesTotal"), (data) => data.totals.minutes],
  ];

  return (
    <LogSection
      title={t("contacts.title")}
      query={contacts}
      list="contact"
      form={(onSaved) => <ContactForm participantId={participantId} onSaved={onSaved} />}
      summary={(data) => (
        <dl className="facts">
          {totals.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value(data)}</dd>
            </div>
          ))}
        </dl>
      )}
      table={{
        caption: t("contacts.caption"),
        entries: (data) => data.contacts,
        empty: t("contacts.empty"),
        describe: (contact: Contact) => `${contactKindLabel(contact.kind, lang).toLowerCase()} ${formatDay(contact.occurredOn, lang)}`,
        columns: [
          { key: "date", header: t("contacts.date"), rowHeader: true, cell: (contact) => formatDay(contact.occurredOn, lang) },
          { key: "kind", header: t("contacts.kind"), cell: (contact) => contactKindLabel(contact.kind, lang) },
          { key: "minutes", header: t("contacts.minutes"), align: "end", cell: (contact) => contact.minutes ?? t("common.dash") },
          { key: "note", header: t("contacts.note"), cell: (contact) => contact.note },
        ],
      }}
      remove={{
        run: (contact) => remove.mutateAsync({ organisationId, contactId: contact.id }),
        error: remove.error,
        confirm: (contact) => t("contacts.confirmRemove", { contact }),
        removed: (contact) => t("contacts.removed", { contact }),
        buttonLabel: (contact) => t("contacts.removeFor", { contact }),
      }}
    />
  );
}
