import type { RouterOutputs } from "@skridt/api";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDay } from "../../lib/format";
import { useLang } from "../../i18n/use-lang";

type Row = RouterOutputs["participant"]["list"][number];

export function ParticipantsTable({ rows }: { rows: readonly Row[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <p role="status" className="result-count">
        {t("participants.count", { count: rows.length })}
      </p>
      {rows.length === 0 ? (
        <p>{t("participants.empty")}</p>
      ) : (
        <div className="table-wrap" role="region" aria-label={t("participants.caption")} tabIndex={0}>
          <table className="table">
            <caption className="ui-visually-hidden">{t("participants.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("participants.code")}</th>
                <th scope="col">{t("participants.name")}</th>
                <th scope="col">{t("participants.programme")}</th>
                <th scope="col">{t("participants.mentor")}</th>
                <th scope="col">{t("participants.enrolled")}</th>
                <th scope="col">{t("participants.status")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="code">{row.code}</td>
                  <th scope="row">
                    {/* The name is the link (the code when there is no name): the participant's page with their questionnaires. */}
                    <Link to={`/participants/${row.id}`}>{row.name ?? row.code}</Link>
                  </th>
                  <td>{row.programme.name}</td>
                  <td>{row.mentor?.name ?? t("participants.noMentor")}</td>
                  <td>{formatDay(row.enrolledOn, lang)}</td>
                  <td>{row.endedOn ? t("participants.ended", { date: formatDay(row.endedOn, lang) }) : t("participants.active")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
