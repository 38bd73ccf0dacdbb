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

/** Consecutive values with the same meaning (a model's band: "Tilbagegang" for −5..−1) go under one heading. */
function bands(model: TProgressionModel, lang: ReturnType<typeof useLang>) {
  const groups: { meaning: string; values: number[] }[] = [];
  for (const value of range(model)) {
    const meaning = localized(meaningOf(model, value), lang);
    const last = groups.at(-1);
    if (last && last.meaning === meaning) last.values.push(value);
    else groups.push({ meaning, values: [value] });
  }
  return groups;
}

/**
 * One value per radio in a compact row (issue 16: 66 tiles made the form 3,300 px tall):
 * the value on the radio, what it means written once over its band (Halsnæs' band labels,
 * "Tilbagegang"). Each radio's name still says both ("−1 Tilbagegang"), as the band heading
 * is only for the eye. Native radios: arrow keys move within the group without any code of ours.
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
  const groups = bands(model, lang).map((band) => (
    <div key={band.values[0]} className="score-band">
      {band.meaning ? (
        <span className="score-band__label" aria-hidden="true">
          {band.meaning}
        </span>
      ) : null}
      <span className="score-band__options">
        {band.values.map((value) => (
          <label key={value} className="score-option">
            <input type="radio" value={String(value)} {...register(name)} />
            <span className="score-option__value">{formatScore(model, value)}</span>
            {band.meaning ? <span className="ui-visually-hidden"> {band.meaning}</span> : null}
          </label>
        ))}
      </span>
    </div>
  ));
  const body = (
    <>
      {error ? (
        <p className="ui-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <div className="score-scale">{groups}</div>
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
      {/* One row per area where there is room: what the area is and the skip switch beside the score(s) and the note. */}
      <div className="review-area__row">
        <div className="review-area__about">
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
        </div>
        {skipped ? null : (
          <div className="review-area__main">
            <div className="review-area__scores">
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
                    {support === null ? t("review.supportPending") : t("review.support", { max: model.range.max, participant, support })}
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
            </div>
            <div className="ui-field review-area__note">
              <label className="ui-field__label" htmlFor={`${id}-note`}>
                {t("review.areaNote", { area: localized(area.label, lang) })} <span className="hint">{t("common.optional")}</span>
              </label>
              <textarea id={`${id}-note`} rows={2} {...register(`areas.${area.id}.note`)} />
            </div>
          </div>
        )}
      </div>
    </fieldset>
  );
}
