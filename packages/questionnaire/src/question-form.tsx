import { zodResolver } from "@hookform/resolvers/zod";
import type { TDateItem, TNumberItem, TTextItem } from "@skridt/instruments/client";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { errorText } from "./error-text";
import { formSchemaFor, parseAnswer, sameAnswer, toRaw, type QuestionFormValues, type RawValue } from "./item-schema";
import { useLocalized } from "./localized";
import type { QuestionFormProps } from "./question-form-props";
import { TypedQuestion } from "./typed-question";

export type { QuestionFormProps } from "./question-form-props";

/**
 * A number, text or date question as a small form: react-hook-form holds the raw input, zod
 * decides whether it is an answer. Choice questions use ChoiceForm (no form library).
 */
export function QuestionForm({ item, value, onAnswer, onDone, notice, children }: QuestionFormProps & { item: TNumberItem | TTextItem | TDateItem }) {
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
      <TypedQuestion item={item} inputId={`${id}-input`} {...fieldProps} />
      {!item.required ? <p className="question__optional">{t("survey.optional")}</p> : null}
      {children}
    </form>
  );
}
