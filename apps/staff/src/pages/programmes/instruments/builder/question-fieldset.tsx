import { Button } from "@skridt/ui";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ITEM_TYPES, isChoice, newOption, type TBuilderState, type TItemType } from "./builder-state";
import { BlockProblems } from "./field-error";
import { CheckboxField, PairField, SelectField, TextField } from "./fields";
import { OptionList } from "./option-list";
import { ShowIfFields } from "./show-if-fields";

/** One question: its id, type and texts, then what its type needs (options, bounds, length), then when it is shown. */
export function QuestionFieldset({
  index,
  count,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  onMove: (index: number, delta: -1 | 1) => void;
  onRemove: (index: number) => void;
}) {
  const { t } = useTranslation();
  const { control, getValues, setValue } = useFormContext<TBuilderState>();
  const at = <T extends string>(field: T) => `items.${index}.${field}` as const;
  const [key, id, type] = useWatch({ control, name: [at("key"), at("id"), at("type")] }) as [string, string, TItemType];
  const number = index + 1;
  const forThis = <span className="ui-visually-hidden"> {t("questionnaireBuilder.forQuestion", { number })}</span>;

  // Choice questions start with two options; other types have none (so nothing hidden is checked or written).
  const onType = (next: string) => {
    const options = getValues(at("options"));
    if (isChoice(next as TItemType) && options.length === 0) setValue(at("options"), [newOption(1), newOption(2)]);
    if (!isChoice(next as TItemType) && options.length > 0) setValue(at("options"), []);
    // A number's bounds are not a date's.
    setValue(at("min"), "");
    setValue(at("max"), "");
  };

  return (
    <fieldset className="builder-block">
      <legend>
        {t("questionnaireBuilder.question", { number })}
        {id ? `: ${id}` : ""}
      </legend>
      <div className="builder-block__tools">
        {index > 0 ? (
          <Button id={`${key}-up`} variant="secondary" onClick={() => onMove(index, -1)}>
            {t("questionnaireBuilder.moveUp")}
            {forThis}
          </Button>
        ) : null}
        {index < count - 1 ? (
          <Button id={`${key}-down`} variant="secondary" onClick={() => onMove(index, 1)}>
            {t("questionnaireBuilder.moveDown")}
            {forThis}
          </Button>
        ) : null}
        {count > 1 ? (
          <Button id={`${key}-remove`} variant="secondary" onClick={() => onRemove(index)}>
            {t("questionnaireBuilder.remove")}
            {forThis}
          </Button>
        ) : null}
      </div>
      <BlockProblems name={`items.${index}`} />
      <div className="form-row">
        <TextField name={at("id")} label={t("questionnaireBuilder.questionId")} description={t("questionnaireBuilder.questionIdHelp")} />
        <SelectField
          name={at("type")}
          label={t("questionnaireBuilder.type")}
          options={ITEM_TYPES.map((value) => ({ value, label: t(`questionnaireBuilder.type_${value}`) }))}
          onChange={onType}
        />
      </div>
      <CheckboxField name={at("required")} label={t("questionnaireBuilder.required")} />
      <PairField
        name={at("stem")}
        labelDa={t("questionnaireBuilder.stemDa")}
        labelEn={t("questionnaireBuilder.stemEn")}
        description={t("questionnaireBuilder.stemHelp")}
        optional
      />
      <PairField name={at("prompt")} labelDa={t("questionnaireBuilder.promptDa")} labelEn={t("questionnaireBuilder.promptEn")} multiline />
      <PairField
        name={at("help")}
        labelDa={t("questionnaireBuilder.helpDa")}
        labelEn={t("questionnaireBuilder.helpEn")}
        description={t("questionnaireBuilder.helpHelp")}
        optional
      />
      <PairField
        name={at("easyRead")}
        labelDa={t("questionnaireBuilder.easyReadDa")}
        labelEn={t("questionnaireBuilder.easyReadEn")}
        description={t("questionnaireBuilder.easyReadHelp")}
        multiline
        optional
      />
      {isChoice(type) ? <OptionList questionIndex={index} /> : null}
      {type === "multiple-choice" ? (
        <TextField name={at("maxSelections")} label={t("questionnaireBuilder.maxSelections")} inputMode="numeric" optional className="builder-narrow" />
      ) : null}
      {type === "number" ? (
        <>
          <div className="form-row">
            <TextField name={at("min")} label={t("questionnaireBuilder.min")} inputMode="decimal" optional />
            <TextField name={at("max")} label={t("questionnaireBuilder.max")} inputMode="decimal" optional />
          </div>
          <CheckboxField name={at("integer")} label={t("questionnaireBuilder.integer")} />
          <PairField
            name={at("unit")}
            labelDa={t("questionnaireBuilder.unitDa")}
            labelEn={t("questionnaireBuilder.unitEn")}
            description={t("questionnaireBuilder.unitHelp")}
            optional
          />
        </>
      ) : null}
      {type === "text" ? (
        <TextField
          name={at("maxLength")}
          label={t("questionnaireBuilder.maxLength")}
          description={t("questionnaireBuilder.maxLengthHelp")}
          inputMode="numeric"
          optional
          className="builder-narrow"
        />
      ) : null}
      {type === "date" ? (
        <div className="form-row">
          <TextField name={at("min")} label={t("questionnaireBuilder.minDate")} type="date" optional />
          <TextField name={at("max")} label={t("questionnaireBuilder.maxDate")} type="date" optional />
        </div>
      ) : null}
      <ShowIfFields index={index} />
      <TextField name={at("sourceNote")} label={t("questionnaireBuilder.sourceNote")} description={t("questionnaireBuilder.sourceNoteHelp")} optional />
    </fieldset>
  );
}
