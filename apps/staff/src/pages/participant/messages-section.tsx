import { zodResolver } from "@hookform/resolvers/zod";
import type { RouterOutputs } from "@skridt/api";
import { MESSAGE_CHANNELS, MESSAGE_LOCALES, ZMessagePreference } from "@skridt/validators";
import { Alert, Button, Card, DataTable, FormField, QueryState, type DataTableColumn } from "@skridt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { errorKey } from "../../errors";
import { formatDay } from "../../lib/format";
import { useLang } from "../../i18n/use-lang";
import { useOrganisationId } from "../../shell/session-context";
import { useSuccessNotice } from "../../shell/use-success-notice";
import { useTRPC } from "../../trpc";

type TMessages = RouterOutputs["message"]["listForParticipant"];
type TMessageRow = TMessages["messages"][number];
const ZPreferenceForm = ZMessagePreference.omit({ organisationId: true, participantId: true }).extend({
  // The select's "automatic" choice is an empty value; the API's null.
  channel: z.union([z.literal(""), z.enum(MESSAGE_CHANNELS)]),
});
type Input = z.input<typeof ZPreferenceForm>;
type Output = z.output<typeof ZPreferenceForm>;

/** A date and time as Danish staff read it (Copenhagen time: when messages go out). */
function formatMoment(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "da-DK", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Copenhagen" }).format(
    new Date(iso),
  );
}

/**
 * The participant's e-mails and SMS on their page: every message Skridt queued, sent or did not
 * send (and why), how the participant wants to be reached, and whether this server can send at all.
 */
export function MessagesSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const query = useQuery(trpc.message.listForParticipant.queryOptions({ organisationId, participantId }));
  return (
    <Card title={t("messages.title")} headingLevel={2} id="messages">
      <QueryState query={query} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => <MessagesBody data={data} participantId={participantId} />}
      </QueryState>
    </Card>
  );
}

function MessagesBody({ data, participantId }: { data: TMessages; participantId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const setUp = data.channelsConfigured.email || data.channelsConfigured.sms;
  const columns: DataTableColumn<TMessageRow>[] = [
    {
      key: "message",
      header: t("messages.message"),
      rowHeader: true,
      cell: (m) => `${t(`messages.kind_${m.kind}`, { step: m.step })} · ${t(`messages.channel_${m.channel}`)}`,
    },
    { key: "questionnaire", header: t("messages.questionnaire"), cell: (m) => (m.occasion ? t(`surveys.occasion_${m.occasion}`) : t("common.dash")) },
    { key: "when", header: t("messages.when"), cell: (m) => formatMoment(m.sentAt ?? m.dueAt, lang) },
    { key: "status", header: t("messages.status"), cell: (m) => t(`messages.status_${m.waitingForSetup ? "waitingForSetup" : m.status}`) },
    {
      key: "details",
      header: t("messages.details"),
      cell: (m) =>
        [
          m.cancelReason ? t(`messages.reason_${m.cancelReason}`, { defaultValue: m.cancelReason }) : null,
          m.attempts > 1 || m.status === "failed" ? t("messages.attempts", { count: m.attempts }) : null,
          m.status !== "sent" && m.lastError ? m.lastError : null,
        ]
          .filter(Boolean)
          .join(". ") || t("common.dash"),
    },
  ];
  return (
    <>
      <p>
        {data.reminderDays.length > 0
          ? t("messages.intro", { days: data.reminderDays.join(lang === "en" ? " and " : " og ") })
          : t("messages.introNoReminders")}
      </p>
      {!setUp ? (
        <Alert tone="info">
          <p>{t("messages.notSetUp")}</p>
        </Alert>
      ) : null}
      {data.optedOutAt ? (
        <Alert tone="info">
          <p>{t("messages.optedOut", { date: formatDay(data.optedOutAt, lang) })}</p>
        </Alert>
      ) : null}
      {!data.hasEmail && !data.hasPhone ? (
        <Alert tone="info">
          <p>{t("messages.noAddress")}</p>
        </Alert>
      ) : null}
      <PreferenceForm participantId={participantId} preference={data.preference} />
      <DataTable caption={t("messages.caption")} columns={columns} rows={data.messages} rowKey={(m) => m.id} empty={t("messages.empty")} />
    </>
  );
}

function PreferenceForm({ participantId, preference }: { participantId: string; preference: TMessages["preference"] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const save = useMutation(trpc.message.setPreference.mutationOptions());
  const notice = useSuccessNotice();
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(ZPreferenceForm),
    defaultValues: { channel: preference.channel ?? "", locale: preference.locale },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    notice.clear();
    try {
      await save.mutateAsync({ organisationId, participantId, channel: values.channel || null, locale: values.locale });
    } catch {
      return;
    }
    await queryClient.invalidateQueries({ queryKey: trpc.message.listForParticipant.pathKey() });
    notice.show(t("messages.saved"));
  });
  return (
    <form className="panel form messages-preference" onSubmit={onSubmit} noValidate>
      <h3>{t("messages.preferenceTitle")}</h3>
      <div className="form-row">
        <FormField label={t("messages.channel")}>
          {(control) => (
            <select {...control} {...form.register("channel")}>
              <option value="">{t("messages.channel_auto")}</option>
              {MESSAGE_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`messages.channel_${c}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t("messages.locale")}>
          {(control) => (
            <select {...control} {...form.register("locale")}>
              {MESSAGE_LOCALES.map((l) => (
                <option key={l} value={l}>
                  {t(`messages.locale_${l}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      {save.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(save.error)}`)}</p>
        </Alert>
      ) : null}
      <Button type="submit" busy={save.isPending}>
        {t("messages.save")}
      </Button>
      {notice.element}
    </form>
  );
}
