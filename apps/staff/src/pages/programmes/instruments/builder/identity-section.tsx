import type { TOccasion } from "@skridt/instruments/client";
import { OCCASIONS } from "@skridt/validators";
import { Card } from "@skridt/ui";
import { useController, useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { TBuilderState } from "./builder-state";
import { useFieldError } from "./field-error";
import { PairField, TextField } from "./fields";

/** Id, version, titles, introduction, source, licence and occasions: the definition's head. */
export function IdentitySection() {
  const { t } = useTranslation();
  return (
    <Card title={t("questionnaireBuilder.identityTitle")} headingLevel={2}>
      <div className="form-row">
        <TextField name="id" label={t("questionnaireBuilder.id")} description={t("questionnaireBuilder.idHelp")} />
        <TextField name="version" label={t("questionnaireBuilder.version")} description={t("questionnaireBuilder.versionHelp")} inputMode="decimal" />
      </div>
      <PairField name="title" labelDa={t("questionnaireBuilder.titleDa")} labelEn={t("questionnaireBuilder.titleEn")} />
      <PairField
        name="introduction"
        labelDa={t("questionnaireBuilder.introductionDa")}
        labelEn={t("questionnaireBuilder.introductionEn")}
        description={t("questionnaireBuilder.introductionHelp")}
        multiline
      />
      <TextField name="citation" label={t("questionnaireBuilder.citation")} description={t("questionnaireBuilder.citationHelp")} />
      <div className="form-row">
        <TextField name="url" label={t("questionnaireBuilder.url")} type="url" inputMode="url" optional />
        <TextField name="licence" label={t("questionnaireBuilder.licence")} />
      </div>
      <OccasionsField />
    </Card>
  );
}

function OccasionsField() {
  const { t } = useTranslation();
  const { control } = useFormContext<TBuilderState>();
  const { field } = useController({ control, name: "occasions" });
  const error = useFieldError("occasions");
  const errorId = "builder-occasions-error";
  // Written in the format's order whatever order they are ticked in; a loaded order is kept until changed.
  const toggle = (occasion: TOccasion, on: boolean) => field.onChange(OCCASIONS.filter((o) => (o === occasion ? on : field.value.includes(o))));
  return (
    <fieldset className={error ? "builder-occasions ui-field--invalid" : "builder-occasions"} aria-describedby={error ? errorId : "builder-occasions-help"}>
      <legend>{t("questionnaireBuilder.occasions")}</legend>
      <p className="hint" id="builder-occasions-help">
        {t("questionnaireBuilder.occasionsHelp")}
      </p>
      {error ? (
        <p className="ui-field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {OCCASIONS.map((occasion, index) => (
        <label key={occasion} className="ui-choice">
          <input
            type="checkbox"
            ref={index === 0 ? field.ref : undefined}
            name={field.name}
            value={occasion}
            checked={field.value.includes(occasion)}
            onChange={(event) => toggle(occasion, event.target.checked)}
            onBlur={field.onBlur}
          />
          {t(`surveys.occasion_${occasion}`)}
        </label>
      ))}
    </fieldset>
  );
}
