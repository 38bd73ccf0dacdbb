import type { TEvaluationFilter } from "@skridt/validators";
import { enrolmentMonth, firstDayOfMonth, lastDayOfMonth } from "@skridt/validators";
import { Button } from "@skridt/ui";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { AGE_BAND_VALUES, GENDER_VALUES, filterFromSearch, isFilterEmpty, withFilter } from "./evaluation-filter";
import { useFilterSummary } from "./filter-summary";

interface Organisation {
  id: string;
  name: string;
}

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

/**
 * Who the figures are about: organisations (those this evaluator may see), enrolment period,
 * gender and age band. Changes apply on "Vis resultater", not on every click, so a screen
 * reader user is not interrupted by a page refreshing under them; the result goes into the
 * URL, which makes the view shareable and survives a reload.
 */
export function FilterBar({ organisations }: { organisations: readonly Organisation[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useSearchParams();
  const applied = filterFromSearch(search);
  const [draft, setDraft] = useState<TEvaluationFilter>(applied);
  const summary = useFilterSummary(applied, organisations);

  const orgIds = draft.organisationIds ?? [];
  const genders = draft.genders ?? [];
  const ages = draft.ageBands ?? [];

  const apply = (filter: TEvaluationFilter) => {
    // Every organisation ticked is the same as none: leave it out, so the URL stays short.
    const all = filter.organisationIds && organisations.every((o) => filter.organisationIds!.includes(o.id));
    const clean: TEvaluationFilter = {
      ...(filter.organisationIds?.length && !all ? { organisationIds: filter.organisationIds } : {}),
      ...(filter.enrolledFrom ? { enrolledFrom: filter.enrolledFrom } : {}),
      ...(filter.enrolledTo ? { enrolledTo: filter.enrolledTo } : {}),
      ...(filter.genders?.length ? { genders: filter.genders } : {}),
      ...(filter.ageBands?.length ? { ageBands: filter.ageBands } : {}),
    };
    setSearch(withFilter(search, clean));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    apply(draft);
  };

  return (
    <details className="evaluation-filter">
      <summary>
        <span className="evaluation-filter__label">{t("evaluation.filter.title")}:</span> {summary}
      </summary>
      <form onSubmit={onSubmit} aria-label={t("evaluation.filter.title")}>
        <div className="evaluation-filter__grid">
          <fieldset>
            <legend>{t("evaluation.filter.organisations")}</legend>
            {organisations.map((o) => (
              <label key={o.id} className="ui-choice">
                <input
                  type="checkbox"
                  checked={orgIds.includes(o.id)}
                  onChange={(event) => setDraft({ ...draft, organisationIds: toggle(orgIds, o.id, event.target.checked) })}
                />
                {o.name}
              </label>
            ))}
            <p className="hint">{t("evaluation.filter.noneMeansAll")}</p>
          </fieldset>
          <fieldset>
            <legend>{t("evaluation.filter.enrolled")}</legend>
            <div className="ui-field">
              <label className="ui-field__label" htmlFor={`${id}-from`}>
                {t("evaluation.filter.from")}
              </label>
              <input
                id={`${id}-from`}
                type="month"
                value={draft.enrolledFrom?.slice(0, 7) ?? ""}
                onChange={(event) => setDraft({ ...draft, enrolledFrom: enrolmentMonth(event.target.value) ? firstDayOfMonth(event.target.value) : undefined })}
              />
            </div>
            <div className="ui-field">
              <label className="ui-field__label" htmlFor={`${id}-to`}>
                {t("evaluation.filter.to")}
              </label>
              <input
                id={`${id}-to`}
                type="month"
                value={draft.enrolledTo?.slice(0, 7) ?? ""}
                onChange={(event) => setDraft({ ...draft, enrolledTo: enrolmentMonth(event.target.value) ? lastDayOfMonth(event.target.value) : undefined })}
              />
            </div>
            <p className="hint">{t("evaluation.filter.wholeMonths")}</p>
          </fieldset>
          <fieldset>
            <legend>{t("evaluation.filter.gender")}</legend>
            {GENDER_VALUES.map((g) => (
              <label key={g} className="ui-choice">
                <input
                  type="checkbox"
                  checked={genders.includes(g)}
                  onChange={(event) => setDraft({ ...draft, genders: toggle(genders, g, event.target.checked) })}
                />
                {t(`evaluation.gender.${g}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t("evaluation.filter.ageBand")}</legend>
            <div className="evaluation-filter__ages">
              {AGE_BAND_VALUES.map((a) => (
                <label key={a} className="ui-choice">
                  <input
                    type="checkbox"
                    checked={ages.includes(a)}
                    onChange={(event) => setDraft({ ...draft, ageBands: toggle(ages, a, event.target.checked) })}
                  />
                  {a === "unknown" ? t("evaluation.ageUnknown") : t("evaluation.ageBand", { band: a })}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="form-actions">
          <Button type="submit">{t("evaluation.filter.apply")}</Button>
          {!isFilterEmpty(applied) ? (
            <Button
              variant="secondary"
              onClick={() => {
                setDraft({});
                apply({});
              }}
            >
              {t("evaluation.filter.reset")}
            </Button>
          ) : null}
        </div>
      </form>
    </details>
  );
}
