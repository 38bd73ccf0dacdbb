import type { RouterOutputs } from "@skridt/api";
import { DataTable, type DataTableColumn } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDay } from "../../lib/format";
import { useLang } from "../../i18n/use-lang";
import { QuestionnaireBadges } from "./questionnaire-badge";

type Row = RouterOutputs["participant"]["list"][number];

export function ParticipantsTable({ rows }: { rows: readonly Row[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns: DataTableColumn<Row>[] = [
    { key: "code", header: t("participants.code"), cell: (row) => row.code, className: "ui-code" },
    {
      key: "name",
      header: t("participants.name"),
      rowHeader: true,
      // The name is the link (the code when there is no name): the participant's page with their questionnaires.
      cell: (row) => <Link to={`/participants/${row.id}`}>{row.name ?? row.code}</Link>,
    },
    { key: "programme", header: t("participants.programme"), cell: (row) => row.programme.name },
    { key: "mentor", header: t("participants.mentor"), cell: (row) => row.mentor?.name ?? t("participants.noMentor") },
    { key: "enrolled", header: t("participants.enrolled"), cell: (row) => formatDay(row.enrolledOn, lang) },
    {
      key: "status",
      header: t("participants.status"),
      cell: (row) => (row.endedOn ? t("participants.ended", { date: formatDay(row.endedOn, lang) }) : t("participants.active")),
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
