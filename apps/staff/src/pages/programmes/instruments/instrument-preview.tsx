import type { RouterOutputs } from "@skridt/api";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../i18n/use-lang";

type Instrument = Extract<RouterOutputs["programmeInstrument"]["validate"], { ok: true }>["instrument"];

/** What participants will see, before the file is saved: title, questions with their options, and the scales. */
export function InstrumentPreview({ instrument, headingId }: { instrument: Instrument; headingId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="instrument-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("ownInstruments.previewTitle", { title: instrument.title[lang], version: instrument.version })}</h3>
      <p>{instrument.introduction[lang]}</p>
      <p className="hint">
        {t("ownInstruments.occasions")}: {instrument.occasions.map((o) => t(`surveys.occasion_${o}`)).join(", ")}
      </p>
      <h4>{t("ownInstruments.items", { count: instrument.items.length })}</h4>
      <ol className="instrument-preview__items">
        {instrument.items.map((item) => (
          <li key={item.id}>
            <p>
              {item.stem ? `${item.stem[lang]} ` : ""}
              {item.prompt[lang]}{" "}
              <span className="hint">
                ({t(`ownInstruments.type_${item.type}`)}
                {item.required ? `, ${t("ownInstruments.required")}` : ""})
              </span>
            </p>
            {"options" in item ? (
              <ul>
                {item.options.map((option) => (
                  <li key={option.code}>
                    {option.code}: {option.label[lang]}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      <h4>{t("ownInstruments.scales", { count: instrument.scales.length })}</h4>
      {instrument.scales.length === 0 ? (
        <p>{t("ownInstruments.noScales")}</p>
      ) : (
        <ul>
          {instrument.scales.map((scale) => (
            <li key={scale.id}>
              {t("ownInstruments.scaleLine", {
                label: scale.label[lang],
                method: t(`ownInstruments.method_${scale.method}`),
                items: scale.items.map((i) => i.itemId).join(", "),
                min: scale.range.min,
                max: scale.range.max,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
