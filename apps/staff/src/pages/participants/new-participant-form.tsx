import { zodResolver } from "@hookform/resolvers/zod";
import { GENDERS } from "@skridt/validators";
import { Alert, Button, Card, FormField } from "@skridt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { errorKey } from "../../errors";
import { today } from "../../lib/format";
import { ConsentFieldset } from "./consent-fieldset";
import { ZNewParticipantForm } from "./new-participant-schema";
import { QueryError } from "../../shell/query-error";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { useFocusHeading } from "../participant/use-focus-heading";

type Input = z.input<typeof ZNewParticipantForm>;
type Output = z.output<typeof ZNewParticipantForm>;

/** Empty optional inputs mean "not given", not an empty string or NaN. */
const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const toYear = (value: unknown) => (value === "" || value === null || value === undefined ? undefined : Number(value));

export interface CreatedParticipant {
  id: string;
  name: string;
  code: string;
  /** The start questionnaire made on enrolment; its link is in clear only in this answer. */
  startSurvey: { token: string; shortCode: string; expiresAt: string };
}

export function NewParticipantForm({ onCreated, onCancel }: { onCreated: (created: CreatedParticipant) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const programmes = useQuery(trpc.programme.list.queryOptions({ organisationId }));
  const create = useMutation(trpc.participant.create.mutationOptions());
  const recordConsent = useMutation(trpc.consent.record.mutationOptions());
  const markPending = useMutation(trpc.consent.markPending.mutationOptions());
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(ZNewParticipantForm),
    defaultValues: {
      programmeId: "",
      fullName: "",
      email: "",
      phone: "",
      enrolledOn: today(),
      // Pending until the mentor says consent was given: never assumed. The given branch's fields start filled in sensibly.
      consent: { status: "pending", kinds: ["participation", "questionnaires"], textVersion: "", method: "paper" } as Input["consent"],
    },
  });
  const { errors } = form.formState;
  const optional = t("common.optional");

  useFocusHeading("new-participant-title");
  // One programme only: choose it, so the mentor has one field less.
  const only = programmes.data?.length === 1 ? programmes.data[0] : undefined;
  useEffect(() => {
    if (only && !form.getValues("programmeId")) form.setValue("programmeId", only.id);
  }, [only, form]);

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const { consent, ...details } = values;
      const result = await create.mutateAsync({ ...details, organisationId });
      // Consent is recorded on the new participant at once; should this fail, they simply stay
      // "pending" (flagged on the caseload, no messages) until it is recorded on their page.
      const ref = { organisationId, participantId: result.id };
      const givenOn = values.enrolledOn < today() ? values.enrolledOn : today();
      await (
        consent.status === "given"
          ? recordConsent.mutateAsync({ ...ref, kinds: consent.kinds, textVersion: consent.textVersion, method: consent.method, givenOn })
          : markPending.mutateAsync(ref)
      ).catch(() => undefined);
      await queryClient.invalidateQueries({ queryKey: trpc.participant.list.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.programme.list.pathKey() });
      onCreated({ id: result.id, name: values.fullName, code: result.code, startSurvey: result.startSurvey });
    } catch {
      // create.error is shown above the form.
    }
  });

  return (
    <Card id="new-participant" headingId="new-participant-title" title={t("newParticipant.title")} headingLevel={2}>
      <QueryError error={programmes.error} />
      {programmes.data?.length === 0 ? (
        <Alert tone="info">
          <p>{t("newParticipant.noProgrammes")}</p>
        </Alert>
      ) : null}
      {create.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(create.error)}`)}</p>
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="form">
        <FormField label={t("newParticipant.programme")} error={errors.programmeId?.message}>
          {(field) => (
            <select {...field} {...form.register("programmeId")} required>
              <option value="">{t("newParticipant.chooseProgramme")}</option>
              {programmes.data?.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t("newParticipant.fullName")} error={errors.fullName?.message}>
          {(field) => <input {...field} {...form.register("fullName")} autoComplete="off" required />}
        </FormField>
        <div className="form-row">
          <FormField
            label={
              <>
                {t("newParticipant.email")} <span className="hint">{optional}</span>
              </>
            }
            error={errors.email?.message}
          >
            {(field) => <input {...field} {...form.register("email")} type="email" autoComplete="off" />}
          </FormField>
          <FormField
            label={
              <>
                {t("newParticipant.phone")} <span className="hint">{optional}</span>
              </>
            }
            description={t("newParticipant.phoneHelp")}
            error={errors.phone?.message}
          >
            {(field) => <input {...field} {...form.register("phone")} type="tel" autoComplete="off" />}
          </FormField>
        </div>
        <div className="form-row">
          <FormField
            label={
              <>
                {t("newParticipant.gender")} <span className="hint">{optional}</span>
              </>
            }
            error={errors.gender?.message}
          >
            {(field) => (
              <select {...field} {...form.register("gender", { setValueAs: emptyToUndefined })}>
                <option value="">{t("newParticipant.genderNotStated")}</option>
                {GENDERS.map((g) => (
                  <option key={g} value={g}>
                    {t(`newParticipant.${g}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            label={
              <>
                {t("newParticipant.birthYear")} <span className="hint">{optional}</span>
              </>
            }
            error={errors.birthYear?.message}
          >
            {(field) => <input {...field} {...form.register("birthYear", { setValueAs: toYear })} type="number" inputMode="numeric" min={1900} max={2100} />}
          </FormField>
          <FormField label={t("newParticipant.enrolledOn")} error={errors.enrolledOn?.message}>
            {(field) => <input {...field} {...form.register("enrolledOn")} type="date" required />}
          </FormField>
        </div>
        <ConsentFieldset form={form} />
        <div className="form-actions">
          <Button type="submit" busy={form.formState.isSubmitting}>
            {t("newParticipant.submit")}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
