import { isMappingProblem, problemParams, type ImportProblem } from "@skridt/validators";
import { Alert, Button, DataTable, FormField, QueryState, useDocumentTitle, type DataTableColumn } from "@skridt/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import type { TAnyMappingInput } from "@skridt/api/imports";
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import "./import.css";
import { base64Length, MAX_IMPORT_BASE64, readAsBase64, readAsText } from "./read-file";
import { MappingStepsPanel } from "./mapping-steps-panel";
import { useLang } from "../../i18n/use-lang";

type Outcome =
  | { ok: false; rows: number; problemCount: number; problems: ImportProblem[] }
  | {
      ok: true;
      dryRun: boolean;
      kind: string;
      rows: number;
      newParticipants: number;
      counts: {
        assessments: number;
        participantsCreated: number;
        incomplete: number;
        statusEvents: number;
        participantsEnded: number;
        contacts: number;
        companyContacts: number;
        contactsCounted: number;
        companiesCreated: number;
        volunteersCreated: number;
      } | null;
    };

/**
 * An administrator's import of existing answers (SurveyXact, Excel): choose the programme,
 * the data file and its mapping file; "Kontrollér" reports every row's problems without
 * writing anything; "Importér" writes, and only when no row has a problem.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const programmes = useQuery(trpc.programme.list.queryOptions({ organisationId }));
  const run = useMutation(trpc.import.answers.mutationOptions());
  type Mapping = Parameters<typeof run.mutateAsync>[0]["mapping"];
  const [programmeId, setProgrammeId] = useState("");
  const [dataFile, setDataFile] = useState<File | null>(null);
  const [mappingFile, setMappingFile] = useState<File | null>(null);
  // The mapping comes from a file, or is built by choosing (the same object either way).
  const [mappingMode, setMappingMode] = useState<"file" | "steps">("file");
  const [builtMapping, setBuiltMapping] = useState<TAnyMappingInput | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [working, setWorking] = useState<"check" | "import" | null>(null);
  const [fileInputKey, setFileInputKey] = useState(0);
  useDocumentTitle(t("import.title"));

  const firstProgramme = programmes.data?.[0]?.id;
  useEffect(() => {
    if (!programmeId && firstProgramme) setProgrammeId(firstProgramme);
  }, [programmeId, firstProgramme]);

  // A new choice makes the last check void.
  const changed = () => {
    setOutcome(null);
    setProblem(null);
  };
  const onFile = (set: (file: File | null) => void) => (event: ChangeEvent<HTMLInputElement>) => {
    set(event.target.files?.[0] ?? null);
    changed();
  };

  // Only a different mapping voids the last check (the steps remount after an import and say "none").
  const builtRef = useRef<TAnyMappingInput | null>(null);
  const onBuiltMapping = useCallback((mapping: TAnyMappingInput | null) => {
    if (builtRef.current === mapping) return;
    builtRef.current = mapping;
    setBuiltMapping(mapping);
    setOutcome(null);
    setProblem(null);
  }, []);

  const submit = async (dryRun: boolean) => {
    setProblem(null);
    setOutcome(null);
    if (mappingMode === "steps" && (!dataFile || !builtMapping)) return setProblem(t("import.map.chooseFirst"));
    if (!dataFile || (mappingMode === "file" && !mappingFile)) return setProblem(t("import.chooseFiles"));
    if (base64Length(dataFile.size) > MAX_IMPORT_BASE64) return setProblem(t("import.tooLarge", { name: dataFile.name }));
    setWorking(dryRun ? "check" : "import");
    try {
      let mapping: Mapping;
      try {
        mapping = mappingMode === "steps" ? (builtMapping as Mapping) : (JSON.parse(await readAsText(mappingFile!)) as Mapping);
      } catch (error) {
        return setProblem(t("import.badMapping", { message: error instanceof Error ? error.message : "" }));
      }
      const fileBase64 = await readAsBase64(dataFile);
      const result = await run.mutateAsync({ organisationId, programmeId, mapping, fileName: dataFile.name, fileBase64, dryRun });
      setOutcome(result);
      // After an import, the same files are not offered again.
      if (result.ok && !result.dryRun) {
        setDataFile(null);
        setMappingFile(null);
        builtRef.current = null;
        setBuiltMapping(null);
        setFileInputKey((k) => k + 1);
      }
    } catch (error) {
      setProblem(describeError(error, t));
    } finally {
      setWorking(null);
    }
  };

  const checkedFine = outcome?.ok === true && outcome.dryRun;

  return (
    <>
      <h1>{t("import.title")}</h1>
      <p>{t("import.intro")}</p>
      <Alert tone="info">
        <p>{t("import.allOrNothing")}</p>
        <p>{t("import.largeFiles")}</p>
      </Alert>
      <p>{t("import.kinds")}</p>
      <QueryState
        query={programmes}
        loadingText={t("common.loading")}
        errorText={(e) => t(`errors.${errorKey(e)}`)}
        isEmpty={(data) => data.length === 0}
        empty={t("import.noProgrammes")}
      >
        {(data) => (
          <form className="form import-form" noValidate onSubmit={(e) => e.preventDefault()}>
            <FormField label={t("import.programme")}>
              {(field) => (
                <select
                  {...field}
                  value={programmeId}
                  onChange={(e) => {
                    setProgrammeId(e.target.value);
                    changed();
                  }}
                >
                  {data.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label={t("import.dataFile")} description={t("import.dataFileHelp")}>
              {(field) => (
                <input
                  {...field}
                  key={`data-${fileInputKey}`}
                  type="file"
                  accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  onChange={onFile(setDataFile)}
                />
              )}
            </FormField>
            <fieldset className="choice-group">
              <legend>{t("import.map.modeLegend")}</legend>
              <label className="ui-choice">
                <input type="radio" name="mapping-mode" checked={mappingMode === "file"} onChange={() => (setMappingMode("file"), changed())} />
                {t("import.map.modeFile")}
              </label>
              <label className="ui-choice">
                <input type="radio" name="mapping-mode" checked={mappingMode === "steps"} onChange={() => (setMappingMode("steps"), changed())} />
                {t("import.map.modeSteps")}
              </label>
            </fieldset>
            {mappingMode === "file" ? (
              <FormField label={t("import.mappingFile")} description={t("import.mappingFileHelp")}>
                {(field) => <input {...field} key={`mapping-${fileInputKey}`} type="file" accept=".json,application/json" onChange={onFile(setMappingFile)} />}
              </FormField>
            ) : (
              <MappingStepsPanel key={`steps-${fileInputKey}`} programmeId={programmeId} dataFile={dataFile} onMapping={onBuiltMapping} />
            )}
            <div className="form-actions">
              <Button
                variant={checkedFine ? "secondary" : "primary"}
                busy={working === "check"}
                disabled={working === "import"}
                onClick={() => void submit(true)}
              >
                {t("import.check")}
              </Button>
              {checkedFine ? (
                <Button busy={working === "import"} onClick={() => void submit(false)}>
                  {t("import.run")}
                </Button>
              ) : null}
            </div>
          </form>
        )}
      </QueryState>

      {working ? (
        <div className="import-working" role="status">
          <span className="import-spinner" aria-hidden="true" />
          <span>{t(working === "check" ? "import.checking" : "import.importing")}</span>
        </div>
      ) : null}
      {problem ? (
        <Alert tone="error">
          <p>{problem}</p>
        </Alert>
      ) : null}
      {outcome ? <OutcomeReport outcome={outcome} /> : null}
    </>
  );
}

function describeError(error: unknown, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (error instanceof TRPCClientError && error.message === "mapping_scope_mismatch") return t("import.scopeMismatch");
  const key = errorKey(error);
  if (key === "invalid_input") return t("import.invalidMapping");
  return t(`errors.${key}`);
}

type Counts = NonNullable<Extract<Outcome, { ok: true }>["counts"]>;

/** What an import wrote, in the words of its kind. */
function DoneDetail({ kind, counts: c }: { kind: string; counts: Counts }) {
  const { t } = useTranslation();
  const lines =
    kind === "enrolment"
      ? [t("import.doneHistory.enrolment", { participants: c.participantsCreated })]
      : kind === "statuses"
        ? [t("import.doneHistory.statuses", { statusEvents: c.statusEvents, ended: c.participantsEnded })]
        : kind === "contacts"
          ? [t("import.doneHistory.contacts", { contacts: c.contactsCounted, rows: c.contacts + c.companyContacts, companyRows: c.companyContacts })]
          : [
              t("import.doneDetail", { assessments: c.assessments, participants: c.participantsCreated }),
              ...(c.incomplete > 0 ? [t("import.doneHistory.incomplete", { count: c.incomplete })] : []),
            ];
  if (c.companiesCreated + c.volunteersCreated > 0)
    lines.push(t("import.doneHistory.respondents", { companies: c.companiesCreated, volunteers: c.volunteersCreated }));
  return (
    <>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </>
  );
}

