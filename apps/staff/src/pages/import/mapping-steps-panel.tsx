import type { TAnyMappingInput } from "@skridt/api/imports";
import { Alert, FormField, LoadingStatus } from "@skridt/ui";
import { isMappingProblem, problemParams } from "@skridt/validators";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useLang } from "../../i18n/use-lang";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { HISTORY_KINDS, type THistoryKind } from "./build-history-mapping";
import { HistoryMappingBuilder } from "./history-mapping-builder";
import { MappingBuilder } from "./mapping-builder";
import { MappingJson } from "./mapping-json";
import { base64Length, MAX_IMPORT_BASE64, readAsBase64 } from "./read-file";

interface Props {
  programmeId: string;
  dataFile: File | null;
  onMapping: (mapping: TAnyMappingInput | null) => void;
}

/** Reads the chosen data file's columns and texts (import.preview), then offers the mapping steps. */
export function MappingStepsPanel({ programmeId, dataFile, onMapping }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const preview = useMutation(trpc.import.preview.mutationOptions());
  const [mapping, setMapping] = useState<TAnyMappingInput | null>(null);
  // What the file holds: answers (the questionnaire steps) or one of the history kinds.
  const [kind, setKind] = useState<"answers" | THistoryKind>("answers");
  // XLSX: the sheet asked for, for the file it was asked for (another file starts at its first sheet).
  const [sheetChoice, setSheetChoice] = useState<{ file: File; sheet: string } | null>(null);
  const sheet = dataFile && sheetChoice?.file === dataFile ? sheetChoice.sheet : undefined;
  const { mutate, reset } = preview;

  useEffect(() => {
    reset();
    onMapping(null);
    if (!dataFile || !programmeId || base64Length(dataFile.size) > MAX_IMPORT_BASE64) return;
    let current = true;
    void readAsBase64(dataFile).then((fileBase64) => {
      if (current) mutate({ organisationId, programmeId, fileName: dataFile.name, fileBase64, sheet });
    });
    return () => {
      current = false;
    };
  }, [dataFile, programmeId, organisationId, sheet, mutate, reset, onMapping]);

  if (!dataFile) return <p className="hint">{t("import.map.chooseDataFile")}</p>;
  if (base64Length(dataFile.size) > MAX_IMPORT_BASE64) return null;
  if (preview.isPending || preview.isIdle) return <LoadingStatus>{t("import.map.reading")}</LoadingStatus>;
  if (preview.error) {
    return (
      <Alert tone="error">
        <p>{t(`errors.${errorKey(preview.error)}`)}</p>
      </Alert>
    );
  }
  const result = preview.data;
  if (!result.ok) {
    return (
      <Alert tone="error">
        {result.problems.map((p, i) => (
          <p key={i}>{isMappingProblem(p) ? null : t(`import.problem.${p.code}`, problemParams(p, lang))}</p>
        ))}
      </Alert>
    );
  }
  return (
    <>
      {result.sheets && result.sheets.length > 1 ? (
        <FormField label={t("import.map.sheet")}>
          {(field) => (
            <select {...field} value={result.sheet ?? ""} onChange={(e) => setSheetChoice({ file: dataFile, sheet: e.target.value })}>
              {result.sheets!.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      <p className="hint">{t("import.map.readColumns", { count: result.columns.length, rows: result.rows })}</p>
      <fieldset className="choice-group">
        <legend>{t("import.map.kindLegend")}</legend>
        {(["answers", ...HISTORY_KINDS] as const).map((k) => (
          <label key={k} className="ui-choice">
            <input type="radio" name="import-kind" checked={kind === k} onChange={() => setKind(k)} />
            {t(`import.map.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      {/* Keyed by file, sheet and kind: another file, sheet or kind starts the choices over. */}
      {kind === "answers" ? (
        <MappingBuilder
          key={`${dataFile.name}-${dataFile.lastModified}-${result.sheet ?? ""}`}
          columns={result.columns}
          instruments={result.instruments}
          sheet={result.sheet}
          onChange={(m) => {
            setMapping(m);
            onMapping(m);
          }}
        />
      ) : (
        <HistoryMappingBuilder
          key={`${dataFile.name}-${dataFile.lastModified}-${result.sheet ?? ""}-${kind}`}
          kind={kind}
          columns={result.columns}
          sheet={result.sheet}
          onChange={(m) => {
            setMapping(m);
            onMapping(m);
          }}
        />
      )}
      <MappingJson
        mapping={mapping}
        dataFileName={dataFile.name}
        incompleteText={t(kind === "answers" ? "import.map.incomplete" : "import.map.history.incomplete")}
      />
    </>
  );
}
