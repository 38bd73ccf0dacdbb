import type { DefinitionProblem, RouterOutputs } from "@skridt/api";
import { Alert, Button, FormField } from "@skridt/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useId, useRef, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../../errors";
import { useOrganisationId } from "../../../shell/session-context";
import { useTRPC } from "../../../trpc";
import { readAsText } from "../../import/read-file";
import { DefinitionProblems } from "./definition-problems";
import { InstrumentPreview } from "./instrument-preview";

type Checked = RouterOutputs["programmeInstrument"]["validate"];

/** Problems the API sent with `definition_invalid` (a race with another upload, say). */
function problemsOf(error: unknown): DefinitionProblem[] {
  if (!(error instanceof TRPCClientError)) return [];
  const detail = (error.data as { detail?: { problems?: DefinitionProblem[] } } | undefined)?.detail;
  return detail?.problems ?? [];
}

/**
 * An administrator adds the programme's own questionnaire: choose a .json definition file (or
 * paste it), "Tjek" shows every problem by field or a preview, and only then "Gem" stores it.
 */
export function InstrumentUploadForm({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const validate = useMutation(trpc.programmeInstrument.validate.mutationOptions());
  const add = useMutation(trpc.programmeInstrument.add.mutationOptions());
  const [definition, setDefinition] = useState("");
  const [checked, setChecked] = useState<Checked | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [emptyError, setEmptyError] = useState<string | undefined>();
  const [fileInputKey, setFileInputKey] = useState(0);
  const resultRef = useRef<HTMLDivElement>(null);
  const previewHeadingId = useId();
  const focusResult = () => requestAnimationFrame(() => resultRef.current?.focus());

  // Any change makes the last check void: what is saved is always what was checked.
  const change = (text: string) => {
    setDefinition(text);
    setChecked(null);
    setSaved(null);
    validate.reset();
    add.reset();
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) change(await readAsText(file));
  };

  const onCheck = async () => {
    setSaved(null);
    if (definition.trim() === "") {
      setEmptyError(t("ownInstruments.empty"));
      return;
    }
    setEmptyError(undefined);
    try {
      setChecked(await validate.mutateAsync({ organisationId, programmeId, definition }));
    } catch {
      // Shown below from validate.error.
    }
    focusResult();
  };

  const onSave = async () => {
    try {
      const result = await add.mutateAsync({ organisationId, programmeId, definition });
      setSaved(t("ownInstruments.saved", { id: result.instrumentId, version: result.version }));
      setDefinition("");
      setChecked(null);
      setFileInputKey((k) => k + 1);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.programmeInstrument.list.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.programme.plan.pathKey() }),
      ]);
    } catch {
      // Shown below from add.error.
    }
    focusResult();
  };

  const addProblems = problemsOf(add.error);
  const requestError = validate.error ?? (add.error && addProblems.length === 0 ? add.error : null);

  return (
    <form className="form instrument-upload" onSubmit={(event) => event.preventDefault()} noValidate>
      <h3>{t("ownInstruments.addTitle")}</h3>
      <p className="hint">{t("ownInstruments.addHelp")}</p>
      <FormField label={t("ownInstruments.file")} description={t("ownInstruments.fileHelp")}>
        {(field) => <input {...field} key={fileInputKey} type="file" accept=".json,application/json" onChange={(event) => void onFile(event)} />}
      </FormField>
      <FormField label={t("ownInstruments.paste")} description={t("ownInstruments.pasteHelp")} error={emptyError}>
        {(field) => <textarea {...field} rows={8} spellCheck={false} value={definition} onChange={(event) => change(event.target.value)} />}
      </FormField>
      <Button type="button" variant="secondary" busy={validate.isPending} onClick={() => void onCheck()}>
        {t("ownInstruments.check")}
      </Button>

      {saved ? (
        <Alert tone="success" ref={resultRef}>
          <p>{saved}</p>
        </Alert>
      ) : null}
      {requestError ? (
        <Alert tone="error" ref={resultRef}>
          <p>{t(`errors.${errorKey(requestError)}`)}</p>
        </Alert>
      ) : null}
      {addProblems.length > 0 ? <DefinitionProblems problems={addProblems} alertRef={resultRef} /> : null}
      {checked && !checked.ok && addProblems.length === 0 ? <DefinitionProblems problems={checked.problems} alertRef={resultRef} /> : null}
      {checked?.ok && !add.error ? (
        <div className="instrument-upload__preview" ref={resultRef} tabIndex={-1}>
          <Alert tone="info">
            <p>{t("ownInstruments.valid")}</p>
          </Alert>
          <InstrumentPreview instrument={checked.instrument} headingId={previewHeadingId} />
          <Button type="button" busy={add.isPending} onClick={() => void onSave()}>
            {t("ownInstruments.save")}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
