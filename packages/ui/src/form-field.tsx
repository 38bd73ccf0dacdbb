import { useId, type ReactNode } from "react";

/** What the input inside a FormField must spread onto itself so label, help and error are wired up. */
export interface FieldControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

export interface FormFieldProps {
  label: ReactNode;
  /** Shown under the label and read with the input. */
  description?: ReactNode;
  /** The field's current error message, if any. */
  error?: string | undefined;
  /** Marks the label visually; the input itself should carry `required` or aria-required. */
  required?: boolean;
  requiredMark?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * Label, description and error around one input. The input gets its ids by render prop,
 * so any control (input, select, textarea, a register() spread) can be wired the same way.
 */
export function FormField({ label, description, error, required, requiredMark, children }: FormFieldProps) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "ui-field ui-field--invalid" : "ui-field"}>
      <label className="ui-field__label" htmlFor={id}>
        {label}
        {required && requiredMark ? <span className="ui-field__required"> {requiredMark}</span> : null}
      </label>
      {description ? (
        <p className="ui-field__description" id={descriptionId}>
          {description}
        </p>
      ) : null}
      {error ? (
        <p className="ui-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {children({ id, "aria-describedby": describedBy, ...(error ? { "aria-invalid": true as const } : {}) })}
    </div>
  );
}
