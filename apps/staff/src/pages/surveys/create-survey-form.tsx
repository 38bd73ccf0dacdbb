import { SURVEY_MODES } from "@skridt/validators";
import { Alert, Button } from "@skridt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import type { ClearLink, Occasion, SurveyMode } from "../../lib/survey-link";
import { useTRPC } from "../../trpc";

/** Creates the survey for one occasion after the mentor says how it will be filled in. */
export function CreateSurveyForm({
  participantId,
  occasion,
  onCreated,
  onCancel,
}: {
  participantId: string;
  occasion: Occasion;
  onCreated: (link: ClearLink) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const create = useMutation(trpc.survey.create.mutationOptions());
  const [mode, setMode] = useState<SurveyMode>("self");
  const legendRef = useRef<HTMLFieldSetElement>(null);

  // The form replaces the button that opened it: start the keyboard at the first choice.
  useEffect(() => legendRef.current?.querySelector("input")?.focus(), []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const created = await create.mutateAsync({ organisationId, participantId, occasion, mode });
      await queryClient.invalidateQueries({ queryKey: trpc.survey.listForParticipant.pathKey() });
      onCreated({ surveyId: created.surveyId, token: created.token, shortCode: created.shortCode, expiresAt: created.expiresAt, occasion, mode });
    } catch {
      // create.error is shown above the buttons.
    }
  };

  return (
    <form className="panel form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <p>{t("surveys.createIntro")}</p>
      <fieldset ref={legendRef} className="choice-group">
        <legend>{t("surveys.modeLegend")}</legend>
        {SURVEY_MODES.map((value) => (
          <label key={value} className="ui-choice">
            <input type="radio" name="survey-mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
            {t(`surveys.mode_${value}`)}
          </label>
        ))}
      </fieldset>
      {create.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(create.error)}`)}</p>
        </Alert>
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={create.isPending}>
          {t("surveys.createFor", { noun: t(`surveys.noun_${occasion}`) })}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
