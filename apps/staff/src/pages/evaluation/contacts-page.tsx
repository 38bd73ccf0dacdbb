import type { RouterOutputs } from "@skridt/api";
import { QueryState, useDocumentTitle } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useTRPC } from "../../trpc";
import { contactKindLabel } from "../participant/labels";
import { useLang } from "../../i18n/use-lang";
import { EvaluationFigure } from "./evaluation-figure";
import { LazySimpleBarChart } from "./lazy-charts";
import { simpleBarChartHeight } from "./chart-rows";
import { drawable, formatCount, formatDecimal } from "./masked";
import { ModelTable } from "./model-table";
import type { TableModel } from "./table-model";
import { useEvaluationInput } from "./use-evaluation-input";

type ContactsData = RouterOutputs["evaluation"]["contacts"];
type Contacts = ContactsData["contacts"];

/** Contact volume: totals, and per participant by kind (mean and median over everyone, zeros included). */
export function ContactsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const input = useEvaluationInput();
  const result = useQuery(trpc.evaluation.contacts.queryOptions(input));
  useDocumentTitle(t("evaluation.sections.contacts"));
  return (
    <section aria-labelledby="evaluation-contacts">
      <h2 id="evaluation-contacts">{t("evaluation.sections.contacts")}</h2>
      <QueryState query={result} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => (
          <>
            <ContactsBody contacts={data.contacts} />
            <ChannelTable data={data} />
          </>
        )}
      </QueryState>
    </section>
  );
}

function ContactsBody({ contacts }: { contacts: Contacts }) {
  const { t } = useTranslation();
  const lang = useLang();
  const table: TableModel = {
    caption: t("evaluation.contacts.caption"),
    columns: [
      t("contacts.kind"),
      t("evaluation.contacts.total"),
      t("evaluation.contacts.mean"),
      t("evaluation.contacts.median"),
      t("evaluation.contacts.people"),
    ],
    rows: [
      ...contacts.byKind.map((k) => ({
        key: k.kind,
        header: contactKindLabel(k.kind, lang),
        cells: [
          formatCount(k.total, lang),
          formatDecimal(k.meanPerParticipant, lang),
          formatDecimal(k.medianPerParticipant, lang),
          formatCount(k.participantsWithAny, lang),
        ],
      })),
      {
        key: "all",
        header: t("evaluation.contacts.all"),
        cells: [
          formatCount(contacts.total, lang),
          formatDecimal(contacts.meanPerParticipant, lang),
          formatDecimal(contacts.medianPerParticipant, lang),
          formatCount(contacts.participantsWithAny, lang),
        ],
      },
    ],
  };
  const bars = contacts.byKind.map((k) => ({
    key: k.kind,
    label: contactKindLabel(k.kind, lang),
    value: drawable(k.meanPerParticipant) ?? 0,
    text: formatDecimal(k.meanPerParticipant, lang),
  }));
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t("evaluation.contacts.total")}</dt>
          <dd>{formatCount(contacts.total, lang)}</dd>
        </div>
        <div>
          <dt>{t("evaluation.contacts.mean")}</dt>
          <dd>{formatDecimal(contacts.meanPerParticipant, lang)}</dd>
        </div>
        <div>
          <dt>{t("evaluation.contacts.median")}</dt>
          <dd>{formatDecimal(contacts.medianPerParticipant, lang)}</dd>
        </div>
        <div>
          <dt>{t("contacts.minutesTotal")}</dt>
          <dd>{formatCount(contacts.minutes, lang)}</dd>
        </div>
      </dl>
      <EvaluationFigure
        caption={t("evaluation.contacts.chartCaption")}
        note={t("evaluation.contacts.help")}
        summary={t("evaluation.contacts.summary", { list: bars.map((b) => `${b.label}: ${b.text}`).join("; ") })}
        chart={<LazySimpleBarChart rows={bars} />}
        chartHeight={simpleBarChartHeight(bars)}
        table={table}
      />
    </>
  );
}

/** Contacts per channel as the seed's reports group them, and company contacts that belong to no one participant. */
function ChannelTable({ data }: { data: ContactsData }) {
  const { t } = useTranslation();
  const lang = useLang();
  const channels: TableModel = {
    caption: t("evaluation.contacts.channelCaption"),
    columns: [t("evaluation.contacts.channel"), t("evaluation.contacts.total"), t("evaluation.contacts.mean"), t("evaluation.contacts.people")],
    rows: data.byChannel.map((c) => ({
      key: c.channel,
      header: t(`evaluation.contacts.channel_${c.channel}`),
      cells: [formatCount(c.total, lang), formatDecimal(c.meanPerParticipant, lang), formatCount(c.participantsWithAny, lang)],
    })),
  };
  const company: TableModel | null = data.companyContacts
    ? {
        caption: t("evaluation.contacts.companyCaption"),
        columns: [t("contacts.kind"), t("evaluation.contacts.total")],
        rows: data.companyContacts.map((k) => ({ key: k.kind, header: contactKindLabel(k.kind, lang), cells: [formatCount(k.total, lang)] })),
      }
    : null;
  return (
    <>
      <h3>{t("evaluation.contacts.channelTitle")}</h3>
      <p className="hint">{t("evaluation.contacts.channelHelp")}</p>
      <ModelTable model={channels} captionVisible />
      <h3>{t("evaluation.contacts.companyTitle")}</h3>
      <p className="hint">{t("evaluation.contacts.companyHelp")}</p>
      {company ? company.rows.length > 0 ? <ModelTable model={company} captionVisible /> : <p>–</p> : <p>{t("evaluation.contacts.companyFiltered")}</p>}
    </>
  );
}