function OutcomeReport({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (outcome.ok && outcome.dryRun) {
    return (
      <Alert tone="success">
        <p>{t("import.allFine", { count: outcome.rows })}</p>
        {outcome.newParticipants > 0 ? <p>{t("import.newParticipants", { count: outcome.newParticipants })}</p> : null}
        <p>{t("import.readyToImport")}</p>
      </Alert>
    );
  }
  if (outcome.ok) {
    return (
      <Alert tone="success">
        <p>{t("import.done", { count: outcome.rows })}</p>
        {outcome.counts ? <DoneDetail kind={outcome.kind} counts={outcome.counts} /> : null}
      </Alert>
    );
  }
  const columns: DataTableColumn<ImportProblem>[] = [
    // Row numbers as in the spreadsheet; 0 is the whole file or the mapping file, said in words.
    { key: "row", header: t("import.row"), align: "end", cell: (p) => (p.row > 0 ? p.row : t(isMappingProblem(p) ? "import.rowMapping" : "import.rowWhole")) },
    { key: "column", header: t("import.column"), cell: (p) => p.column ?? t("common.dash") },
    { key: "message", header: t("import.message"), cell: (p) => t(`import.problem.${p.code}`, problemParams(p, lang)) },
  ];
  return (
    <section aria-labelledby="import-problems-title">
      <Alert tone="error">
        <h2 id="import-problems-title">{t("import.problemsTitle")}</h2>
        <p>
          {t("import.problemsSummary", { count: outcome.problemCount })}{" "}
          {outcome.problems.length < outcome.problemCount ? t("import.problemsShown", { shown: outcome.problems.length }) : null}
        </p>
      </Alert>
      <p className="hint">{t("import.rowNote")}</p>
      <DataTable caption={t("import.problemsCaption")} columns={columns} rows={outcome.problems} rowKey={(p, i) => `${p.row}-${p.column ?? ""}-${i}`} />
    </section>
  );
}
