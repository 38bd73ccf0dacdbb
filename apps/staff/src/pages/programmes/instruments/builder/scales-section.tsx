import { Button, Card } from "@skridt/ui";
import { useFieldArray, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "./announce";
import { newScale, type TBuilderState } from "./builder-state";
import { BlockProblems } from "./field-error";
import { ScaleFieldset } from "./scale-fieldset";

/** The questionnaire's scores: none, one or several scales. */
export function ScalesSection() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { control } = useFormContext<TBuilderState>();
  const { fields, append, remove } = useFieldArray({ control, name: "scales" });

  const onRemove = (index: number) => {
    remove(index);
    announce(t("questionnaireBuilder.scaleRemoved", { number: index + 1 }));
    requestAnimationFrame(() => document.getElementById("builder-add-scale")?.focus());
  };

  return (
    <Card title={t("questionnaireBuilder.scalesTitle")} headingLevel={2}>
      <p className="hint">{t("questionnaireBuilder.scalesHelp")}</p>
      <BlockProblems name="scales" />
      {fields.length === 0 ? <p>{t("questionnaireBuilder.noScales")}</p> : null}
      <ol className="builder-list">
        {fields.map((field, index) => (
          <li key={field.id}>
            <ScaleFieldset index={index} onRemove={onRemove} />
          </li>
        ))}
      </ol>
      <Button
        id="builder-add-scale"
        variant="secondary"
        onClick={() => {
          append(newScale(), { focusName: `scales.${fields.length}.id` });
          announce(t("questionnaireBuilder.scaleAdded", { number: fields.length + 1 }));
        }}
      >
        {t("questionnaireBuilder.addScale")}
      </Button>
    </Card>
  );
}
