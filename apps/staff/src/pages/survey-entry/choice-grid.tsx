import type { TAnswerValue, TSingleChoiceItem } from "@skridt/instruments/client";
import { questionAnchor, useLocalized } from "@skridt/questionnaire";
import { useId, type CSSProperties } from "react";
import { useTranslation } from "react-i18next";

/**
 * Questions on one response scale as a grid: a row per question, a column per option, as on
 * the paper form. Each row is a radio group named by its question and each radio is labelled
 * by its option, so a screen reader says both; the column heads are for the eye only. Native
 * radios: Tab goes from row to row, the arrow keys choose within a row. Each answer is saved
 * the moment it is chosen. On a phone the rows stack and each option shows its own label.
 */
export function ChoiceGrid({
  instrumentId,
  items,
  answers,
  onAnswer,
}: {
  instrumentId: string;
  items: readonly TSingleChoiceItem[];
  answers: Readonly<Record<string, unknown>>;
  onAnswer: (itemId: string, value: TAnswerValue | null) => void;
}) {
  const { t } = useTranslation();
  const text = useLocalized();
  const id = useId();
  const first = items[0];
  if (!first) return null;
  const options = first.options;
  return (
    // The column count as a custom property (set through the CSSOM, which the CSP allows).
    <div className="choice-grid" style={{ "--choice-columns": options.length } as CSSProperties}>
      {first.stem ? <p className="question__stem choice-grid__stem">{text(first.stem)}</p> : null}
      <div className="choice-grid__head" aria-hidden="true">
        <span />
        {options.map((option) => (
          <span key={option.code}>{text(option.label)}</span>
        ))}
      </div>
      {items.map((item) => {
        const promptId = `${id}-${item.id}`;
        const value = answers[item.id];
        return (
          <div key={item.id} id={questionAnchor(instrumentId, item.id)} tabIndex={-1} className="all-question" role="radiogroup" aria-labelledby={promptId}>
            <span className="choice-grid__prompt" id={promptId}>
              {text(item.prompt)}
              {item.required ? null : <span className="choice-grid__optional"> ({t("entry.optional")})</span>}
            </span>
            {options.map((option) => (
              <label key={option.code} className="choice-grid__cell">
                <input
                  type="radio"
                  name={`${id}-${item.id}`}
                  value={option.code}
                  checked={value === option.code}
                  onChange={() => onAnswer(item.id, option.code)}
                />
                <span className="choice-grid__label">{text(option.label)}</span>
              </label>
            ))}
          </div>
        );
      })}
    </div>
  );
}
