import { FormField } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { useLang } from "../../i18n/use-lang";
import type { TMappingChoices, TPreviewColumn, TPreviewItem } from "./build-mapping";

type Choice = TMappingChoices["items"][string];

interface Props {
  number: number;
  item: TPreviewItem;
  columns: readonly TPreviewColumn[];
  choice: Choice;
  onChange: (choice: Choice) => void;
  /** The prefilled answer choices for a column just chosen. */
  answersFor: (column: string) => Choice["answers"];
}

/** One question: the column that answers it and, for a choice question, which option each text in it means. */
export function ItemMapping({ number, item, columns, choice, onChange, answersFor }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const question = `${number}. ${item.prompt[lang]}`;
  const texts = Object.keys(choice.answers);
  const more = columns.find((c) => c.name === choice.column)?.more ?? false;
  return (
    <fieldset className="mapping-item">
      <legend>{question}</legend>
      {/* The legend shows the question; the label repeats it only for screen readers' sake. */}
      <FormField
        label={
          <>
            {t("import.map.column")}
            <span className="ui-visually-hidden"> {t("import.map.forQuestion", { question })}</span>
          </>
        }
      >
        {(field) => (
          <select {...field} value={choice.column} onChange={(e) => onChange({ column: e.target.value, answers: answersFor(e.target.value) })}>
            <option value="">{t("import.map.notImported")}</option>
            {columns.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {choice.column && item.options.length > 0 && texts.length > 0 ? (
        <div className="mapping-answers" role="group" aria-label={t("import.map.answersFor", { question })}>
          {texts.map((text) => (
            <FormField key={text} label={t("import.map.answerFor", { text })}>
              {(field) => (
                <select
                  {...field}
                  value={choice.answers[text] === "" ? "" : String(choice.answers[text])}
                  onChange={(e) => onChange({ ...choice, answers: { ...choice.answers, [text]: e.target.value === "" ? "" : Number(e.target.value) } })}
                >
                  <option value="">{t("import.map.chooseAnswer")}</option>
                  {item.options.map((o) => (
                    <option key={o.code} value={o.code}>
                      {o.label[lang]} ({o.code})
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          ))}
          {more ? <p className="hint">{t("import.map.moreTexts")}</p> : null}
        </div>
      ) : null}
    </fieldset>
  );
}
