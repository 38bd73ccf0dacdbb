import { PARTICIPATION_VALUES } from "@skridt/validators";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";

// Which participations the figures are about: all, only those that have ended, only the active
// ones (issue 15). ?part=ended|active in the URL beside the filter; "all" leaves it out.

export type Participation = (typeof PARTICIPATION_VALUES)[number];

export function participationFromSearch(search: URLSearchParams): Participation {
  const value = search.get("part");
  return PARTICIPATION_VALUES.find((p) => p === value) ?? "all";
}

/** A radio group that applies at once: one choice, one new view (no half-filled form to interrupt). */
export function ParticipationFilter() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const fromUrl = participationFromSearch(search);
  // Shown at once, before the router has moved to the new URL; the URL wins whenever it changes.
  const [current, setCurrent] = useState(fromUrl);
  useEffect(() => setCurrent(fromUrl), [fromUrl]);
  return (
    <fieldset className="evaluation-participation">
      <legend>{t("evaluation.participation.legend")}</legend>
      <div className="evaluation-participation__choices">
        {PARTICIPATION_VALUES.map((value) => (
          <label key={value} className="ui-choice">
            <input
              type="radio"
              name="evaluation-participation"
              value={value}
              checked={current === value}
              onChange={() => {
                setCurrent(value);
                const next = new URLSearchParams(search);
                if (value === "all") next.delete("part");
                else next.set("part", value);
                setSearch(next);
              }}
            />
            {t(`evaluation.participation.${value}`)}
          </label>
        ))}
      </div>
      <p className="hint">{t("evaluation.participation.help")}</p>
    </fieldset>
  );
}
