import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { BREAKDOWN_BY, type BreakdownBy } from "./view-params";

/** "Opdel efter": a native select, so keyboard and screen readers work as they do everywhere else. */
export function BreakdownBySelect({ value, onChange }: { value: BreakdownBy; onChange: (by: BreakdownBy) => void }) {
  const { t } = useTranslation();
  const id = useId();
  // The choice shows at once: the URL (and so `value`) follows in a router transition, and a
  // select snapping back meanwhile would make a second arrow press land on the wrong option.
  const [selected, setSelected] = useState(value);
  const [previous, setPrevious] = useState(value);
  if (value !== previous) {
    setPrevious(value);
    setSelected(value);
  }
  return (
    <div className="ui-field breakdown-by">
      <label className="ui-field__label" htmlFor={id}>
        {t("evaluation.breakdown.by")}
      </label>
      <select
        id={id}
        value={selected}
        onChange={(event) => {
          const by = BREAKDOWN_BY.find((b) => b === event.target.value) ?? value;
          setSelected(by);
          onChange(by);
        }}
      >
        {BREAKDOWN_BY.map((by) => (
          <option key={by} value={by}>
            {t(`evaluation.breakdown.by_${by}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
