import { zodResolver } from "@hookform/resolvers/zod";
import { CONTACT_KIND_CODES } from "@skridt/instruments/client";
import { Alert, Button, FormField } from "@skridt/ui";
import { useMutation } from "@tanstack/react-query";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ZContactForm } from "@skridt/validators";
import { z } from "zod";
import { errorKey } from "../../errors";
import { today } from "../../lib/format";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { CompanySelect } from "./company-select";
import { filledIn } from "./form-rules";
import { contactKindLabel } from "./labels";
import { useLang } from "../../i18n/use-lang";
import { useRefreshWorkspace } from "./use-workspace";

/**
 * The API's ZContact rules (with "" for no minutes and no company); an empty date says "Skal udfyldes.".
 * No kind is preselected: an untouched form must not save a meeting that never happened, so the
 * mentor chooses the kind and an unchosen one gets its own message.
 */
function contactEntrySchema(kindRequired: string) {
  return ZContactForm.extend({
    occurredOn: filledIn(ZContactForm.shape.occurredOn),
    kind: z.string().min(1, { error: kindRequired }).pipe(ZContactForm.shape.kind),
  });
}

/** Contact kinds that are with a workplace: the form offers the company register for them. */
const COMPANY_KINDS: readonly string[] = ["company_contact", "workplace_followup"];
type Schema = ReturnType<typeof contactEntrySchema>;
type Input = z.input<Schema>;
type Output = z.output<Schema>;

/** Quick entry at the top of the log: one line, today preselected, the kind chosen by the mentor, a note if needed. */
export function ContactForm({ participantId, onSaved }: { participantId: string; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const refresh = useRefreshWorkspace();
  const create = useMutation(trpc.contact.create.mutationOptions());
  const schema = useMemo(() => contactEntrySchema(t("contacts.kindRequired")), [t]);
  // Today stays the default only because the kind must be chosen: the untouched form saves nothing.
  const defaults: Input = { occurredOn: today(), kind: "", minutes: "", note: "", companyId: "" };
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(schema), defaultValues: defaults });
  const { errors } = form.formState;
  const optional = t("common.optional");
  const kind = form.watch("kind");

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await create.mutateAsync({
        organisationId,
        participantId,
        occurredOn: values.occurredOn,
        kind: values.kind,
        ...(values.minutes !== "" ? { minutes: values.minutes } : {}),
        ...(values.note ? { note: values.note } : {}),
        ...(COMPANY_KINDS.includes(values.kind) && values.companyId ? { companyId: values.companyId } : {}),
      });
    } catch {
      return;
    }
    await refresh("contact");
    // Keep the day (several contacts of one day are often logged in a row) but not the kind:
    // a second click on the untouched form must not log the same contact again.
    form.reset({ ...defaults, occurredOn: values.occurredOn });
    onSaved(t("contacts.saved", { kind: contactKindLabel(values.kind, lang).toLowerCase() }));
  });

  return (
    <form className="panel form contact-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="contact-form-title">
      <h3 id="contact-form-title">{t("contacts.newTitle")}</h3>
      <div className="contact-form__row">
        <FormField label={t("contacts.date")} error={errors.occurredOn?.message}>
          {(field) => <input {...field} {...form.register("occurredOn")} type="date" required />}
        </FormField>
        <FormField label={t("contacts.kind")} error={errors.kind?.message}>
          {(field) => (
            <select {...field} {...form.register("kind")} required>
              <option value="">{t("contacts.chooseKind")}</option>
              {CONTACT_KIND_CODES.map((kind) => (
                <option key={kind} value={kind}>
                  {contactKindLabel(kind, lang)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label={
            <>
              {t("contacts.minutes")} <span className="hint">{optional}</span>
            </>
          }
          error={errors.minutes?.message}
        >
          {(field) => <input {...field} {...form.register("minutes")} type="number" inputMode="numeric" min={0} max={1440} />}
        </FormField>
        <FormField
          label={
            <>
              {t("contacts.note")} <span className="hint">{optional}</span>
            </>
          }
          error={errors.note?.message}
        >
          {(field) => <input {...field} {...form.register("note")} autoComplete="off" />}
        </FormField>
        {COMPANY_KINDS.includes(kind) ? <CompanySelect registration={form.register("companyId")} compact /> : null}
        <div className="contact-form__submit">
          <Button type="submit" busy={form.formState.isSubmitting}>
            {t("contacts.submit")}
          </Button>
        </div>
      </div>
      {create.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(create.error)}`)}</p>
        </Alert>
      ) : null}
    </form>
  );
}
