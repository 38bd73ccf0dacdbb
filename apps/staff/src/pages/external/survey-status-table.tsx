import type { RouterOutputs } from "@skridt/api";
import { Alert, Button, Card, DataTable, QueryState, type DataTableColumn } from "@skridt/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useLang } from "../../i18n/use-lang";
import { formatDay } from "../../lib/format";
import { useOrganisationId, useSession } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import "./external.css";

type TSentSurvey = RouterOutputs["externalSurvey"]["list"][number];

/** A new link for an open or expired questionnaire (the volunteer pages offer it; the old link stops working). */
export interface RenewOption {
  label: string;
  /** The button's words for a screen reader, after the label: "(til Lene)". */
  labelFor: (name: string) => string;
  /** Said above the table. */
  help: string;
  onRenewed: (link: { respondentName: string; token: string; shortCode: string; expiresAt: string }) => void;
}

/**
 * Who has been sent a questionnaire and who has answered; a mentor or administrator can withdraw
 * an open one (and, with `renew`, give it a new link).
 */
export function SurveyStatusTable({
  programmeId,
  respondentType,
  title,
  caption,
  empty,
  actionsHeader,
  renew,
}: {
  programmeId?: string | undefined;
  /** Only this kind of respondent; every kind when absent. */
  respondentType?: TSentSurvey["respondentType"];
  title: string;
  caption: string;
  empty: string;
  /** The heading of the buttons' column (visually hidden words where the buttons say it all). */
  actionsHeader: ReactNode;
  renew?: RenewOption;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationId = useOrganisationId();
  // Only mentors and administrators may withdraw or renew a link (the API's rule), so only they get the buttons.
  const { roles } = useSession();
  const manages = roles.includes("mentor") || roles.includes("admin");
  const surveys = useQuery(trpc.externalSurvey.list.queryOptions({ organisationId, ...(programmeId ? { programmeId } : {}) }));
  const withdraw = useMutation(trpc.externalSurvey.withdraw.mutationOptions());
  const renewLink = useMutation(trpc.externalSurvey.renewLink.mutationOptions());
  const rows = respondentType ? surveys.data?.filter((s) => s.respondentType === respondentType) : surveys.data;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.externalSurvey.list.pathKey() });

  const onWithdraw = async (surveyId: string) => {
    try {
      await withdraw.mutateAsync({ organisationId, surveyId });
    } catch {
      return;
    }
    await refresh();
  };

  const onRenew = async (option: RenewOption, surveyId: string, respondentName: string) => {
    try {
      const link = await renewLink.mutateAsync({ organisationId, surveyId });
      option.onRenewed({ respondentName, ...link });
    } catch {
      return;
    }
    await refresh();
  };

  const withdrawButton = (s: TSentSurvey) => (
    <Button variant="secondary" onClick={() => void onWithdraw(s.id)}>
      {t("companies.status.withdraw")}
      <span className="ui-visually-hidden"> {t("companies.status.withdrawFor", { name: s.respondent.name })}</span>
    </Button>
  );

  const actions = (s: TSentSurvey) => {
    if (!renew) return s.state === "open" ? withdrawButton(s) : null;
    if (s.state !== "open" && s.state !== "expired") return null;
    return (
      <div className="button-row button-row--tight">
        <Button variant="secondary" onClick={() => void onRenew(renew, s.id, s.respondent.name)}>
          {renew.label}
          <span className="ui-visually-hidden"> {renew.labelFor(s.respondent.name)}</span>
        </Button>
        {withdrawButton(s)}
      </div>
    );
  };

  const columns: DataTableColumn<TSentSurvey>[] = [
    { key: "respondent", header: t("companies.status.respondent"), rowHeader: true, cell: (s) => s.respondent.name },
    { key: "instrument", header: t("companies.status.instrument"), cell: (s) => s.title[lang] },
    { key: "about", header: t("companies.status.about"), cell: (s) => [s.aboutCode, s.aboutFirstName].filter(Boolean).join(" · ") || t("common.dash") },
    { key: "sent", header: t("companies.status.sent"), cell: (s) => formatDay(s.createdAt, lang) },
    {
      key: "state",
      header: t("companies.status.state"),
      cell: (s) => (
        <>
          {t(`companies.status.states.${s.state === "open" && s.opened ? "opened" : s.state}`)}
          {s.submittedAt ? <span className="cell-note">{formatDay(s.submittedAt, lang)}</span> : null}
        </>
      ),
    },
    ...(manages ? [{ key: "actions", header: actionsHeader, cell: actions }] : []),
  ];

  const failed = withdraw.error ?? renewLink.error;
  return (
    <Card title={title} headingLevel={2} variant="plain" className="no-print">
      {failed ? (
        <Alert tone="error">
          <p>{t(`errors.${errorKey(failed)}`)}</p>
        </Alert>
      ) : null}
      <QueryState
        query={{ isPending: surveys.isPending, isError: surveys.isError, error: surveys.error, data: rows }}
        loadingText={t("common.loading")}
        errorText={(e) => t(`errors.${errorKey(e)}`)}
        isEmpty={(data) => data.length === 0}
        empty={empty}
      >
        {(data) => (
          <>
            {renew ? <p className="hint">{renew.help}</p> : null}
            <DataTable caption={caption} columns={columns} rows={data} rowKey={(s) => s.id} />
          </>
        )}
      </QueryState>
    </Card>
  );
}
