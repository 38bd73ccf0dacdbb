import { Button } from "@skridt/ui";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { isCalendarDay } from "./view-params";

/**
 * "Status på dato": outcomes on one day for everyone instead of each participant's status at
 * their end. Applied on submit, like the filter, so the page does not change under the reader
 * while they type a date; "Ryd dato" goes back to status at the end.
 */
export function StatusDateForm({ statusOn, onChange }: { statusOn: string | undefined; onChange: (day: string | undefined) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(statusOn ?? "");

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // The date input gives "" for an empty or half-typed date: that means "at the end".
    onChange(isCalendarDay(draft) ? draft : undefined);
  };

  return (
    <form className="status-date" onSubmit={onSubmit}>
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={id}>
          {t("evaluation.overview.statusOn.label")}
        </label>
        <p className="ui-field__description" id={`${id}-help`}>
          {t("evaluation.overview.statusOn.help")}
        </p>
        <input id={id} type="date" value={draft} aria-describedby={`${id}-help`} onChange={(event) => setDraft(event.target.value)} />
      </div>
      <div className="form-actions">
        <Button type="submit">{t("evaluation.overview.statusOn.show")}</Button>
        {statusOn ? (
          <Button
            variant="secondary"
            onClick={() => {
              setDraft("");
              onChange(undefined);
            }}
          >
            {t("evaluation.overview.statusOn.clear")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
