import type { RouterOutputs } from "@skridt/api";
import { QueryState, useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { errorKey } from "../../errors";
import { formatDay } from "../../lib/format";
import { useTRPC } from "../../trpc";
import { statusLabel } from "../participant/labels";
import { useLang } from "../../i18n/use-lang";
import { ModelTable } from "./model-table";
import { EvaluationFigure } from "./evaluation-figure";
import { groupLabel, occasionLabel } from "./labels";
import { LazySimpleBarChart } from "./lazy-charts";
import { hiddenSharePercent, simpleBarChartHeight, type BarRow } from "./chart-rows";
import { useShareDigits } from "./share-digits";
import { drawable, formatCount, formatShare, isMasked, type MaybeMasked } from "./masked";
import { StatusDateForm } from "./status-date-form";
import { CareCountsSection } from "./care-counts-section";
import { ResponseChannelsSection } from "./response-channels-section";
import { SuppressionNote } from "./suppression-note";
import type { TableModel } from "./table-model";
import { useEvaluationInput } from "./use-evaluation-input";
import { statusOnFromSearch, withViewParam } from "./view-params";

type Overview = RouterOutputs["evaluation"]["overview"];

/** Enrolled, active and ended; response rates per occasion; status at the end (or on a chosen day) and the target figures. */
export function OverviewPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const input = useEvaluationInput();
  const [search, setSearch] = useSearchParams();
  const statusOn = statusOnFromSearch(search);
  const overview = useQuery(trpc.evaluation.overview.queryOptions(statusOn ? { ...input, statusOn } : input));
  useDocumentTitle(t("evaluation.sections.overview"));

  return (
    <section aria-labelledby="evaluation-overview">
      <h2 id="evaluation-overview">{t("evaluation.sections.overview")}</h2>
      <QueryState query={overview} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => (
          <OverviewBody
            data={data}
            // Keyed on the day, so the field follows the URL when the browser goes back.
            statusForm={<StatusDateForm key={statusOn ?? "end"} statusOn={statusOn} onChange={(day) => setSearch(withViewParam(search, "status", day))} />}
          />
        )}
      </QueryState>
    </section>
  );
}

/** The outcome texts for status at the end, or on the chosen day ("…OnDay" keys, with the date). */
function useOutcomeWording(statusOn: string | null) {
  const { t } = useTranslation();
  const lang = useLang();
  const date = statusOn ? formatDay(statusOn, lang) : "";
  return (key: "statusTitle" | "statusHelp" | "groupCaption" | "groupSummary" | "statusCaption" | "targetsWhen", values: Record<string, string> = {}) =>
    t(`evaluation.overview.${key}${statusOn ? "OnDay" : ""}`, { ...values, date });
}

