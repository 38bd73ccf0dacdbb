import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { choiceAnswer, choiceCodes, type TChoiceItem } from "./choice-answer";
import { ChoiceQuestion } from "./choice-question";
import { errorText } from "./error-text";
import type { QuestionFormProps } from "./question-form-props";
import { useLocalized } from "./localized";
import { sameAnswer } from "./same-answer";

/**
 * A choice question as a form with plain state: most questions are choices, and this way the
 * first question needs neither react-hook-form nor zod (the typed questions' form loads
 * lazily). It behaves as the typed form does: a valid choice is saved at once, moving on with
 * an invalid one (too many boxes) shows why, and the message goes as soon as it is fixed.
 */
export function ChoiceForm({ item, value, onAnswer, onDone, notice, children }: QuestionFormProps & { item: TChoiceItem }) {
  const { t } = useTranslation("questionnaire");
  const text = useLocalized();
  const id = useId();
  const [chosen, setChosen] = useState(() => choiceCodes(value));
  const [triedToGoOn, setTriedToGoOn] = useState(false);
  const parsed = choiceAnswer(item, chosen);
  const error = triedToGoOn && !parsed.ok ? errorText(item, t) : undefined;

  const commit = (codes: string[]) => {
    const answer = choiceAnswer(item, codes);
    if (answer.ok && !sameAnswer(answer.value, value)) onAnswer(answer.value);
  };
  const choose = (code: string, checked: boolean) => {
    // Checked boxes are kept in the options' order, as the form library did by reading the inputs.
    const next = item.type === "single-choice" ? [code] : item.options.map((o) => String(o.code)).filter((c) => (c === code ? checked : chosen.includes(c)));
    setChosen(next);
    commit(next);
  };

  const ids = { stem: `${id}-stem`, help: `${id}-help`, error: `${id}-error` };
  const describedBy = [error ? ids.error : null, item.stem ? ids.stem : null, item.help ? ids.help : null].filter(Boolean).join(" ") || undefined;
  return (
    <form
      noValidate
      className="question-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!parsed.ok) return setTriedToGoOn(true);
        commit(chosen);
        onDone?.();
      }}
    >
      {notice}
      {item.stem ? (
        <p className="question__stem" id={ids.stem}>
          {text(item.stem)}
        </p>
      ) : null}
      <ChoiceQuestion item={item} chosen={chosen} onChoose={choose} describedBy={describedBy} error={error} errorId={ids.error} helpId={ids.help} />
      {!item.required ? <p className="question__optional">{t("survey.optional")}</p> : null}
      {children}
    </form>
  );
}
