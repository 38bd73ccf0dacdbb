import { Alert, Button, QueryState, useDocumentTitle } from "@skridt/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useTRPC } from "../../trpc";
import { downloadBase64 } from "./download-base64";
import { ResearchAccessNote } from "./research-access-note";
import { useFilterSummary } from "./filter-summary";
import { useEvaluationInput } from "./use-evaluation-input";

const SHAPES = ["wide", "long", "codebook", "aggregates", "r-script"] as const;
type Shape = (typeof SHAPES)[number];
/** One row per participant (or answer): only where an administrator granted it (issue 11). */
const ROW_LEVEL: ReadonlySet<Shape> = new Set(["wide", "long"]);
type Format = "csv" | "xlsx";

/**
 * The evaluator's downloads. The server builds the file (pseudonymous codes, never names,
 * protected aggregates) and audits it; here it becomes a file on disk. The aggregate files
 * are for everyone; the row-level tables are offered only where an administrator granted
 * them, and the page says why not and whom to ask otherwise.
 */
export function ExportPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const id = useId();
  const input = useEvaluationInput();
  const overview = useQuery(trpc.evaluation.overview.queryOptions(input));
  const summary = useFilterSummary(input.filter, overview.data?.organisations ?? []);
  // The participation choice applies to the files too (all rows and figures are of those participants).
  const participation = input.filter.participation;
  const onlyThese = participation && participation !== "all" ? t(`evaluation.participation.${participation}`).toLowerCase() : null;
  const filterText = !onlyThese ? summary : summary === t("evaluation.filter.everyone") ? onlyThese : `${summary} · ${onlyThese}`;
  const access = useQuery(trpc.export.access.queryOptions({ organisationId: input.organisationId, programmeId: input.programmeId }));
  const mayRows = (access.data?.granted.length ?? 0) > 0;
  const shapes = SHAPES.filter((s) => mayRows || !ROW_LEVEL.has(s));
  const [chosen, setShape] = useState<Shape | null>(null);
  // Until chosen: the wide table where granted, else the aggregate figures.
  const shape: Shape = chosen && shapes.includes(chosen) ? chosen : mayRows ? "wide" : "aggregates";
  const [format, setFormat] = useState<Format>("csv");
  const [saved, setSaved] = useState<string | null>(null);
  const create = useMutation(trpc.export.create.mutationOptions());
  useDocumentTitle(t("evaluation.sections.export"));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const file = await create.mutateAsync({ ...input, shape, format: shape === "r-script" ? "csv" : format }).catch(() => null);
    if (!file) return;
    downloadBase64(file.base64, file.filename, file.mimeType);
    setSaved(file.filename);
  };

  return (
    <section aria-labelledby="evaluation-export">
      <h2 id="evaluation-export">{t("evaluation.sections.export")}</h2>
      <p>{t("evaluation.export.intro")}</p>
      <p className="notice">{t("evaluation.export.privacy")}</p>
      <p>
        <strong>{t("evaluation.export.filterApplies")}</strong> {filterText}
      </p>
      <QueryState query={access} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => <ResearchAccessNote access={data} />}
      </QueryState>
      <form onSubmit={(event) => void onSubmit(event)} className="export-form">
        <fieldset>
          <legend>{t("evaluation.export.shapeLegend")}</legend>
          {shapes.map((s) => (
            <div key={s} className="export-choice">
              <label className="ui-choice">
                <input type="radio" name={`${id}-shape`} value={s} checked={shape === s} onChange={() => setShape(s)} aria-describedby={`${id}-${s}-help`} />
                {t(`evaluation.export.shape_${s}`)}
              </label>
              <p id={`${id}-${s}-help`} className="hint export-choice__help">
                {t(`evaluation.export.shapeHelp_${s}`)}
              </p>
            </div>
          ))}
        </fieldset>
        <fieldset disabled={shape === "r-script"}>
          <legend>{t("evaluation.export.formatLegend")}</legend>
          {(["csv", "xlsx"] as const).map((f) => (
            <label key={f} className="ui-choice">
              <input type="radio" name={`${id}-format`} value={f} checked={format === f} onChange={() => setFormat(f)} />
              {t(`evaluation.export.format_${f}`)}
            </label>
          ))}
          {shape === "r-script" ? <p className="hint">{t("evaluation.export.rScriptFormat")}</p> : null}
        </fieldset>
        <Button type="submit" busy={create.isPending}>
          {create.isPending ? t("evaluation.export.working") : t("evaluation.export.download")}
        </Button>
      </form>
      <div role="status" className="export-status">
        {saved ? <p>{t("evaluation.export.saved", { filename: saved })}</p> : null}
      </div>
      {create.error ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(create.error)}`)}</p>
        </Alert>
      ) : null}
    </section>
  );
}
