import type { RouterOutputs } from "@skridt/api";
import { Button } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import type { Occasion } from "../../lib/survey-link";
import { useLang } from "../../i18n/use-lang";

type Instrument = RouterOutputs["programme"]["plan"]["instruments"][number];

/**
 * The instruments for one occasion as checkboxes. Chosen ones come first, in the order the
 * participant meets them, each with up/down buttons; the rest follow in the built-in order.
 */
export function PlanOccasionFieldset({
  occasion,
  instruments,
  chosen,
  onChange,
  onMoved,
}: {
  occasion: Occasion;
  /** Only the instruments meant for this occasion. */
  instruments: readonly Instrument[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  onMoved: (title: string, position: number, count: number) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const byId = new Map(instruments.map((i) => [i.id, i]));
  const rows = [...chosen.filter((id) => byId.has(id)), ...instruments.map((i) => i.id).filter((id) => !chosen.includes(id))];
  const buttonId = (id: string, direction: "up" | "down") => `plan-${occasion}-${id}-${direction}`;

  const toggle = (id: string, checked: boolean) => onChange(checked ? [...chosen, id] : chosen.filter((c) => c !== id));

  const move = (id: string, delta: -1 | 1) => {
    const from = chosen.indexOf(id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= chosen.length) return;
    const next = [...chosen];
    next.splice(from, 1);
    next.splice(to, 0, id);
    onChange(next);
    onMoved(byId.get(id)?.title[lang] ?? id, to + 1, next.length);
    // At the top or bottom the pressed button disappears; keep focus on the row's other button.
    const atEdge = to === 0 || to === next.length - 1;
    if (atEdge && next.length > 1) requestAnimationFrame(() => document.getElementById(buttonId(id, to === 0 ? "down" : "up"))?.focus());
  };

  return (
    <fieldset className="plan-occasion">
      <legend>
        {t(`surveys.occasion_${occasion}`)} <span className="hint">({t("plan.chosen", { count: chosen.length })})</span>
      </legend>
      <p className="hint">{t("plan.occasionHelp")}</p>
      <ul className="plan-occasion__list">
        {rows.map((id) => {
          const instrument = byId.get(id);
          if (!instrument) return null;
          const position = chosen.indexOf(id);
          const title = instrument.title[lang];
          return (
            <li key={id} className={position >= 0 ? "plan-occasion__row plan-occasion__row--chosen" : "plan-occasion__row"}>
              <label className="ui-choice">
                <input type="checkbox" name={`plan-${occasion}`} value={id} checked={position >= 0} onChange={(event) => toggle(id, event.target.checked)} />
                {position >= 0 ? <span className="plan-occasion__number">{position + 1}.</span> : null}
                {title}
                {instrument.own ? <span className="hint"> ({t("plan.ownInstrument")})</span> : null}
              </label>
              {position >= 0 && chosen.length > 1 ? (
                <span className="plan-occasion__move">
                  {position > 0 ? (
                    <Button id={buttonId(id, "up")} variant="secondary" aria-label={t("plan.moveUpFor", { title })} onClick={() => move(id, -1)}>
                      <span aria-hidden="true">↑</span>
                    </Button>
                  ) : (
                    <span className="plan-occasion__slot" />
                  )}
                  {position < chosen.length - 1 ? (
                    <Button id={buttonId(id, "down")} variant="secondary" aria-label={t("plan.moveDownFor", { title })} onClick={() => move(id, 1)}>
                      <span aria-hidden="true">↓</span>
                    </Button>
                  ) : (
                    <span className="plan-occasion__slot" />
                  )}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
