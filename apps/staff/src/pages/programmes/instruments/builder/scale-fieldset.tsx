import { Button, FormField } from "@skridt/ui";
import { useController, useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "./announce";
import type { TBuilderState } from "./builder-state";
import { CutoffList } from "./cutoff-list";
import { BlockProblems } from "./field-error";
import { PairField, SelectField, TextField } from "./fields";
import { scaleRange } from "./scale-range";
import { ScaleItemsField } from "./scale-items-field";

/** One scale: what it is called, which questions it scores and how, its range, direction and bands. */
export function ScaleFieldset({ index, onRemove }: { index: number; onRemove: (index: number) => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { control, getValues, setValue, formState } = useFormContext<TBuilderState>();
  const at = <T extends string>(field: T) => `scales.${index}.${field}` as const;
  const [id, missing] = useWatch({ control, name: [at("id"), at("missing")] }) as [string, string];
  const number = index + 1;
  const forThis = <span className="ui-visually-hidden"> {t("questionnaireBuilder.forScale", { number })}</span>;

  const onRange = () => {
    const range = scaleRange(getValues(`scales.${index}`), getValues("items"));
    if (!range) {
      announce(t("questionnaireBuilder.rangeCannot"));
      return;
    }
    const options = { shouldDirty: true, shouldValidate: formState.isSubmitted };
    setValue(at("rangeMin"), String(range.min), options);
    setValue(at("rangeMax"), String(range.max), options);
    announce(t("questionnaireBuilder.rangeComputed", range));
  };

  return (
    <fieldset className="builder-block">
      <legend>
        {t("questionnaireBuilder.scale", { number })}
        {id ? `: ${id}` : ""}
      </legend>
      <div className="builder-block__tools">
        <Button variant="secondary" onClick={() => onRemove(index)}>
          {t("questionnaireBuilder.remove")}
          {forThis}
        </Button>
      </div>
      <BlockProblems name={`scales.${index}`} />
      <div className="form-row">
        <TextField name={at("id")} label={t("questionnaireBuilder.scaleId")} description={t("questionnaireBuilder.questionIdHelp")} />
        <SelectField
          name={at("method")}
          label={t("questionnaireBuilder.method")}
          options={(["sum", "mean"] as const).map((value) => ({ value, label: t(`questionnaireBuilder.method_${value}`) }))}
        />
      </div>
      <PairField
        name={at("label")}
        labelDa={t("questionnaireBuilder.scaleLabelDa")}
        labelEn={t("questionnaireBuilder.scaleLabelEn")}
        description={t("questionnaireBuilder.scaleLabelHelp")}
      />
      <PairField
        name={at("description")}
        labelDa={t("questionnaireBuilder.descriptionDa")}
        labelEn={t("questionnaireBuilder.descriptionEn")}
        optional
        multiline
      />
      <ScaleItemsField scaleIndex={index} />
      <p className="hint">{t("questionnaireBuilder.transformHelp")}</p>
      <div className="form-row">
        <TextField name={at("multiply")} label={t("questionnaireBuilder.multiply")} inputMode="decimal" />
        <TextField name={at("add")} label={t("questionnaireBuilder.add")} inputMode="decimal" />
      </div>
      <div className="form-row">
        <SelectField
          name={at("missing")}
          label={t("questionnaireBuilder.missing")}
          options={(["none", "prorate"] as const).map((value) => ({ value, label: t(`questionnaireBuilder.missing_${value}`) }))}
        />
        {missing === "prorate" ? <TextField name={at("maxMissing")} label={t("questionnaireBuilder.maxMissing")} inputMode="numeric" /> : null}
      </div>
      <p className="hint">{t("questionnaireBuilder.rangeHelp")}</p>
      <div className="form-row">
        <TextField name={at("rangeMin")} label={t("questionnaireBuilder.rangeMin")} inputMode="decimal" />
        <TextField name={at("rangeMax")} label={t("questionnaireBuilder.rangeMax")} inputMode="decimal" />
      </div>
      <p>
        <Button variant="secondary" onClick={onRange}>
          {t("questionnaireBuilder.rangeFromItems")}
          {forThis}
        </Button>
      </p>
      <DirectionField index={index} />
      <CutoffList scaleIndex={index} />
      <TextField
        name={at("minimalImportantChange")}
        label={t("questionnaireBuilder.minimalImportantChange")}
        description={t("questionnaireBuilder.minimalImportantChangeHelp")}
        inputMode="decimal"
        optional
        className="builder-narrow"
      />
    </fieldset>
  );
}

/** A yes/no field as a select of two sentences, which say more than a checkbox would. */
function DirectionField({ index }: { index: number }) {
  const { t } = useTranslation();
  const { control } = useFormContext<TBuilderState>();
  const { field } = useController({ control, name: `scales.${index}.higherIsBetter` });
  return (
    <FormField label={t("questionnaireBuilder.direction")}>
      {(props) => (
        <select
          {...props}
          ref={field.ref}
          name={field.name}
          value={field.value ? "higher" : "lower"}
          onChange={(event) => field.onChange(event.target.value === "higher")}
          onBlur={field.onBlur}
        >
          <option value="higher">{t("questionnaireBuilder.higherIsBetter")}</option>
          <option value="lower">{t("questionnaireBuilder.lowerIsBetter")}</option>
        </select>
      )}
    </FormField>
  );
}
