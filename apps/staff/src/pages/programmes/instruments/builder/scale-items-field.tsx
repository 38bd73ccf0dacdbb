import { FormField } from "@skridt/ui";
import { useController, useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { isScorable, type TBuilderScaleItem, type TBuilderState } from "./builder-state";
import { useFieldError } from "./field-error";
import { withoutScaleItem, withScaleItem } from "./scale-items";
import { useLang } from "../../../../i18n/use-lang";

/**
 * The questions a scale scores, as a checklist of the questions that can be scored (and any
 * other one a loaded scale lists, so it can be taken out). Each ticked one can be reverse-keyed
 * or, for a one-answer question, recoded code by code.
 */
export function ScaleItemsField({ scaleIndex }: { scaleIndex: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { control } = useFormContext<TBuilderState>();
  const name = `scales.${scaleIndex}.items` as const;
  const { field } = useController({ control, name });
  const items = useWatch({ control, name: "items" });
  const error = useFieldError(name);
  const list = field.value;
  const rows = items.filter((item) => isScorable(item.type) || list.some((s) => s.itemKey === item.key));
  const errorId = `builder-scale-${scaleIndex}-items-error`;

  const update = (itemKey: string, change: Partial<TBuilderScaleItem>) => field.onChange(list.map((s) => (s.itemKey === itemKey ? { ...s, ...change } : s)));

  return (
    <fieldset className="builder-options" aria-describedby={error ? errorId : undefined}>
      <legend>{t("questionnaireBuilder.scaleItems")}</legend>
      <p className="hint">{t("questionnaireBuilder.scaleItemsHelp")}</p>
      {error ? (
        <p className="ui-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {rows.length === 0 ? <p>{t("questionnaireBuilder.scaleItemsNone")}</p> : null}
      <ul className="builder-list builder-scale-items">
        {rows.map((item, rowIndex) => {
          const entry = list.find((s) => s.itemKey === item.key);
          const id = item.id || t("questionnaireBuilder.untitled");
          const forItem = <span className="ui-visually-hidden"> {t("questionnaireBuilder.recodeFor", { id })}</span>;
          return (
            <li key={item.key}>
              <label className="ui-choice">
                <input
                  type="checkbox"
                  ref={rowIndex === 0 ? field.ref : undefined}
                  checked={!!entry}
                  onChange={(event) => field.onChange(event.target.checked ? withScaleItem(list, item.key, items) : withoutScaleItem(list, item.key))}
                />
                <span>
                  <strong>{id}</strong>
                  {item.prompt[lang] ? <span className="hint">: {item.prompt[lang]}</span> : null}
                  {!isScorable(item.type) ? <span className="hint"> ({t("questionnaireBuilder.notScorable")})</span> : null}
                </span>
              </label>
              {entry ? (
                <div className="builder-scale-items__keying">
                  {entry.recode.length === 0 ? (
                    <label className="ui-choice">
                      <input type="checkbox" checked={entry.reverse} onChange={(event) => update(item.key, { reverse: event.target.checked })} />
                      {t("questionnaireBuilder.reverse")}
                      {forItem}
                    </label>
                  ) : null}
                  {item.type === "single-choice" ? (
                    <label className="ui-choice">
                      <input
                        type="checkbox"
                        checked={entry.recode.length > 0}
                        // Recoding starts from the codes themselves; reversing goes into the table instead.
                        onChange={(event) =>
                          update(item.key, { reverse: false, recode: event.target.checked ? item.options.map((o) => ({ code: o.code, value: o.code })) : [] })
                        }
                      />
                      {t("questionnaireBuilder.recode")}
                      {forItem}
                    </label>
                  ) : null}
                  {entry.recode.length > 0 ? (
                    <div className="builder-recode">
                      {entry.recode.map((r, k) => (
                        <RecodeValue
                          key={k}
                          name={`${name}.${list.indexOf(entry)}.recode.${k}.value`}
                          code={r.code}
                          value={r.value}
                          itemId={id}
                          onChange={(value) => update(item.key, { recode: entry.recode.map((x, i) => (i === k ? { ...x, value } : x)) })}
                        />
                      ))}
                    </div>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** One recode value; part of the scale's list of items, so it is changed through that list. */
function RecodeValue({
  name,
  code,
  value,
  itemId,
  onChange,
}: {
  name: string;
  code: string;
  value: string;
  itemId: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const error = useFieldError(name);
  return (
    <FormField
      label={
        <>
          {t("questionnaireBuilder.recodeValue", { code })}
          <span className="ui-visually-hidden"> {t("questionnaireBuilder.recodeFor", { id: itemId })}</span>
        </>
      }
      error={error}
    >
      {(props) => <input {...props} value={value} onChange={(event) => onChange(event.target.value)} inputMode="decimal" autoComplete="off" />}
    </FormField>
  );
}
