import { CONSENT_KIND_CODES, CONSENT_METHODS } from "@skridt/validators";
import { FormField } from "@skridt/ui";
import { useId } from "react";
import type { FieldErrors, UseFormReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { ZNewParticipantForm } from "./new-participant-schema";
import "../participant/care-consent.css";

type Input = z.input<typeof ZNewParticipantForm>;
type Output = z.output<typeof ZNewParticipantForm>;

/** The errors of the "given" branch, whichever branch the form is in. */
type GivenErrors = FieldErrors<{ kinds: string[]; textVersion: string; method: string }>;

/**
 * Consent when a participant is created: what they agreed to, which version of the text they
 * were given and how they gave it; or that it is pending. Without consent Skridt sends them no
 * messages and the caseload flags them until it is recorded on their page.
 */
export function ConsentFieldset({ form }: { form: UseFormReturn<Input, unknown, Output> }) {
  const { t } = useTranslation();
  const id = useId();
  const status = form.watch("consent.status");
  const errors = (form.formState.errors.consent ?? {}) as GivenErrors;

  return (
    <fieldset className="consent-fieldset">
      <legend>{t("consentForm.legend")}</legend>
      <div className="consent-fieldset__choices">
        <label className="ui-choice">
          <input type="radio" value="given" {...form.register("consent.status")} />
          {t("consentForm.given")}
        </label>
        <label className="ui-choice">
          <input type="radio" value="pending" aria-describedby={`${id}-pending`} {...form.register("consent.status")} />
          {t("consentForm.pending")}
        </label>
        <p id={`${id}-pending`} className="hint">
          {t("consentForm.pendingHelp")}
        </p>
      </div>
      {status === "given" ? (
        <>
          <fieldset className="consent-fieldset__group" aria-describedby={errors.kinds ? `${id}-kinds-error` : undefined}>
            <legend>{t("consentForm.kindsLegend")}</legend>
            {errors.kinds ? (
              <p id={`${id}-kinds-error`} className="ui-field__error">
                {t("consentForm.kindsMissing")}
              </p>
            ) : null}
            {CONSENT_KIND_CODES.map((kind) => (
              <label key={kind} className="ui-choice">
                <input type="checkbox" value={kind} {...form.register("consent.kinds")} />
                {t(`privacy.consents.kinds.${kind}`)}
              </label>
            ))}
          </fieldset>
          <FormField
            label={t("consentForm.textVersion")}
            description={t("consentForm.textVersionHelp")}
            error={errors.textVersion ? t("consentForm.textVersionMissing") : undefined}
          >
            {(field) => <input {...field} {...form.register("consent.textVersion")} autoComplete="off" required />}
          </FormField>
          <fieldset className="consent-fieldset__group">
            <legend>{t("consentForm.methodLegend")}</legend>
            {CONSENT_METHODS.map((method) => (
              <label key={method} className="ui-choice">
                <input type="radio" value={method} {...form.register("consent.method")} />
                {t(`consentForm.method_${method}`)}
              </label>
            ))}
          </fieldset>
        </>
      ) : null}
    </fieldset>
  );
}
