import { useLocalized } from "./localized";
import type { TChoiceItem } from "./choice-answer";

/**
 * Native radios or checkboxes in a fieldset whose legend is the question: arrow keys,
 * screen readers and the OS's own focus handling come for free. Each choice is a whole-width
 * label, far above 44 px, and is saved the moment it is chosen.
 */
export function ChoiceQuestion({
  item,
  chosen,
  onChoose,
  describedBy,
  error,
  errorId,
  helpId,
}: {
  item: TChoiceItem;
  chosen: readonly string[];
  onChoose: (code: string, checked: boolean) => void;
  describedBy: string | undefined;
  error: string | undefined;
  errorId: string;
  helpId: string;
}) {
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
        {item.options.map((option) => {
          const code = String(option.code);
          return (
            <label key={code} className="choice">
              <input type={type} name="value" value={code} checked={chosen.includes(code)} onChange={(event) => onChoose(code, event.currentTarget.checked)} />
              <span>{text(option.label)}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
