import { FormField } from "@skridt/ui";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useLang } from "../../i18n/use-lang";
import { endReasonOptions } from "./end-reason";

/** The day and the reason a participation ends: the same two fields for one participant and for many. */
export function EndFields(props: {
  endedOn: UseFormRegisterReturn<"endedOn">;
  reason: UseFormRegisterReturn<"reason">;
  errors: { endedOn?: string | undefined; reason?: string | undefined };
  min?: string | undefined;
  max: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="form-row">
      <FormField label={t("lifecycle.endedOn")} error={props.errors.endedOn}>
        {(field) => <input {...field} {...props.endedOn} type="date" min={props.min} max={props.max} required />}
      </FormField>
      <FormField label={t("lifecycle.reason")} error={props.errors.reason}>
        {(field) => (
          <select {...field} {...props.reason} required>
            <option value="">{t("lifecycle.chooseReason")}</option>
            {endReasonOptions(lang).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </div>
  );
}
