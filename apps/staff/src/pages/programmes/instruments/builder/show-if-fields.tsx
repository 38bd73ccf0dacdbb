import { useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { isChoice, type TBuilderState, type TShowIfKind } from "./builder-state";
import { SelectField, TextField } from "./fields";
import { useLang } from "../../../../i18n/use-lang";

const KINDS: readonly TShowIfKind[] = ["always", "answered", "equals", "in"];

/** "Show the question always / when an earlier one is answered / when its answer is (one of) ...". */
export function ShowIfFields({ index }: { index: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { control } = useFormContext<TBuilderState>();
  const items = useWatch({ control, name: "items" });
  const showIf = items[index]?.showIf;
  // The first question has nothing before it to depend on (a loaded condition is still shown, to be undone).
  if (!showIf || (index === 0 && showIf.kind === "always")) return null;
  const earlier = items.slice(0, index);
  const target = earlier.find((item) => item.key === showIf.itemKey);
  const name = `items.${index}.showIf` as const;
  const labelOf = (item: (typeof items)[number], i: number) =>
    `${t("questionnaireBuilder.question", { number: i + 1 })}: ${item.id || t("questionnaireBuilder.untitled")}${item.prompt[lang] ? ` (${item.prompt[lang]})` : ""}`;
  const targetCodes = target && isChoice(target.type) ? target.options : null;

  return (
    <div className="builder-show-if">
      <SelectField
        name={`${name}.kind`}
        label={t("questionnaireBuilder.showIf")}
        options={KINDS.map((kind) => ({ value: kind, label: t(`questionnaireBuilder.showIf_${kind}`) }))}
      />
      {showIf.kind !== "always" ? (
        <div className="form-row">
          <SelectField
            name={`${name}.itemKey`}
            label={t("questionnaireBuilder.showIfItem")}
            options={[
              { value: "", label: t("questionnaireBuilder.showIfChoose") },
              ...earlier.map((item, i) => ({ value: item.key, label: labelOf(item, i) })),
            ]}
          />
          {showIf.kind === "equals" && targetCodes ? (
            <SelectField
              name={`${name}.equals`}
              label={t("questionnaireBuilder.showIfEquals")}
              options={[
                { value: "", label: t("questionnaireBuilder.showIfChooseAnswer") },
                ...targetCodes.map((o) => ({ value: o.code, label: `${o.code}: ${o[lang]}` })),
              ]}
            />
          ) : null}
          {showIf.kind === "equals" && !targetCodes ? (
            <TextField name={`${name}.equals`} label={t("questionnaireBuilder.showIfEquals")} inputMode="decimal" />
          ) : null}
          {showIf.kind === "in" ? (
            <TextField
              name={`${name}.codes`}
              label={t("questionnaireBuilder.showIfCodes")}
              description={
                <>
                  {t("questionnaireBuilder.showIfCodesHelp")}
                  {targetCodes ? ` ${t("questionnaireBuilder.showIfCodesOf", { codes: targetCodes.map((o) => `${o.code} = ${o[lang]}`).join(", ") })}` : ""}
                </>
              }
            />
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
