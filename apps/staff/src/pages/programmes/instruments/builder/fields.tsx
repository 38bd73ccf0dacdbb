// The builder's field kinds, each wired to react-hook-form and labelled through FormField:
// one text input, a Danish/English pair side by side, a checkbox, a select.
import { FormField } from "@skridt/ui";
import type { ReactNode } from "react";
import { useFormContext, type FieldPath } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { TBuilderState } from "./builder-state";
import { useFieldError } from "./field-error";

export type TName = FieldPath<TBuilderState>;

function Label({ text, optional }: { text: ReactNode; optional?: boolean }) {
  const { t } = useTranslation();
  return optional ? (
    <>
      {text} <span className="hint">{t("common.optional")}</span>
    </>
  ) : (
    <>{text}</>
  );
}

interface TextFieldProps {
  name: TName;
  label: ReactNode;
  description?: ReactNode;
  optional?: boolean;
  multiline?: boolean;
  /** "decimal" and "numeric" keep type=text (so "2,5" is kept as typed) with a number keypad. */
  inputMode?: "decimal" | "numeric" | "url";
  type?: "text" | "date" | "url";
  className?: string;
}

export function TextField({ name, label, description, optional, multiline, inputMode, type = "text", className }: TextFieldProps) {
  const { register } = useFormContext<TBuilderState>();
  const error = useFieldError(name);
  const input = (
    <FormField label={<Label text={label} optional={optional} />} description={description} error={error}>
      {(field) =>
        multiline ? (
          <textarea {...field} {...register(name)} rows={2} />
        ) : (
          <input {...field} {...register(name)} type={type} inputMode={inputMode} autoComplete="off" spellCheck={inputMode ? false : undefined} />
        )
      }
    </FormField>
  );
  return className ? <div className={className}>{input}</div> : input;
}

/** A text in Danish and English, side by side where there is room. */
export function PairField({
  name,
  labelDa,
  labelEn,
  description,
  optional,
  multiline,
}: {
  name: string;
  labelDa: string;
  labelEn: string;
  description?: ReactNode;
  optional?: boolean;
  multiline?: boolean;
}) {
  return (
    <div className="form-row builder-pair">
      <TextField name={`${name}.da` as TName} label={labelDa} description={description} optional={optional} multiline={multiline} />
      <TextField name={`${name}.en` as TName} label={labelEn} optional={optional} multiline={multiline} />
    </div>
  );
}

export function CheckboxField({ name, label }: { name: TName; label: ReactNode }) {
  const { register } = useFormContext<TBuilderState>();
  return (
    <label className="ui-choice builder-checkbox">
      <input type="checkbox" {...register(name)} />
      {label}
    </label>
  );
}

export function SelectField({
  name,
  label,
  options,
  description,
  onChange,
}: {
  name: TName;
  label: ReactNode;
  options: readonly { value: string; label: string }[];
  description?: ReactNode;
  onChange?: (value: string) => void;
}) {
  const { register } = useFormContext<TBuilderState>();
  const error = useFieldError(name);
  return (
    <FormField label={label} description={description} error={error}>
      {(field) => (
        <select {...field} {...register(name, { onChange: onChange ? (event: { target: { value: string } }) => onChange(event.target.value) : undefined })}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
