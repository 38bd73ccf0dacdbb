import { Button } from "@skridt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../lib/format";
import { QueryError } from "../../shell/query-error";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { useLang } from "../../i18n/use-lang";

/** Who has been sent a questionnaire and who has answered; open ones can be withdrawn. */
export function ExternalSurveysTable({ programmeId }: { programmeId?: string | undefined }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const surveys = useQuery(trpc.externalSurvey.list.queryOptions({ organisationId, ...(programmeId ? { programmeId } : {}) }));
  const withdraw = useMutation(trpc.externalSurvey.withdraw.mutationOptions());
  const lang = useLang();

  const onWithdraw = async (surveyId: string) => {
    try {
      await withdraw.mutateAsync({ organisationId, surveyId });
    } catch {
      return;
    }
    await queryClient.invalidateQueries({ queryKey: trpc.externalSurvey.list.pathKey() });
  };

  return (
    <section aria-labelledby="external-status-title" className="no-print">
      <h2 id="external-status-title">{t("companies.status.title")}</h2>
      <QueryError error={surveys.error ?? withdraw.error} />
      {surveys.data?.length === 0 ? <p>{t("companies.status.empty")}</p> : null}
      {surveys.data && surveys.data.length > 0 ? (
        <div className="table-wrap" role="region" aria-label={t("companies.status.caption")} tabIndex={0}>
          <table className="table">
            <caption className="ui-visually-hidden">{t("companies.status.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("companies.status.respondent")}</th>
                <th scope="col">{t("companies.status.instrument")}</th>
                <th scope="col">{t("companies.status.about")}</th>
                <th scope="col">{t("companies.status.sent")}</th>
                <th scope="col">{t("companies.status.state")}</th>
                <th scope="col">
                  <span className="ui-visually-hidden">{t("companies.status.withdraw")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {surveys.data.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.respondent.name}</th>
                  <td>{s.title[lang]}</td>
                  <td>{[s.aboutCode, s.aboutFirstName].filter(Boolean).join(" · ") || t("common.dash")}</td>
                  <td>{formatDay(s.createdAt, lang)}</td>
                  <td>
                    {t(`companies.status.states.${s.state === "open" && s.opened ? "opened" : s.state}`)}
                    {s.submittedAt ? <span className="cell-note">{formatDay(s.submittedAt, lang)}</span> : null}
                  </td>
                  <td>
                    {s.state === "open" ? (
                      <Button variant="secondary" onClick={() => void onWithdraw(s.id)}>
                        {t("companies.status.withdraw")}
                        <span className="ui-visually-hidden"> {t("companies.status.withdrawFor", { name: s.respondent.name })}</span>
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
