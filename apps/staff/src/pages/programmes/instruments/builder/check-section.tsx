import type { DefinitionProblem, RouterOutputs } from "@skridt/api";
import { Alert, Button, Card } from "@skridt/ui";
import { useId, type Ref } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { errorKey } from "../../../../errors";
import { DefinitionProblems } from "../definition-problems";
import { InstrumentPreview } from "../instrument-preview";
import type { TBuilderState } from "./builder-state";
import { toDefinitionJson } from "./to-definition";

export type TChecked = { json: string; result: RouterOutputs["programmeInstrument"]["validate"] };

/**
 * "Check and preview", "Download", and what came of them: the problems by field, or the preview
 * with "Save". A preview is only offered while the form still says what was checked.
 */
export function CheckSection({
  programmeId,
  checked,
  invalid,
  saved,
  checkError,
  saveError,
  saveProblems,
  checking,
  saving,
  resultRef,
  onDownload,
  onSave,
}: {
  programmeId: string;
  checked: TChecked | null;
  invalid: boolean;
  saved: string | null;
  checkError: unknown;
  saveError: unknown;
  saveProblems: readonly DefinitionProblem[];
  checking: boolean;
  saving: boolean;
  resultRef: Ref<HTMLDivElement>;
  onDownload: () => void;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  const previewHeadingId = useId();
  const { control } = useFormContext<TBuilderState>();
  const values = useWatch({ control }) as TBuilderState;
  const current = checked ? toDefinitionJson(values) === checked.json : false;
  const requestError = checkError ?? (saveError && saveProblems.length === 0 ? saveError : null);

  return (
    <Card title={t("questionnaireBuilder.checkTitle")} headingLevel={2}>
      <p className="hint">{t("questionnaireBuilder.checkHelp")}</p>
      <div className="form-actions">
        <Button type="submit" busy={checking}>
          {t("questionnaireBuilder.check")}
        </Button>
        <Button variant="secondary" onClick={onDownload} aria-describedby="builder-download-help">
          {t("questionnaireBuilder.download")}
        </Button>
      </div>
      <p className="hint" id="builder-download-help">
        {t("questionnaireBuilder.downloadHelp")}
      </p>
      <div className="builder-result" ref={resultRef} tabIndex={-1}>
        {invalid ? (
          <Alert tone="error">
            <p>{t("questionnaireBuilder.fixFields")}</p>
          </Alert>
        ) : null}
        {saved ? (
          <Alert tone="success">
            <p>{saved}</p>
            <p>
              <Link to={`/programmes/${programmeId}/plan`}>{t("questionnaireBuilder.toPlan")}</Link>
            </p>
          </Alert>
        ) : null}
        {requestError ? (
          <Alert tone="error">
            <p>{t(`errors.${errorKey(requestError)}`)}</p>
          </Alert>
        ) : null}
        {saveProblems.length > 0 ? <DefinitionProblems problems={saveProblems} /> : null}
        {checked && !checked.result.ok && saveProblems.length === 0 ? <DefinitionProblems problems={checked.result.problems} /> : null}
        {checked?.result.ok && !saveError && current ? (
          <>
            <Alert tone="info">
              <p>{t("ownInstruments.valid")}</p>
            </Alert>
            <InstrumentPreview instrument={checked.result.instrument} headingId={previewHeadingId} />
            <Button busy={saving} onClick={onSave}>
              {t("ownInstruments.save")}
            </Button>
          </>
        ) : null}
        {checked?.result.ok && !current ? (
          <Alert tone="info">
            <p>{t("questionnaireBuilder.changedSinceCheck")}</p>
          </Alert>
        ) : null}
      </div>
    </Card>
  );
}
