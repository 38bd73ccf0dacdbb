import { zodResolver } from "@hookform/resolvers/zod";
import type { RouterOutputs } from "@skridt/api";
import { CONSENT_KIND_CODES, CONSENT_METHODS, ZRecordConsents } from "@skridt/validators";
import { Alert, Button, Card, DataTable, FormField, QueryState, type DataTableColumn } from "@skridt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { errorKey } from "../../errors";
import { formatDay, today } from "../../lib/format";
import { useLang } from "../../i18n/use-lang";
import { useOrganisationId } from "../../shell/session-context";
import { useSuccessNotice } from "../../shell/use-success-notice";
import { useTRPC } from "../../trpc";
import "./care-consent.css";

type TConsentRow = RouterOutputs["consent"]["status"]["consents"][number];
const ZConsentForm = ZRecordConsents.omit({ organisationId: true, participantId: true });
type Input = z.input<typeof ZConsentForm>;
type Output = z.output<typeof ZConsentForm>;

/**
 * The participant's consent on their page: whether Skridt may send them messages, what they
 * agreed to (text version, how, when), recording a consent later and withdrawing one.
 */
export function ConsentPanel({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const id = useId();
  const statusOptions = trpc.consent.status.queryOptions({ organisationId, participantId });
  const status = useQuery(statusOptions);
  const record = useMutation(trpc.consent.record.mutationOptions());
  const withdraw = useMutation(trpc.privacy.consents.withdraw.mutationOptions());
  const notice = useSuccessNotice();
  const [open, setOpen] = useState(false);
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(ZConsentForm),
    defaultValues: { kinds: ["participation", "questionnaires"], textVersion: "", method: "paper", givenOn: today() },
  });
  const { errors } = form.formState;
  const kindLabel = (kind: string) => t(`privacy.consents.kinds.${kind}`, { defaultValue: kind });

  const refresh = async (message: string) => {
    await queryClient.invalidateQueries({ queryKey: statusOptions.queryKey });
    await queryClient.invalidateQueries({ queryKey: trpc.consent.caseload.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.privacy.consents.list.pathKey() });
    notice.show(message);
  };

  const onRecord = form.handleSubmit(async (values) => {
    try {
      await record.mutateAsync({ organisationId, participantId, ...values });
    } catch {
      return;
    }
    form.reset({ ...values, textVersion: values.textVersion });
    setOpen(false);
    await refresh(t("consentPanel.recorded"));
  });

  const onWithdraw = async (row: TConsentRow) => {
    if (!window.confirm(t("consentPanel.confirmWithdraw", { kind: kindLabel(row.kind).toLowerCase() }))) return;
    try {
      await withdraw.mutateAsync({ organisationId, consentId: row.id, withdrawnOn: today() });
    } catch {
      return;
    }
    await refresh(t("consentPanel.withdrawn"));
  };

  const columns: DataTableColumn<TConsentRow>[] = [
    { key: "kind", header: t("consentPanel.kind"), rowHeader: true, cell: (c) => kindLabel(c.kind) },
    { key: "textVersion", header: t("consentPanel.textVersion"), cell: (c) => c.textVersion },
    { key: "method", header: t("consentPanel.method"), cell: (c) => t(`consentPanel.method_${c.method ?? "unknown"}`, { defaultValue: c.method ?? "" }) },
    { key: "givenOn", header: t("consentPanel.givenOn"), cell: (c) => formatDay(c.givenOn, lang) },
    { key: "withdrawnOn", header: t("consentPanel.withdrawnOn"), cell: (c) => (c.withdrawnOn ? formatDay(c.withdrawnOn, lang) : t("consentPanel.active")) },
    {
      key: "withdraw",
      header: <span className="ui-visually-hidden">{t("consentPanel.withdraw")}</span>,
      cell: (c) =>
        c.withdrawnOn ? null : (
          <Button
            variant="secondary"
            aria-label={t("consentPanel.withdrawLabel", { kind: kindLabel(c.kind).toLowerCase() })}
            onClick={() => void onWithdraw(c)}
          >
            {t("consentPanel.withdraw")}
          </Button>
        ),
    },
  ];

  const recordBlock = (
    <div className="consent-panel__record">
      {!open ? (
        <Button variant={status.data?.state === "given" ? "secondary" : "primary"} onClick={() => setOpen(true)}>
          {t("consentPanel.record")}
        </Button>
      ) : (
        <form className="panel form" onSubmit={onRecord} noValidate aria-labelledby={`${id}-title`}>
          <h3 id={`${id}-title`}>{t("consentPanel.recordTitle")}</h3>
          <fieldset className="consent-fieldset__group">
            <legend>{t("consentForm.kindsLegend")}</legend>
            {errors.kinds ? <p className="ui-field__error">{t("consentForm.kindsMissing")}</p> : null}
            {CONSENT_KIND_CODES.map((kind) => (
              <label key={kind} className="ui-choice">
                <input type="checkbox" value={kind} {...form.register("kinds")} />
                {kindLabel(kind)}
              </label>
            ))}
          </fieldset>
          <FormField
            label={t("consentForm.textVersion")}
            description={t("consentForm.textVersionHelp")}
            error={errors.textVersion ? t("consentForm.textVersionMissing") : undefined}
          >
            {(field) => <input {...field} {...form.register("textVersion")} autoComplete="off" required maxLength={64} />}
          </FormField>
          <fieldset className="consent-fieldset__group">
            <legend>{t("consentForm.methodLegend")}</legend>
            {CONSENT_METHODS.map((method) => (
              <label key={method} className="ui-choice">
                <input type="radio" value={method} {...form.register("method")} />
                {t(`consentForm.method_${method}`)}
              </label>
            ))}
          </fieldset>
          <FormField label={t("consentPanel.consentDate")} error={errors.givenOn ? t("validation.date") : undefined}>
            {(field) => <input {...field} {...form.register("givenOn")} type="date" max={today()} required />}
          </FormField>
          {record.error ? (
            <Alert tone="error">
              <p>{t(`errors.${errorKey(record.error)}`)}</p>
            </Alert>
          ) : null}
          <div className="form-actions">
            <Button type="submit" busy={record.isPending}>
              {t("consentPanel.record")}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t("common.cancel")}
            </Button>
          </div>
        </form>
      )}
    </div>
  );

  return (
    <Card title={t("consentPanel.title")} headingLevel={2} className="consent-panel" id="consent">
      {notice.element}
      {withdraw.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(withdraw.error)}`)}</p>
        </Alert>
      ) : null}
      <QueryState query={status} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => {
          const table =
            data.consents.length > 0 ? (
              <DataTable caption={t("consentPanel.caption")} columns={columns} rows={data.consents} rowKey={(c) => c.id} compact />
            ) : null;
          // Given: one calm line, the details folded away. Missing or withdrawn: said plainly, with the way to record it.
          return data.state === "given" ? (
            <>
              <p>
                {t("consentPanel.state_given")} {data.canContact ? t("consentPanel.contactYes") : t("consentPanel.contactNo")}
              </p>
              <details className="consent-panel__details" open={open}>
                <summary>{t("consentPanel.show")}</summary>
                {table}
                {recordBlock}
              </details>
            </>
          ) : (
            <>
              <Alert tone="info">
                <p>{t(`consentPanel.state_${data.state}`)}</p>
              </Alert>
              {table}
              {recordBlock}
            </>
          );
        }}
      </QueryState>
    </Card>
  );
}
