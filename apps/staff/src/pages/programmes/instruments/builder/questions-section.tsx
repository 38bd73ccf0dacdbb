import { Button, Card } from "@skridt/ui";
import { useFieldArray, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useAnnounce } from "./announce";
import { newItem, type TBuilderState } from "./builder-state";
import { BlockProblems } from "./field-error";
import { QuestionFieldset } from "./question-fieldset";

/** The questions in order: add, remove and move with buttons, so all of it works from the keyboard. */
export function QuestionsSection() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { control, getValues, setValue } = useFormContext<TBuilderState>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "items" });

  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

  const onMove = (index: number, delta: -1 | 1) => {
    const to = index + delta;
    if (to < 0 || to >= fields.length) return;
    const key = getValues(`items.${index}.key`);
    const id = getValues(`items.${index}.id`) || t("questionnaireBuilder.untitled");
    move(index, to);
    announce(t("questionnaireBuilder.questionMoved", { id, position: to + 1, count: fields.length }));
    // At the top or bottom the pressed button disappears: go to the other one.
    const atEdge = (delta === -1 && to === 0) || (delta === 1 && to === fields.length - 1);
    focusLater(`${key}-${atEdge ? (delta === -1 ? "down" : "up") : delta === -1 ? "up" : "down"}`);
  };

  const onRemove = (index: number) => {
    const key = getValues(`items.${index}.key`);
    // What referred to the question goes with it, rather than pointing at nothing.
    getValues("items").forEach((item, i) => {
      if (item.showIf.itemKey === key) setValue(`items.${i}.showIf`, { kind: "always", itemKey: "", equals: "", codes: "" });
    });
    getValues("scales").forEach((scale, s) => {
      if (scale.items.some((i) => i.itemKey === key))
        setValue(
          `scales.${s}.items`,
          scale.items.filter((i) => i.itemKey !== key),
        );
    });
    const next = getValues(`items.${index + 1}.key`) ?? (index > 0 ? getValues(`items.${index - 1}.key`) : undefined);
    remove(index);
    announce(t("questionnaireBuilder.questionRemoved", { number: index + 1 }));
    focusLater(next ? `${next}-remove` : "builder-add-question");
  };

  const onAdd = () => {
    append(newItem(), { focusName: `items.${fields.length}.id` });
    announce(t("questionnaireBuilder.questionAdded", { number: fields.length + 1 }));
  };

  return (
    <Card title={t("questionnaireBuilder.questionsTitle")} headingLevel={2}>
      <p className="hint">{t("questionnaireBuilder.questionsHelp")}</p>
      <BlockProblems name="items" />
      <ol className="builder-list">
        {fields.map((field, index) => (
          <li key={field.id}>
            <QuestionFieldset index={index} count={fields.length} onMove={onMove} onRemove={onRemove} />
          </li>
        ))}
      </ol>
      <Button id="builder-add-question" variant="secondary" onClick={onAdd}>
        {t("questionnaireBuilder.addQuestion")}
      </Button>
    </Card>
  );
}
