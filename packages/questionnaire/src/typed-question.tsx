import type { TDateItem, TNumberItem, TTextItem } from "@skridt/instruments/client";
import { useEffect, useRef } from "react";
import { useLocalized } from "./localized";
import type { FieldProps } from "./field-props";
import type { RawValue } from "./item-schema";

const TYPING_PAUSE_MS = 800;

/**
 * A number, text or date, labelled by the question. Saved when the participant pauses,
 * leaves the field, or moves on; never half-typed values that are not yet an answer.
 */
export function TypedQuestion({
  item,
  form,
  commit,
  describedBy,
  error,
  errorId,
  helpId,
  inputId,
}: FieldProps<TNumberItem | TTextItem | TDateItem> & { inputId: string }) {
  const text = useLocalized();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const unsaved = useRef<RawValue | null>(null);
  const latestCommit = useRef(commit);
  latestCommit.current = commit;

  // Leaving the screen mid-pause still saves what was typed.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (unsaved.current !== null) latestCommit.current(unsaved.current);
    },
    [],
  );

  const registered = form.register("value", {
    onChange: () => {
      unsaved.current = form.getValues("value");
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        if (unsaved.current !== null && commit(unsaved.current)) unsaved.current = null;
      }, TYPING_PAUSE_MS);
    },
    onBlur: () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      const raw = form.getValues("value");
      if (commit(raw)) unsaved.current = null;
      // Say what is wrong when the participant leaves the field, not while typing.
      else void form.trigger("value");
    },
  });

  const common = { id: inputId, "aria-describedby": describedBy, "aria-invalid": error ? (true as const) : undefined, ...registered };
  return (
    <div className="question">
      <label className="question__prompt" htmlFor={inputId}>
        {text(item.prompt)}
      </label>
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
      {item.type === "number" ? (
        <span className="number-field">
          <input {...common} type="text" inputMode={item.integer ? "numeric" : "decimal"} autoComplete="off" className="number-field__input" />
          {item.unit ? <span className="number-field__unit">{text(item.unit)}</span> : null}
        </span>
      ) : item.type === "date" ? (
        <input {...common} type="date" min={item.min} max={item.max} className="date-field" />
      ) : (
        <textarea {...common} maxLength={item.maxLength} rows={4} />
      )}
    </div>
  );
}
