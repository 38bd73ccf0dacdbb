import { Button, FormField, QueryState, useDocumentTitle } from "@skridt/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useLang } from "../../i18n/use-lang";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { downloadBase64 } from "../evaluation/download-base64";
import { ProgrammeSelect, useProgrammeChoice } from "../external/programme-select";
import { ReportView } from "./report-view";
import "./report.css";

type TPeriod = { enrolledFrom?: string; enrolledTo?: string };

/** "Evalueringsrapport": a programme and period's report, previewed, downloaded as Word, printed as PDF. */
export function ReportPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const lang = useLang();
  const organisationId = useOrganisationId();
  const programmes = useQuery(trpc.programme.list.queryOptions({ organisationId }));
  const [programmeId, setProgrammeId] = useProgrammeChoice(programmes.data);
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [period, setPeriod] = useState<TPeriod>({});
  const input = { organisationId, programmeId, filter: period, lang };
  const report = useQuery({ ...trpc.report.generate.queryOptions(input), enabled: programmeId !== "" });
  const docx = useMutation(trpc.report.docx.mutationOptions());
  useDocumentTitle(t("evaluationReport.title"));
  const errorText = (e: unknown) => t(`errors.${errorKey(e)}`);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setPeriod({ ...(from ? { enrolledFrom: from } : {}), ...(to ? { enrolledTo: to } : {}) });
  };
  const download = async () => {
    const file = await docx.mutateAsync(input);
    downloadBase64(file.base64, file.filename, file.mimeType);
  };

  return (
    <>
      <div className="no-print">
        <h1>{t("evaluationReport.title")}</h1>
        <p className="report-intro">{t("evaluationReport.intro")}</p>
        <form className="panel form report-controls" onSubmit={apply} aria-label={t("evaluationReport.choose")}>
          <QueryState query={programmes} loadingText={t("common.loading")} errorText={errorText}>
            {(list) => <ProgrammeSelect label={t("evaluationReport.programme")} programmes={list} value={programmeId} onChange={setProgrammeId} />}
          </QueryState>
          <div className="report-controls__period">
            <FormField label={t("evaluationReport.from")} description={t("evaluationReport.periodHint")}>
              {(field) => <input {...field} type="month" value={from} onChange={(e) => setFrom(e.target.value)} />}
            </FormField>
            <FormField label={t("evaluationReport.to")}>
              {(field) => <input {...field} type="month" value={to} onChange={(e) => setTo(e.target.value)} />}
            </FormField>
          </div>
          <Button type="submit" variant="secondary">
            {t("evaluationReport.show")}
          </Button>
        </form>
        <div className="report-actions" role="group" aria-label={t("evaluationReport.actions")}>
          <Button onClick={() => void download()} busy={docx.isPending} disabled={!report.data}>
            {docx.isPending ? t("evaluationReport.downloading") : t("evaluationReport.download")}
          </Button>
          <Button variant="secondary" onClick={() => window.print()} disabled={!report.data}>
            {t("evaluationReport.print")}
          </Button>
        </div>
        {docx.isError ? (
          <p role="alert" className="form-error">
            {errorText(docx.error)}
          </p>
        ) : null}
      </div>
      <QueryState query={{ ...report, isPending: report.isPending && programmeId !== "" }} loadingText={t("common.loading")} errorText={errorText}>
        {(data) => <ReportView report={data} />}
      </QueryState>
    </>
  );
}