function OverviewBody({ data, statusForm }: { data: Overview; statusForm: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const digits = useShareDigits();
  const outcome = useOutcomeWording(data.statusOn);
  const counts = [data.counts.enrolled, data.counts.active, data.counts.ended];

  const rates: TableModel = {
    caption: t("evaluation.overview.ratesCaption"),
    columns: [
      t("evaluation.occasionColumn"),
      t("evaluation.overview.basis"),
      t("evaluation.overview.eligible"),
      t("evaluation.overview.completed"),
      t("evaluation.overview.incomplete"),
      t("evaluation.overview.noResponse"),
      t("evaluation.overview.rate"),
    ],
    rows: data.responseRates.map((r) => ({
      key: r.occasion,
      header: occasionLabel(t, r.occasion),
      cells: [
        t(r.basis === "enrolled" ? "evaluation.overview.basisEnrolled" : "evaluation.overview.basisReached"),
        formatCount(r.eligible, lang),
        formatCount(r.completed, lang),
        formatCount(r.incomplete, lang),
        formatCount(r.noResponse, lang),
        formatShare(r.rate, lang, digits),
      ],
    })),
  };
  // The count beside every share (the seed's tables), and a hidden one drawn hatched, never as 0 %.
  const rateBars: BarRow[] = data.responseRates.map((r) => ({
    key: r.occasion,
    label: occasionLabel(t, r.occasion),
    ...shareBar(r.rate, r.eligible),
    text: isMasked(r.rate)
      ? `${r.rate} · ${t("evaluation.overview.hiddenBar")}`
      : `${formatShare(r.rate, lang, digits)} (${formatCount(r.completed, lang)} / ${formatCount(r.eligible, lang)})`,
  }));

  const statuses: TableModel = {
    caption: outcome("statusCaption", { n: formatCount(data.outcomes.n, lang) }),
    columns: [t("evaluation.overview.status"), t("evaluation.overview.group"), t("evaluation.count"), t("evaluation.share")],
    rows: data.outcomes.statuses.map((s) => ({
      key: s.status,
      header: s.status === "unknown" ? t("status.none") : statusLabel(s.status, lang),
      cells: [groupLabel(t, s.group), formatCount(s.count, lang), formatShare(s.share, lang, digits)],
    })),
  };
  const groups: TableModel = {
    caption: outcome("groupCaption", { n: formatCount(data.outcomes.n, lang) }),
    columns: [t("evaluation.overview.group"), t("evaluation.count"), t("evaluation.share")],
    rows: data.outcomes.groups
      .filter((g) => g.count !== 0)
      .map((g) => ({ key: g.group, header: groupLabel(t, g.group), cells: [formatCount(g.count, lang), formatShare(g.share, lang, digits)] })),
  };
  const groupBars: BarRow[] = data.outcomes.groups
    .filter((g) => g.count !== 0)
    .map((g) => ({
      key: g.group,
      label: groupLabel(t, g.group),
      ...shareBar(g.share, data.outcomes.n),
      text: isMasked(g.share) ? `${g.share} · ${t("evaluation.overview.hiddenBar")}` : `${formatShare(g.share, lang, digits)} (${formatCount(g.count, lang)})`,
    }));
  const basis =
    data.outcomeBasis === "ended"
      ? t("evaluation.overview.outcomeBasisEnded", { n: formatCount(data.outcomes.n, lang) })
      : t("evaluation.overview.outcomeBasisOnDay", { n: formatCount(data.outcomes.n, lang), date: data.statusOn ? formatDay(data.statusOn, lang) : "" });
  const a = data.activity;

  const e = data.outcomes.employment;
  return (
    <>
      <dl className="facts">
        {(["enrolled", "active", "ended"] as const).map((key, index) => (
          <div key={key}>
            <dt>{t(`evaluation.overview.${key}`)}</dt>
            <dd>{formatCount(counts[index], lang)}</dd>
          </div>
        ))}
      </dl>
      {counts.some((c) => isMasked(c)) ? <SuppressionNote /> : null}

      <h3>{t("evaluation.overview.ratesTitle")}</h3>
      <p className="hint">{t("evaluation.overview.ratesHelp")}</p>
      <EvaluationFigure
        caption={rates.caption}
        summary={t("evaluation.overview.ratesSummary", {
          list: data.responseRates
            .map(
              (r) =>
                `${occasionLabel(t, r.occasion)}: ${formatShare(r.rate, lang, digits)} (${formatCount(r.completed, lang)} / ${formatCount(r.eligible, lang)})`,
            )
            .join("; "),
        })}
        chart={<LazySimpleBarChart rows={rateBars} unit=" %" max={100} />}
        chartHeight={simpleBarChartHeight(rateBars)}
        table={rates}
      />
      <ResponseChannelsSection />

      {statusForm}

      <h3>{t("evaluation.overview.targetsTitle")}</h3>
      <p className="hint">
        {outcome("targetsWhen")} {basis}
      </p>
      <TargetList data={data} />

      <h3>{outcome("statusTitle")}</h3>
      <p className="hint">
        {outcome("statusHelp")} {basis}
      </p>
      <EvaluationFigure
        caption={groups.caption}
        summary={outcome("groupSummary", { list: groups.rows.map((r) => `${r.header}: ${r.cells[1]}`).join("; ") })}
        chart={<LazySimpleBarChart rows={groupBars} unit=" %" max={100} />}
        chartHeight={simpleBarChartHeight(groupBars)}
        table={groups}
      />
      <ModelTable model={statuses} captionVisible />

      <h3>{t("evaluation.overview.employmentTitle")}</h3>
      <dl className="facts">
        <div>
          <dt>{t("evaluation.overview.relations")}</dt>
          <dd>{formatCount(e.relations, lang)}</dd>
        </div>
        <div>
          <dt>{t("evaluation.overview.lastingRelations", { months: e.minMonths })}</dt>
          <dd>{formatCount(e.lastingRelations, lang)}</dd>
        </div>
        <div>
          <dt>{t("evaluation.overview.participantsLasting", { months: e.minMonths })}</dt>
          <dd>
            {formatCount(e.participantsWithLastingRelation, lang)} <span className="facts__sub">({formatShare(e.lastingShare, lang, digits)})</span>
          </dd>
        </div>
      </dl>

      <h3>{t("evaluation.overview.activityTitle")}</h3>
      <p className="hint">{t("evaluation.overview.activityHelp", { n: formatCount(data.counts.enrolled, lang) })}</p>
      <dl className="facts">
        <div>
          <dt>{t("evaluation.overview.relations")}</dt>
          <dd>{formatCount(a.relations, lang)}</dd>
        </div>
        <div>
          <dt>{t("evaluation.overview.lastingRelations", { months: a.minMonths })}</dt>
          <dd>{formatCount(a.lastingRelations, lang)}</dd>
        </div>
        <div>
          <dt>{t("evaluation.overview.internships")}</dt>
          <dd>{formatCount(a.internships, lang)}</dd>
        </div>
        <div>
          <dt>{t("evaluation.overview.lastingInternships", { months: a.minMonths })}</dt>
          <dd>{formatCount(a.lastingInternships, lang)}</dd>
        </div>
      </dl>

      <CareCountsSection />
    </>
  );
}

/** Each target figure (måltal) in a sentence: how many reached it, against the goal. */
function TargetList({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const lang = useLang();
  const digits = useShareDigits();
  if (data.targets.length === 0) return <p>{t("evaluation.overview.noTargets")}</p>;
  return (
    <ul className="target-list">
      {data.targets.map((target) => {
        const result = data.outcomes.targets.find((r) => r.id === target.id);
        const reached = result?.reached;
        return (
          <li key={target.id} className="target-list__item">
            <p className="target-list__label">{target.label[lang]}</p>
            <p>
              {t("evaluation.overview.targetLine", {
                met: formatCount(result?.met, lang),
                n: formatCount(data.outcomes.n, lang),
                share: formatShare(result?.share, lang, digits),
                goal: formatShare(target.goalShare, lang, digits),
              })}{" "}
              <strong>
                {reached === true
                  ? t("evaluation.overview.targetReached")
                  : reached === false
                    ? t("evaluation.overview.targetNotReached")
                    : t("evaluation.overview.targetUnknown")}
              </strong>
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** A share's bar: its length in percent, or, when hidden, a hatched bar to the most it could be (4 of n). */
function shareBar(share: MaybeMasked, n: MaybeMasked): { value: number; hidden?: boolean } {
  if (isMasked(share)) return { value: hiddenSharePercent(n), hidden: true };
  return { value: (drawable(share) ?? 0) * 100 };
}
