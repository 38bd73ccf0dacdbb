import type { RouterOutputs } from "@skridt/api";
import { DataTable, type DataTableColumn } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDay } from "../../lib/format";
import { useLang } from "../../i18n/use-lang";
import { endReasonLabel } from "../participant/end-reason";
import { ConsentFlag, useConsentFlags } from "./consent-flag";
import { QuestionnaireBadges } from "./questionnaire-badge";

export type ParticipantRow = RouterOutputs["participant"]["list"][number];

/** Rows an administrator has ticked for a closing day; only active rows can be ticked. */
export interface RowSelection {
  selected: ReadonlySet<string>;
  toggle: (id: string) => void;
}

export function ParticipantsTable({ rows, selection }: { rows: readonly ParticipantRow[]; selection?: RowSelection }) {
  const { t } = useTranslation();
  const lang = useLang();
  const consentFlags = useConsentFlags();
  const columns: DataTableColumn<ParticipantRow>[] = [
    ...(selection
      ? [
          {
            key: "select",
            header: <span className="ui-visually-hidden">{t("participants.select")}</span>,
            cell: (row: ParticipantRow) =>
              row.endedOn ? null : (
                // The label is the 44 px touch target; its words are for screen readers.
                <label className="ui-choice row-select">
                  <input type="checkbox" checked={selection.selected.has(row.id)} onChange={() => selection.toggle(row.id)} />
                  <span className="ui-visually-hidden">{t("participants.selectRow", { name: row.name ?? row.code })}</span>
                </label>
              ),
          } satisfies DataTableColumn<ParticipantRow>,
        ]
      : []),
    { key: "code", header: t("participants.code"), cell: (row) => row.code, className: "ui-code" },
    {
      key: "name",
      header: t("participants.name"),
      rowHeader: true,
      // The name is the link (the code when there is no name): the participant's page with their questionnaires.
      cell: (row) => (
        <>
          <Link to={`/participants/${row.id}`}>{row.name ?? row.code}</Link> <ConsentFlag state={consentFlags.get(row.id)} />
        </>
      ),
    },
    { key: "programme", header: t("participants.programme"), cell: (row) => row.programme.name },
    { key: "mentor", header: t("participants.mentor"), cell: (row) => row.mentor?.name ?? t("participants.noMentor") },
    { key: "enrolled", header: t("participants.enrolled"), cell: (row) => formatDay(row.enrolledOn, lang) },
    {
      key: "status",
      header: t("participants.status"),
      cell: (row) => {
        if (!row.endedOn) return t("participants.active");
        const reason = endReasonLabel(row.endReason, lang);
        const date = formatDay(row.endedOn, lang);
        return reason ? t("lifecycle.endedWithReason", { date, reason }) : t("participants.ended", { date });
      },
    },
    {
      key: "questionnaires",
      header: t("participants.questionnaires"),
      // Who still lacks a start or (after ending) an end questionnaire, in words.
      cell: (row) => <QuestionnaireBadges questionnaires={row.questionnaires} endedOn={row.endedOn} />,
    },
  ];
  return (
    <>
      <p role="status" className="result-count">
        {t("participants.count", { count: rows.length })}
      </p>
      <DataTable caption={t("participants.caption")} columns={columns} rows={rows} rowKey={(row) => row.id} empty={t("participants.empty")} />
    </>
  );
}
