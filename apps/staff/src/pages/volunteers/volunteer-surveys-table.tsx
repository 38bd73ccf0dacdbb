import { Button } from "@skridt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../lib/format";
import { QueryError } from "../../shell/query-error";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import type { VolunteerLink } from "./volunteer-link-panel";
import { useLang } from "../../i18n/use-lang";

/** The questionnaires sent to volunteer mentors and who has answered; open ones can be withdrawn or get a new link. */
export function VolunteerSurveysTable({ programmeId, onRenewed }: { programmeId?: string | undefined; onRenewed: (link: VolunteerLink) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  const surveys = useQuery(trpc.externalSurvey.list.queryOptions({ organisationId, ...(programmeId ? { programmeId } : {}) }));
  const withdraw = useMutation(trpc.externalSurvey.withdraw.mutationOptions());
  const renew = useMutation(trpc.externalSurvey.renewLink.mutationOptions());
  const lang = useLang();
  const rows = surveys.data?.filter((s) => s.respondentType === "volunteer");

  const onWithdraw = async (surveyId: string) => {
    try {
      await withdraw.mutateAsync({ organisationId, surveyId });
    } catch {
      return;
    }
    await queryClient.invalidateQueries({ queryKey: trpc.externalSurvey.list.pathKey() });
  };

  const onRenew = async (surveyId: string, volunteerName: string) => {
    try {
      const link = await renew.mutateAsync({ organisationId, surveyId });
      onRenewed({ volunteerName, ...link });
    } catch {
      return;
    }
    await queryClient.invalidateQueries({ queryKey: trpc.externalSurvey.list.pathKey() });
  };

  return (
    <section aria-labelledby="volunteer-status-title" className="no-print">
      <h2 id="volunteer-status-title">{t("volunteers.status.title")}</h2>
      <QueryError error={surveys.error ?? withdraw.error ?? renew.error} />
      {rows?.length === 0 ? <p>{t("volunteers.status.empty")}</p> : null}
      {rows && rows.length > 0 ? (
        <>
          <p className="hint">{t("volunteers.status.renewHelp")}</p>
          <div className="table-wrap" role="region" aria-label={t("volunteers.status.caption")} tabIndex={0}>
            <table className="table">
              <caption className="ui-visually-hidden">{t("volunteers.status.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("companies.status.respondent")}</th>
                  <th scope="col">{t("companies.status.instrument")}</th>
                  <th scope="col">{t("companies.status.about")}</th>
                  <th scope="col">{t("companies.status.sent")}</th>
                  <th scope="col">{t("companies.status.state")}</th>
                  <th scope="col">{t("volunteers.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((s) => (
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
                      {s.state === "open" || s.state === "expired" ? (
                        <div className="button-row button-row--tight">
                          <Button variant="secondary" onClick={() => void onRenew(s.id, s.respondent.name)}>
                            {t("volunteers.status.renew")}
                            <span className="ui-visually-hidden"> {t("volunteers.status.renewFor", { name: s.respondent.name })}</span>
                          </Button>
                          <Button variant="secondary" onClick={() => void onWithdraw(s.id)}>
                            {t("companies.status.withdraw")}
                            <span className="ui-visually-hidden"> {t("companies.status.withdrawFor", { name: s.respondent.name })}</span>
                          </Button>
                        </div>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
