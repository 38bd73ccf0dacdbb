import { Button } from "@skridt/ui";
import { useFieldArray, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { newCutoff, type TBuilderState } from "./builder-state";
import { BlockProblems } from "./field-error";
import { PairField, TextField } from "./fields";

/** A scale's bands: each up to and including its upper limit; the last may be open. */
export function CutoffList({ scaleIndex }: { scaleIndex: number }) {
  const { t } = useTranslation();
  const { control } = useFormContext<TBuilderState>();
  const name = `scales.${scaleIndex}.cutoffs` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  const forScale = t("questionnaireBuilder.forScale", { number: scaleIndex + 1 });

  return (
    <fieldset className="builder-options">
      <legend>
        {t("questionnaireBuilder.cutoffs")} <span className="hint">{t("common.optional")}</span>
      </legend>
      <p className="hint">{t("questionnaireBuilder.cutoffsHelp")}</p>
      <BlockProblems name={name} />
      <ol className="builder-list">
        {fields.map((field, index) => (
          <li key={field.id}>
            <fieldset className="builder-option">
              <legend>{t("questionnaireBuilder.cutoff", { number: index + 1 })}</legend>
              <TextField name={`${name}.${index}.max`} label={t("questionnaireBuilder.cutoffMax")} inputMode="decimal" optional className="builder-narrow" />
              <PairField name={`${name}.${index}`} labelDa={t("questionnaireBuilder.cutoffLabelDa")} labelEn={t("questionnaireBuilder.cutoffLabelEn")} />
              <Button
                variant="secondary"
                onClick={() => {
                  remove(index);
                  requestAnimationFrame(() => document.getElementById(`${name}-add`)?.focus());
                }}
              >
                {t("questionnaireBuilder.remove")}
                <span className="ui-visually-hidden">
                  {" "}
                  {t("questionnaireBuilder.forCutoff", { number: index + 1 })} {forScale}
                </span>
              </Button>
            </fieldset>
          </li>
        ))}
      </ol>
      <Button id={`${name}-add`} variant="secondary" onClick={() => append(newCutoff(), { focusName: `${name}.${fields.length}.max` })}>
        {t("questionnaireBuilder.addCutoff")}
        <span className="ui-visually-hidden"> {forScale}</span>
      </Button>
    </fieldset>
  );
}
