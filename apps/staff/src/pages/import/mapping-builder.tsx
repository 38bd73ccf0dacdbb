import { OCCASIONS } from "@skridt/validators";
import type { TImportMappingInput } from "@skridt/api/imports";
import { FormField } from "@skridt/ui";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../i18n/use-lang";
import {
  answersFor,
  buildMapping,
  emptyChoices,
  hasOptions,
  likelyColumn,
  type TMappingChoices,
  type TPreviewColumn,
  type TPreviewInstrument,
} from "./build-mapping";
import { ExtraOccasionText } from "./extra-occasion-text";
import { ItemMapping } from "./item-mapping";

interface Props {
  columns: readonly TPreviewColumn[];
  instruments: readonly TPreviewInstrument[];
  /** XLSX: the sheet read, named in the mapping. */
  sheet: string | null;
  onChange: (mapping: TImportMappingInput | null) => void;
}

/**
 * The mapping by choosing: questionnaire, occasion, participant code and dates, then for each
 * question its column and for each answer text in it the option. Every choice is offered from
 * the file's own header and texts (import.preview), so nothing has to be typed.
 */
export function MappingBuilder({ columns, instruments, sheet, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [choices, setChoices] = useState<TMappingChoices>(emptyChoices);
  const instrument = instruments.find((i) => i.id === choices.instrumentId);
  const mapping = useMemo(() => buildMapping(choices, instrument, sheet), [choices, instrument, sheet]);
  // Told only when the mapping itself changes (a re-render must not void the last check).
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  useEffect(() => onChangeRef.current(mapping), [mapping]);

  const set = (patch: Partial<TMappingChoices>) => setChoices((c) => ({ ...c, ...patch }));
  const column = (name: string) => columns.find((c) => c.name === name);

  const chooseInstrument = (id: string) => {
    const chosen = instruments.find((i) => i.id === id);
    // Columns headed by a question's id or text are chosen for it already; the admin checks them.
    const items = Object.fromEntries(
      (chosen?.items ?? []).map((item) => {
        const name = likelyColumn(item, columns);
        return [item.id, { column: name, answers: answersFor(item, column(name)) }];
      }),
    );
    setChoices((c) => ({ ...c, instrumentId: id, items, occasion: c.occasion && chosen?.occasions.includes(c.occasion) ? c.occasion : "" }));
  };

  // A text that is an occasion's name in either language is chosen already.
  const byName = (text: string) =>
    OCCASIONS.find((o) =>
      [t(`import.map.occasion.${o}`, { lng: "da" }), t(`import.map.occasion.${o}`, { lng: "en" })].some(
        (n) => n.toLocaleLowerCase("da") === text.trim().toLocaleLowerCase("da"),
      ),
    ) ?? "";
  const chooseOccasionColumn = (name: string) => {
    const texts = column(name)?.values ?? [];
    set({ occasionColumn: name, occasionValues: Object.fromEntries(texts.map((text) => [text, byName(text)])) });
  };

  const columnOptions = (
    <>
      {columns.map((c) => (
        <option key={c.name} value={c.name}>
          {c.name}
        </option>
      ))}
    </>
  );
  const occasionsOffered = instrument?.occasions ?? OCCASIONS;
  const respondent = instrument?.respondent ?? "participant";
  const incompleteTexts = column(choices.incompleteColumn)?.values ?? [];
  const occasionOptions = occasionsOffered.map((o) => (
    <option key={o} value={o}>
      {t(`import.map.occasion.${o}`)}
    </option>
  ));

  return (
    <div className="mapping-builder">
      <fieldset className="mapping-step">
        <legend>{t("import.map.stepInstrument")}</legend>
        <FormField label={t("import.map.instrument")}>
          {(field) => (
            <select {...field} value={choices.instrumentId} onChange={(e) => chooseInstrument(e.target.value)}>
              <option value="">{t("import.map.choose")}</option>
              {instruments.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.title[lang]} ({i.version})
                </option>
              ))}
            </select>
          )}
        </FormField>
      </fieldset>

      {instrument ? (
        <>
          <fieldset className="mapping-step">
            <legend>{t("import.map.stepOccasion")}</legend>
            <div className="choice-group">
              <label className="ui-choice">
                <input type="radio" name="occasion-mode" checked={choices.occasionMode === "fixed"} onChange={() => set({ occasionMode: "fixed" })} />
                {t("import.map.occasionFixed")}
              </label>
              <label className="ui-choice">
                <input type="radio" name="occasion-mode" checked={choices.occasionMode === "column"} onChange={() => set({ occasionMode: "column" })} />
                {t("import.map.occasionFromColumn")}
              </label>
            </div>
            {choices.occasionMode === "fixed" ? (
              <FormField label={t("import.map.occasionLabel")}>
                {(field) => (
                  <select {...field} value={choices.occasion} onChange={(e) => set({ occasion: e.target.value as TMappingChoices["occasion"] })}>
                    <option value="">{t("import.map.choose")}</option>
                    {occasionOptions}
                  </select>
                )}
              </FormField>
            ) : (
              <>
                <FormField label={t("import.map.occasionColumn")}>
                  {(field) => (
                    <select {...field} value={choices.occasionColumn} onChange={(e) => chooseOccasionColumn(e.target.value)}>
                      <option value="">{t("import.map.choose")}</option>
                      {columnOptions}
                    </select>
                  )}
                </FormField>
                {Object.entries(choices.occasionValues).map(([text, occasion]) => (
                  <FormField key={text} label={t("import.map.occasionFor", { text })}>
                    {(field) => (
                      <select
                        {...field}
                        value={occasion}
                        onChange={(e) => set({ occasionValues: { ...choices.occasionValues, [text]: e.target.value as TMappingChoices["occasion"] } })}
                      >
                        <option value="">{t("import.map.notImported")}</option>
                        {occasionOptions}
                      </select>
                    )}
                  </FormField>
                ))}
                {choices.occasionColumn ? (
                  <ExtraOccasionText
                    known={Object.keys(choices.occasionValues)}
                    onAdd={(text) => setChoices((c) => ({ ...c, occasionValues: { ...c.occasionValues, [text]: byName(text) } }))}
                  />
                ) : null}
              </>
            )}
          </fieldset>

          <fieldset className="mapping-step">
            <legend>{t("import.map.stepParticipants")}</legend>
            {respondent !== "participant" ? (
              <>
                <p className="hint">{t("import.map.respondentHelp", { who: t(`import.map.respondentWho.${respondent}`) })}</p>
                <FormField label={t(`import.map.respondentColumn.${respondent}`)}>
                  {(field) => (
                    <select {...field} value={choices.respondentColumn} onChange={(e) => set({ respondentColumn: e.target.value })}>
                      <option value="">{t("import.map.choose")}</option>
                      {columnOptions}
                    </select>
                  )}
                </FormField>
                <div className="choice-group">
                  <label className="ui-choice">
                    <input type="checkbox" checked={choices.createRespondents} onChange={(e) => set({ createRespondents: e.target.checked })} />
                    {t(`import.map.createRespondents.${respondent}`)}
                  </label>
                </div>
              </>
            ) : null}
            <FormField
              label={respondent === "participant" ? t("import.map.codeColumn") : t("import.map.codeColumnOptional")}
              description={t("import.map.codeColumnHelp")}
            >
              {(field) => (
                <select {...field} value={choices.participantCodeColumn} onChange={(e) => set({ participantCodeColumn: e.target.value })}>
                  <option value="">{respondent === "participant" ? t("import.map.choose") : t("import.map.noCodeColumn")}</option>
                  {columnOptions}
                </select>
              )}
            </FormField>
            <FormField label={t("import.map.dateColumn")}>
              {(field) => (
                <select {...field} value={choices.submittedAtColumn} onChange={(e) => set({ submittedAtColumn: e.target.value })}>
                  <option value="">{t("import.map.noDateColumn")}</option>
                  {columnOptions}
                </select>
              )}
            </FormField>
            {respondent === "participant" ? (
              <div className="choice-group">
                <label className="ui-choice">
                  <input type="checkbox" checked={choices.createParticipants} onChange={(e) => set({ createParticipants: e.target.checked })} />
                  {t("import.map.createParticipants")}
                </label>
              </div>
            ) : null}
            {choices.createParticipants && respondent === "participant" ? (
              <FormField label={t("import.map.enrolledOnColumn")}>
                {(field) => (
                  <select {...field} value={choices.enrolledOnColumn} onChange={(e) => set({ enrolledOnColumn: e.target.value })}>
                    <option value="">{t("import.map.noEnrolledOnColumn")}</option>
                    {columnOptions}
                  </select>
                )}
              </FormField>
            ) : null}
            <div className="choice-group">
              <label className="ui-choice">
                <input type="checkbox" checked={choices.allowMissing} onChange={(e) => set({ allowMissing: e.target.checked })} />
                {t("import.map.allowMissing")}
              </label>
            </div>
            <FormField label={t("import.map.incompleteColumn")}>
              {(field) => (
                <select {...field} value={choices.incompleteColumn} onChange={(e) => set({ incompleteColumn: e.target.value, incompleteValues: [] })}>
                  <option value="">{t("import.map.noIncompleteColumn")}</option>
                  {columnOptions}
                </select>
              )}
            </FormField>
            {choices.incompleteColumn && incompleteTexts.length > 0 ? (
              <fieldset className="choice-group">
                <legend>{t("import.map.incompleteValues")}</legend>
                <p className="hint">{t("import.map.incompleteValuesHelp")}</p>
                {incompleteTexts.map((text) => (
                  <label key={text} className="ui-choice">
                    <input
                      type="checkbox"
                      checked={choices.incompleteValues.includes(text)}
                      onChange={(e) =>
                        set({ incompleteValues: e.target.checked ? [...choices.incompleteValues, text] : choices.incompleteValues.filter((v) => v !== text) })
                      }
                    />
                    {text}
                  </label>
                ))}
              </fieldset>
            ) : null}
          </fieldset>

          <fieldset className="mapping-step">
            <legend>{t("import.map.stepQuestions")}</legend>
            <p className="hint">{t("import.map.questionsHelp")}</p>
            {instrument.items.map((item, index) => (
              <ItemMapping
                key={item.id}
                number={index + 1}
                item={item}
                columns={columns}
                choice={choices.items[item.id] ?? { column: "", answers: {} }}
                onChange={(choice) => setChoices((c) => ({ ...c, items: { ...c.items, [item.id]: choice } }))}
                answersFor={(name) => (hasOptions(item) ? answersFor(item, column(name)) : {})}
              />
            ))}
          </fieldset>
        </>
      ) : null}
    </div>
  );
}
