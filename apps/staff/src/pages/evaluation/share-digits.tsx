import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { ShareDigits } from "./masked";

// Percentages are whole numbers by default with the count beside them, as the seed report's
// tables print them; ?dec=1 asks for one decimal. In the URL, so it is kept with the view.

export function useShareDigits(): ShareDigits {
  const [search] = useSearchParams();
  return search.get("dec") === "1" ? 1 : 0;
}

export function ShareDigitsToggle() {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useSearchParams();
  const digits = useShareDigits();
  // Shown at once, before the router has moved to the new URL (a navigation may take a moment);
  // the URL stays the source and wins whenever it changes (back button).
  const [checked, setChecked] = useState(digits === 1);
  useEffect(() => setChecked(digits === 1), [digits]);
  return (
    <div className="ui-choice evaluation-digits">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          setChecked(event.target.checked);
          const next = new URLSearchParams(search);
          if (event.target.checked) next.set("dec", "1");
          else next.delete("dec");
          setSearch(next);
        }}
      />
      <label htmlFor={id}>{t("evaluation.digits.label")}</label>
    </div>
  );
}
