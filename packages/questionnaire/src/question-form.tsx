import { zodResolver } from "@hookform/resolvers/zod";
import type { TAnswerValue, TItem } from "@skridt/instruments/client";
import { useId, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ChoiceQuestion } from "./choice-question";
import { errorText } from "./error-text";
import { formSchemaFor, parseAnswer, sameAnswer, toRaw, type QuestionFormValues, type RawValue } from "./item-schema";
import { useLocalized } from "./localized";
import { TypedQuestion } from "./typed-question";

export interface QuestionFormProps {
  item: TItem;
  value: unknown;
  onAnswer: (value: TAnswerValue | null) => void;
  /** Called when the participant asks to go on and the answer is valid (or empty). */
  onDone?: () => void;
  /** A kind note above the question (e.g. "we are missing this answer"). */
  notice?: ReactNode;
  /** The navigation buttons; the first submit button in it moves on. */
  children?: ReactNode;
}

/** One question as a small form: react-hook-form holds the raw input, zod decides whether it is an answer. */
export function QuestionForm({ item, value, onAnswer, onDone, notice, children }: QuestionFormProps) {
  const { t } = useTranslation("questionnaire");
  const text = useLocalized();
  const id = useId();
  const form = useForm<QuestionFormValues>({
    defaultValues: { value: toRaw(item, value) },
    resolver: zodResolver(formSchemaFor(item)),
    mode: "onSubmit",
    reValidateMode: "onChange",
  });

  const commit = (raw: RawValue): boolean => {
    const parsed = parseAnswer(item, raw);
    if (!parsed.ok) return false;
    if (!sameAnswer(parsed.value, value)) onAnswer(parsed.value);
    return true;
  };

  const error = form.formState.errors.value ? errorText(item, t) : undefined;
  const ids = { stem: `${id}-stem`, help: `${id}-help`, optional: `${id}-optional`, error: `${id}-error` };
  const describedBy = [error ? ids.error : null, item.stem ? ids.stem : null, item.help ? ids.help : null].filter(Boolean).join(" ") || undefined;
  const fieldProps = { form, commit, describedBy, error, errorId: ids.error, helpId: ids.help };

  return (
    <form
      noValidate
      className="question-form"
      onSubmit={form.handleSubmit((values) => {
        commit(values.value);
        onDone?.();
      })}
    >
      {notice}
      {item.stem ? (
        <p className="question__stem" id={ids.stem}>
          {text(item.stem)}
        </p>
      ) : null}
      {item.type === "single-choice" || item.type === "multiple-choice" ? (
        <ChoiceQuestion item={item} {...fieldProps} />
      ) : (
        <TypedQuestion item={item} inputId={`${id}-input`} {...fieldProps} />
      )}
      {!item.required ? <p className="question__optional">{t("survey.optional")}</p> : null}
      {children}
    </form>
  );
}
