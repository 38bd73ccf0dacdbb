import { zodResolver } from "@hookform/resolvers/zod";
import type { RouterOutputs } from "@skridt/api";
import { todayLocal } from "@skridt/instruments/client";
import { Alert, Button, Card, DataTable, FormField, QueryState, type DataTableColumn } from "@skridt/ui";
import { ZResearchExportGrant } from "@skridt/validators";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { errorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";

type Grant = RouterOutputs["export"]["grants"]["grants"][number];
const ZGrantForm = ZResearchExportGrant.pick({ userId: true, expiresOn: true, exactDates: true, birthYear: true });

/** Ninety days from today, the form's suggested last day. */
function inNinetyDays(): string {
  const day = new Date(`${todayLocal()}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 90);
  return day.toISOString().slice(0, 10);
}

/**
 * An administrator's grants of row-level research exports for this programme, to evaluators
 * of the organisation: who, until when, how precise; grant a new one or revoke (issue 11).
 */
export function ResearchGrantsSection({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const grants = useQuery(trpc.export.grants.queryOptions({ organisationId, programmeId }));
  const grant = useMutation(trpc.export.grant.mutationOptions());
  const revoke = useMutation(trpc.export.revoke.mutationOptions());
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<z.input<typeof ZGrantForm>, unknown, z.output<typeof ZGrantForm>>({
    resolver: zodResolver(ZGrantForm),
    defaultValues: { userId: "", expiresOn: inNinetyDays(), exactDates: false, birthYear: false },
  });
  const { errors } = form.formState;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.export.grants.pathKey() });

  const onSubmit = form.handleSubmit(async (values) => {
    setDone(null);
    const name = grants.data?.evaluators.find((e) => e.id === values.userId)?.name ?? "";
    const ok = await grant.mutateAsync({ ...values, organisationId, programmeId }).catch(() => null);
    if (!ok) return;
    await refresh();
    setDone(t("grants.granted", { name }));
  });

  const onRevoke = async (g: Grant) => {
    setDone(null);
    const ok = await revoke.mutateAsync({ organisationId, grantId: g.id }).catch(() => null);
    if (!ok) return;
    await refresh();
    setDone(t("grants.revoked", { name: g.user.name }));
  };

  const columns: DataTableColumn<Grant>[] = [
    { key: "who", header: t("grants.evaluator"), rowHeader: true, cell: (g) => g.user.name },
    { key: "until", header: t("grants.lastDay"), cell: (g) => g.lastDay },
    {
      key: "precision",
      header: t("grants.precision"),
      cell: (g) => [t(g.exactDates ? "grants.exactDates" : "grants.months"), t(g.birthYear ? "grants.birthYear" : "grants.ageBand")].join(", "),
    },
    {
      key: "state",
      header: t("grants.state"),
      cell: (g) => (g.state === "revoked" ? t("grants.state_revoked", { day: g.revokedOn }) : t(`grants.state_${g.state}`)),
    },
    { key: "by", header: t("grants.grantedBy"), cell: (g) => t("grants.grantedByOn", { name: g.grantedBy, day: g.grantedOn }) },
    {
      key: "action",
      header: t("grants.action"),
      cell: (g) =>
        g.state === "active" ? (
          <Button variant="secondary" busy={revoke.isPending} onClick={() => void onRevoke(g)} aria-label={t("grants.revokeFor", { name: g.user.name })}>
            {t("grants.revoke")}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card title={t("grants.title")} headingLevel={2}>
      <p>{t("grants.intro")}</p>
      <p className="hint">{t("grants.protection")}</p>
      {done ? (
        <Alert tone="success">
          <p>{done}</p>
        </Alert>
      ) : null}
      {grant.error || revoke.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey((grant.error ?? revoke.error)!)}`)}</p>
        </Alert>
      ) : null}
      <QueryState query={grants} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => (
          <>
            <DataTable caption={t("grants.caption")} columns={columns} rows={data.grants} rowKey={(g) => g.id} empty={t("grants.empty")} />
            {data.evaluators.length === 0 ? (
              <p>{t("grants.noEvaluators")}</p>
            ) : (
              <form onSubmit={onSubmit} noValidate className="form">
                <h3>{t("grants.newTitle")}</h3>
                <FormField label={t("grants.evaluator")} error={errors.userId ? t("grants.chooseEvaluator") : undefined}>
                  {(field) => (
                    <select {...field} {...form.register("userId")} required>
                      <option value="">{t("grants.choose")}</option>
                      {data.evaluators.map((e) => (
                        <option key={e.id} value={e.id}>
                          {e.name} ({e.email})
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
                <FormField label={t("grants.lastDay")} description={t("grants.lastDayHelp")} error={errors.expiresOn ? t("grants.lastDayInvalid") : undefined}>
                  {(field) => <input {...field} {...form.register("expiresOn")} type="date" min={todayLocal()} required />}
                </FormField>
                <fieldset>
                  <legend>{t("grants.precision")}</legend>
                  <label className="ui-choice">
                    <input type="checkbox" {...form.register("exactDates")} />
                    {t("grants.exactDatesChoice")}
                  </label>
                  <label className="ui-choice">
                    <input type="checkbox" {...form.register("birthYear")} />
                    {t("grants.birthYearChoice")}
                  </label>
                  <p className="hint">{t("grants.precisionHelp")}</p>
                </fieldset>
                <Button type="submit" busy={form.formState.isSubmitting}>
                  {t("grants.submit")}
                </Button>
              </form>
            )}
          </>
        )}
      </QueryState>
    </Card>
  );
}
