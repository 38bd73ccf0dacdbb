import { Button } from "@skridt/ui";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "./announce";
import { isChoice, newOption, nextCode, type TBuilderState } from "./builder-state";
import { BlockProblems } from "./field-error";
import { TextField } from "./fields";

/**
 * A choice question's answer options: code and text in both languages. Likert sets repeat,
 * so the options of the nearest earlier choice question can be copied in one press.
 */
export function OptionList({ questionIndex }: { questionIndex: number }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { control, getValues } = useFormContext<TBuilderState>();
  const name = `items.${questionIndex}.options` as const;
  const { fields, append, remove, replace } = useFieldArray({ control, name });
  const items = useWatch({ control, name: "items" });
  const previous = items
    .slice(0, questionIndex)
    .reverse()
    .find((item) => isChoice(item.type) && item.options.length > 0);
  const questionNumber = questionIndex + 1;

  const onAdd = () => append(newOption(nextCode(getValues(name))), { focusName: `${name}.${fields.length}.da` });

  const onCopy = () => {
    if (!previous) return;
    replace(previous.options.map((o) => ({ ...o })));
    announce(t("questionnaireBuilder.optionsCopied", { count: previous.options.length, id: previous.id || t("questionnaireBuilder.untitled") }));
  };

  const onRemove = (index: number) => {
    remove(index);
    requestAnimationFrame(() => document.getElementById(`${name}-add`)?.focus());
  };

  return (
    <fieldset className="builder-options">
      <legend>{t("questionnaireBuilder.options")}</legend>
      <p className="hint">{t("questionnaireBuilder.optionsHelp")}</p>
      <BlockProblems name={name} />
      <ol className="builder-list">
        {fields.map((field, index) => (
          <li key={field.id}>
            <fieldset className="builder-option">
              <legend>{t("questionnaireBuilder.option", { number: index + 1 })}</legend>
              <div className="builder-option__fields">
                <TextField name={`${name}.${index}.code`} label={t("questionnaireBuilder.code")} inputMode="numeric" className="builder-option__code" />
                <TextField name={`${name}.${index}.da`} label={t("questionnaireBuilder.labelDa")} />
                <TextField name={`${name}.${index}.en`} label={t("questionnaireBuilder.labelEn")} />
                <Button variant="secondary" className="builder-option__remove" onClick={() => onRemove(index)}>
                  {t("questionnaireBuilder.remove")}
                  <span className="ui-visually-hidden">
                    {" "}
                    {t("questionnaireBuilder.forOption", { number: index + 1 })} {t("questionnaireBuilder.forQuestion", { number: questionNumber })}
                  </span>
                </Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <Button id={`${name}-add`} variant="secondary" onClick={onAdd}>
          {t("questionnaireBuilder.addOption")}
          <span className="ui-visually-hidden"> {t("questionnaireBuilder.forQuestion", { number: questionNumber })}</span>
        </Button>
        {previous ? (
          <Button variant="secondary" onClick={onCopy}>
            {t("questionnaireBuilder.copyOptions")} {t("questionnaireBuilder.copyOptionsFrom", { id: previous.id || t("questionnaireBuilder.untitled") })}
            <span className="ui-visually-hidden"> {t("questionnaireBuilder.forQuestion", { number: questionNumber })}</span>
          </Button>
        ) : null}
      </div>
    </fieldset>
  );
}
