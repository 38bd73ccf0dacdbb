import type { RouterOutputs } from "@skridt/api";
import { Alert, Button, Card, DataTable, FormField, QueryState, type DataTableColumn } from "@skridt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { formatDay, today } from "../../lib/format";
import { errorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { usePrivacyError } from "./privacy-error";
import { privacyDa } from "./text";
import { useSuccessNotice } from "../../shell/use-success-notice";
import { useLang } from "../../i18n/use-lang";

type TConsent = RouterOutputs["privacy"]["consents"]["list"][number];
type Kind = keyof typeof privacyDa.consents.kinds;
const KINDS = Object.keys(privacyDa.consents.kinds) as Kind[];

/** The consent record: what, when, which version of the text; recorded and withdrawn by staff. */
export function ConsentsSection({ participantId, erased }: { participantId: string; erased: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const errorText = usePrivacyError();
  const listOptions = trpc.privacy.consents.list.queryOptions({ organisationId, participantId });
  const consents = useQuery(listOptions);
  const record = useMutation(trpc.privacy.consents.record.mutationOptions());
  const withdraw = useMutation(trpc.privacy.consents.withdraw.mutationOptions());
  const [kind, setKind] = useState<Kind>("participation");
  const [textVersion, setTextVersion] = useState("");
  const [givenOn, setGivenOn] = useState(today());
  const notice = useSuccessNotice();
  const kindLabel = (k: string) => t(`privacy.consents.kinds.${k}`, { defaultValue: k });

  const done = async (message: string) => {
    await queryClient.invalidateQueries({ queryKey: listOptions.queryKey });
    notice.show(message);
  };

  const onRecord = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await record.mutateAsync({ organisationId, participantId, kind, textVersion: textVersion.trim(), givenOn });
    } catch {
      return;
    }
    setTextVersion("");
    await done(t("privacy.consents.recorded"));
  };

  const onWithdraw = async (consentId: string, k: string) => {
    if (!window.confirm(t("privacy.consents.confirmWithdraw", { kind: kindLabel(k).toLowerCase() }))) return;
    try {
      await withdraw.mutateAsync({ organisationId, consentId, withdrawnOn: today() });
    } catch {
      return;
    }
    await done(t("privacy.consents.withdrawn"));
  };

  const columns: DataTableColumn<TConsent>[] = [
    { key: "kind", header: t("privacy.consents.kind"), rowHeader: true, cell: (c) => kindLabel(c.kind) },
    { key: "textVersion", header: t("privacy.consents.textVersion"), cell: (c) => c.textVersion },
    { key: "givenOn", header: t("privacy.consents.givenOn"), cell: (c) => formatDay(c.givenOn, lang) },
    {
      key: "withdrawnOn",
      header: t("privacy.consents.withdrawnOn"),
      cell: (c) => (c.withdrawnOn ? formatDay(c.withdrawnOn, lang) : t("privacy.consents.active")),
    },
    { key: "recordedBy", header: t("privacy.consents.recordedBy"), cell: (c) => c.recordedBy ?? t("common.dash") },
    {
      key: "withdraw",
      header: <span className="ui-visually-hidden">{t("privacy.consents.withdraw")}</span>,
      cell: (c) =>
        !c.withdrawnOn && !erased ? (
          <Button
            variant="secondary"
            aria-label={t("privacy.consents.withdrawLabel", { kind: kindLabel(c.kind).toLowerCase() })}
            onClick={() => void onWithdraw(c.id, c.kind)}
          >
            {t("privacy.consents.withdraw")}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card title={t("privacy.consents.title")} headingLevel={2} variant="plain">
      <p>{t("privacy.consents.intro")}</p>
      {notice.element}
      {withdraw.error ? (
        <Alert tone="error">
          <p>{errorText(withdraw.error)}</p>
        </Alert>
      ) : null}
      <QueryState query={consents} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => <DataTable caption={t("privacy.consents.caption")} columns={columns} rows={data} rowKey={(c) => c.id} empty={t("privacy.consents.empty")} />}
      </QueryState>
      {!erased ? (
        <form className="panel form" onSubmit={(event) => void onRecord(event)} aria-labelledby="consent-form-title">
          <h3 id="consent-form-title">{t("privacy.consents.recordTitle")}</h3>
          <FormField label={t("privacy.consents.kind")}>
            {(field) => (
              <select {...field} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {kindLabel(k)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t("privacy.consents.textVersion")} description={t("privacy.consents.textVersionHelp")}>
            {(field) => <input {...field} value={textVersion} onChange={(e) => setTextVersion(e.target.value)} required maxLength={64} autoComplete="off" />}
          </FormField>
          <FormField label={t("privacy.consents.givenOn")}>
            {(field) => <input {...field} type="date" value={givenOn} max={today()} onChange={(e) => setGivenOn(e.target.value)} required />}
          </FormField>
          {record.error ? (
            <Alert tone="error">
              <p>{errorText(record.error)}</p>
            </Alert>
          ) : null}
          <div className="form-actions">
            <Button type="submit" busy={record.isPending}>
              {t("privacy.consents.record")}
            </Button>
          </div>
        </form>
      ) : null}
    </Card>
  );
}
