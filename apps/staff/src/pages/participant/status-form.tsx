import { zodResolver } from "@hookform/resolvers/zod";
import { STATUS_CODES, STATUSES } from "@skridt/instruments/client";
import { Alert, Button, FormField } from "@skridt/ui";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { errorKey } from "../../errors";
import { today } from "../../lib/format";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { CompanySelect } from "./company-select";
import { eventFromForm, hasCompany, statusFormSchema } from "./status-form-schema";
import { statusLabel } from "./labels";
import { useLang } from "../../i18n/use-lang";
import { useRefreshWorkspace } from "./use-workspace";
import { useRefreshParticipant } from "./use-refresh-participant";

type Schema = ReturnType<typeof statusFormSchema>;
type Input = z.input<Schema>;
type Output = z.output<Schema>;

/** A status change from a day on: hours per week where the status has them, "i proces" where allowed. */
export function StatusForm({ participantId, onSaved }: { participantId: string; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const refresh = useRefreshWorkspace();
  const refreshParticipant = useRefreshParticipant();
  const create = useMutation(trpc.statusEvent.create.mutationOptions());
  const schema = useMemo(
    () =>
      statusFormSchema({
        hoursRequired: t("status.hoursRequired"),
        hoursNotAllowed: t("status.hoursNotAllowed"),
        inProcessNotAllowed: t("status.inProcessNotAllowed"),
      }),
    [t],
  );
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(schema),
    defaultValues: { status: "internship", occurredOn: today(), hoursPerWeek: "", inProcess: false, note: "", companyId: "" },
  });
  const { errors } = form.formState;
  const status = form.watch("status");
  const occurredOn = form.watch("occurredOn");
  // A refusal (or its "Registrér alligevel") belongs to the status and day it was about.
  const { reset: forgetRefusal } = create;
  useEffect(() => forgetRefusal(), [status, occurredOn, forgetRefusal]);
  const def = STATUSES[status];
  const optional = t("common.optional");

  // The API refuses the status the participant already has on that day (a double click, a
  // second mentor) until the mentor confirms it: the same submit again with confirmSameDay.
  const sameDay = create.error ? errorKey(create.error) === "status_same_day" : false;
  const save = (confirmSameDay: boolean) =>
    form.handleSubmit(async (values) => {
      let endedParticipation = false;
      try {
        const companyId = hasCompany(values.status) && values.companyId ? values.companyId : undefined;
        ({ endedParticipation } = await create.mutateAsync({
          organisationId,
          participantId,
          event: eventFromForm(values),
          note: values.note,
          ...(companyId ? { companyId } : {}),
          ...(confirmSameDay ? { confirmSameDay: true } : {}),
        }));
      } catch {
        return;
      }
      await refresh("statusEvent");
      // Udmeldt, Overgået til anden aktør, Død: the header now says "Afsluttet" and offers what comes next.
      if (endedParticipation) await refreshParticipant();
      create.reset();
      form.reset({ status: values.status, occurredOn: today(), hoursPerWeek: "", inProcess: false, note: "", companyId: "" });
      onSaved(t("status.saved", { status: statusLabel(values.status, lang) }));
    });
  const onSubmit = save(false);

  return (
    <form className="panel form" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="status-form-title">
      <h3 id="status-form-title">{t("status.newTitle")}</h3>
      <div className="form-row">
        <FormField label={t("status.newStatus")} error={errors.status?.message}>
          {(field) => (
            <select {...field} {...form.register("status")}>
              {STATUS_CODES.map((code) => (
                <option key={code} value={code}>
                  {statusLabel(code, lang)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t("status.from")} error={errors.occurredOn?.message}>
          {(field) => <input {...field} {...form.register("occurredOn")} type="date" required />}
        </FormField>
        {def.hours !== "none" ? (
          <FormField
            label={
              <>
                {t("status.hoursPerWeek")} {def.hours === "optional" ? <span className="hint">{optional}</span> : null}
              </>
            }
            error={errors.hoursPerWeek?.message}
          >
            {(field) => <input {...field} {...form.register("hoursPerWeek")} type="number" inputMode="decimal" min={0.5} max={80} step={0.5} />}
          </FormField>
        ) : null}
      </div>
      {def.canBeInProcess ? (
        <div className="ui-field">
          <label className="ui-choice">
            <input type="checkbox" {...form.register("inProcess")} aria-describedby="status-in-process-help" />
            {t("status.inProcess")}
          </label>
          <p className="hint" id="status-in-process-help">
            {t("status.inProcessHelp")}
          </p>
          {errors.inProcess?.message ? <p className="ui-field__error">{errors.inProcess.message}</p> : null}
        </div>
      ) : null}
      {hasCompany(status) ? <CompanySelect registration={form.register("companyId")} /> : null}
      <FormField
        label={
          <>
            {t("status.note")} <span className="hint">{optional}</span>
          </>
        }
        error={errors.note?.message}
      >
        {(field) => <input {...field} {...form.register("note")} autoComplete="off" />}
      </FormField>
      {def.endsParticipation ? <p className="hint">{t("status.endsParticipation")}</p> : null}
      {create.error ? (
        <Alert tone={sameDay ? "info" : "error"}>
          <p>{t(`errors.${errorKey(create.error)}`)}</p>
          {sameDay ? (
            <Button variant="secondary" busy={form.formState.isSubmitting} onClick={(event) => void save(true)(event)}>
              {t("status.recordAnyway")}
            </Button>
          ) : null}
        </Alert>
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t("status.submit")}
        </Button>
      </div>
    </form>
  );
}
