import { meaningOf, supportOf, type TProgressionArea, type TProgressionModel } from "@skridt/instruments/client";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { ReviewValues } from "./review-form-schema";
import { formatScore, localized } from "./labels";
import { useLang } from "../../i18n/use-lang";

function range(model: TProgressionModel): number[] {
  const values: number[] = [];
  for (let v = model.range.min; v <= model.range.max; v++) values.push(v);
  return values;
}

/**
 * One value per radio, with what it means written beside it (Halsnæs' band labels, the
 * ladder's "Brug for noget hjælp"), as large tiles a finger can hit on a tablet. Native
 * radios: arrow keys move within the group without any code of ours.
 */
function ScoreScale({
  model,
  name,
  register,
  legend,
  error,
  errorId,
}: {
  model: TProgressionModel;
  name: `areas.${string}.mentor` | `areas.${string}.participant`;
  register: UseFormRegister<ReviewValues>;
  legend: string | null;
  error: string | undefined;
  errorId: string;
}) {
  const lang = useLang();
  const options = range(model).map((value) => (
    <label key={value} className="score-option">
      <input type="radio" value={String(value)} {...register(name)} />
      <span className="score-option__value">{formatScore(model, value)}</span>
      <span className="score-option__meaning">{localized(meaningOf(model, value), lang)}</span>
    </label>
  ));
  const body = (
    <>
      {error ? (
        <p className="ui-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="score-scale">{options}</div>
    </>
  );
  // With one scale per area the area's own fieldset names the group; a second legend would only repeat it.
  if (!legend) return body;
  return (
    <fieldset className="score-group" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {body}
    </fieldset>
  );
}

/** One area of a review: its scale(s), a skip switch and a note. */
export function ReviewAreaFieldset({
  model,
  area,
  values,
  register,
  errors,
  withParticipant,
  problem,
}: {
  model: TProgressionModel;
  area: TProgressionArea;
  values: ReviewValues["areas"][string] | undefined;
  register: UseFormRegister<ReviewValues>;
  errors: FieldErrors<ReviewValues>;
  withParticipant: boolean;
  /** The API's objection to this area, already in words. */
  problem: string | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = `area-${area.id}`;
  const areaErrors = errors.areas?.[area.id];
  const participant = values?.participant ? Number(values.participant) : null;
  const support = participant === null ? null : supportOf(model, participant);
  const skipped = values?.skip ?? false;
  const mentorError = areaErrors?.mentor?.message;
  const participantError = areaErrors?.participant?.message;
  const optional = model.participantScore === "optional";

  return (
    <fieldset
      className={skipped ? "review-area review-area--skipped" : "review-area"}
      aria-describedby={[`${id}-description`, mentorError && !withParticipant ? `${id}-mentor-error` : null].filter(Boolean).join(" ")}
    >
      <legend>{localized(area.label, lang)}</legend>
      <p className="hint" id={`${id}-description`}>
        {localized(area.description, lang)}
      </p>
      {problem ? (
        <p className="ui-field__error" role="alert">
          {problem}
        </p>
      ) : null}
      <label className="ui-choice">
        <input type="checkbox" {...register(`areas.${area.id}.skip`)} />
        {t("review.skip")}
      </label>
      {skipped ? null : (
        <>
          {withParticipant ? (
            <>
              <ScoreScale
                model={model}
                name={`areas.${area.id}.participant`}
                register={register}
                legend={optional ? `${t("review.participantScore")} ${t("common.optional")}` : t("review.participantScore")}
                error={participantError}
                errorId={`${id}-participant-error`}
              />
              {/* The asymmetric alliance: the mentor's support is what the participant's own number leaves to the top. */}
              <output className="support" aria-live="polite">
                {support === null
                  ? t("review.supportPending")
                  : t("review.support", { max: model.range.max, participant, support })}
              </output>
            </>
          ) : null}
          <ScoreScale
            model={model}
            name={`areas.${area.id}.mentor`}
            register={register}
            legend={withParticipant ? t("review.mentorScore") : null}
            error={mentorError}
            errorId={`${id}-mentor-error`}
          />
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-note`}>
              {t("review.areaNote", { area: localized(area.label, lang) })} <span className="hint">{t("common.optional")}</span>
            </label>
            <textarea id={`${id}-note`} rows={2} {...register(`areas.${area.id}.note`)} />
          </div>
        </>
      )}
    </fieldset>
  );
}
