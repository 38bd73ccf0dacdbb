import { FormField } from "@skridt/ui";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../i18n/use-lang";
import type { TPreviewColumn } from "./build-mapping";
import {
  buildHistoryMapping,
  CATALOGUES,
  codesFor,
  emptyHistoryChoices,
  KIND_FIELDS,
  likelyHistoryColumn,
  LIKELY_HEADINGS,
  type THistoryChoices,
  type THistoryKind,
  type THistoryMappingInput,
} from "./build-history-mapping";

interface Props {
  kind: THistoryKind;
  columns: readonly TPreviewColumn[];
  /** XLSX: the sheet read, named in the mapping. */
  sheet: string | null;
  onChange: (mapping: THistoryMappingInput | null) => void;
}

/**
 * The mapping of an enrolment list, statuses or contacts by choosing: a column for each
 * field, and for a coded column (gender, end reason, status, kind of contact) what each of its
 * texts means. Columns headed as usual are chosen already; the admin checks them.
 */
export function HistoryMappingBuilder({ kind, columns, sheet, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const column = (name: string) => columns.find((c) => c.name === name);
  const [choices, setChoices] = useState<THistoryChoices>(() => {
    const start = emptyHistoryChoices();
    for (const { field, coded } of KIND_FIELDS[kind]) {
      const name = likelyHistoryColumn(LIKELY_HEADINGS[field] ?? [], columns);
      if (!name) continue;
      start.columns[field] = name;
      if (coded) start.values[coded] = codesFor(coded, column(name));
    }
    return start;
  });
  const mapping = useMemo(() => buildHistoryMapping(kind, choices, sheet), [kind, choices, sheet]);
  // Told only when the mapping itself changes (a re-render must not void the last check).
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  useEffect(() => onChangeRef.current(mapping), [mapping]);

  const chooseColumn = (field: string, name: string, coded?: keyof typeof CATALOGUES) =>
    setChoices((c) => ({
      ...c,
      columns: { ...c.columns, [field]: name },
      values: coded ? { ...c.values, [coded]: codesFor(coded, column(name)) } : c.values,
    }));

  return (
    <fieldset className="mapping-step">
      <legend>{t("import.map.history.step")}</legend>
      <p className="hint">{t("import.map.history.help")}</p>
      {kind === "contacts" ? <p className="hint">{t("import.map.history.contactsCompanyHelp")}</p> : null}
      {KIND_FIELDS[kind].map(({ field, required, coded }) => {
        const chosen = choices.columns[field] ?? "";
        const texts = coded ? Object.entries(choices.values[coded] ?? {}) : [];
        const label = `${t(`import.map.history.field.${field}`)}${required ? ` ${t("import.map.history.required")}` : ""}`;
        return (
          <div key={field} className="mapping-item">
            <FormField label={label}>
              {(props) => (
                <select {...props} value={chosen} onChange={(e) => chooseColumn(field, e.target.value, coded)}>
                  <option value="">{required ? t("import.map.choose") : t("import.map.history.none")}</option>
                  {columns.map((c) => (
                    <option key={c.name} value={c.name}>
                      {c.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            {coded && chosen && texts.length > 0 ? (
              <div className="mapping-answers" role="group" aria-label={t("import.map.history.codesFor", { column: chosen })}>
                {texts.map(([text, code]) => (
                  <FormField key={text} label={t("import.map.answerFor", { text })}>
                    {(props) => (
                      <select
                        {...props}
                        value={code}
                        onChange={(e) => setChoices((c) => ({ ...c, values: { ...c.values, [coded]: { ...c.values[coded], [text]: e.target.value } } }))}
                      >
                        <option value="">{t("import.map.chooseAnswer")}</option>
                        {CATALOGUES[coded].map((o) => (
                          <option key={o.code} value={o.code}>
                            {o.label[lang]}
                          </option>
                        ))}
                      </select>
                    )}
                  </FormField>
                ))}
                {column(chosen)?.more ? <p className="hint">{t("import.map.moreTexts")}</p> : null}
              </div>
            ) : null}
            {field === "contactKindColumn" && !chosen ? (
              <FormField label={t("import.map.history.contactKindFixed")}>
                {(props) => (
                  <select {...props} value={choices.contactKind} onChange={(e) => setChoices((c) => ({ ...c, contactKind: e.target.value }))}>
                    <option value="">{t("import.map.choose")}</option>
                    {CATALOGUES.contactKindColumn.map((o) => (
                      <option key={o.code} value={o.code}>
                        {o.label[lang]}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
            ) : null}
            {field === "companyColumn" && chosen ? (
              <div className="choice-group">
                <label className="ui-choice">
                  <input
                    type="checkbox"
                    checked={choices.createRespondents}
                    onChange={(e) => setChoices((c) => ({ ...c, createRespondents: e.target.checked }))}
                  />
                  {t("import.map.history.createCompanies")}
                </label>
              </div>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
