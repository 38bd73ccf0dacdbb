import type { TMultipleChoiceItem, TSingleChoiceItem } from "@skridt/instruments/client";
import { useLocalized } from "./localized";
import type { FieldProps } from "./field-props";

/**
 * Native radios or checkboxes in a fieldset whose legend is the question: arrow keys,
 * screen readers and the OS's own focus handling come for free. Each choice is a whole-width
 * label, far above 44 px, and is saved the moment it is chosen.
 */
export function ChoiceQuestion({ item, form, commit, describedBy, error, errorId, helpId }: FieldProps<TSingleChoiceItem | TMultipleChoiceItem>) {
  const text = useLocalized();
  const type = item.type === "single-choice" ? "radio" : "checkbox";
  return (
    <fieldset className="question" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="question__prompt">{text(item.prompt)}</legend>
      {item.help ? (
        <p className="question__help" id={helpId}>
          {text(item.help)}
        </p>
      ) : null}
      {error ? (
        <p className="ui-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="choices">
        {item.options.map((option) => (
          <label key={option.code} className="choice">
            <input
              type={type}
              value={String(option.code)}
              {...form.register("value", {
                // Saved as soon as it is chosen: no "save" step to forget.
                onChange: () => commit(form.getValues("value")),
              })}
            />
            <span>{text(option.label)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
