import { QueryState, useDocumentTitle } from "@skridt/ui";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { errorKey } from "../../errors";
import { CarePanel } from "./care-panel";
import { ConsentPanel } from "./consent-panel";
import { ContactsSection } from "./contacts-section";
import { GoalsSection } from "./goals-section";
import { MessagesSection } from "./messages-section";
import { Overview } from "./overview";
import { ParticipantHeader } from "./participant-header";
import { ProgressionSection } from "./progression-section";
import { QuestionnaireChange } from "./questionnaire-change";
import { SectionTabs } from "./section-tabs";
import { StatusSection } from "./status-section";
import { Timeline } from "./timeline";
import { useParticipantDetails } from "./use-workspace";
import { ParticipantSurveys } from "../surveys/participant-surveys";

export const TAB_IDS = ["overview", "progression", "goals", "contacts", "status", "surveys", "timeline"] as const;
export type TabId = (typeof TAB_IDS)[number];

function asTab(value: string | null): TabId {
  return TAB_IDS.find((id) => id === value) ?? "overview";
}

/**
 * One participant for their mentor: a header with who they are and where they stand, and
 * the workspace in tabs. The tab is kept in the address (?tab=...), so the due list can
 * link straight to "Progression" and a reload stays where the mentor was.
 */
export function ParticipantPage() {
  const { t } = useTranslation();
  const { participantId = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = asTab(params.get("tab"));
  const participant = useParticipantDetails(participantId);
  const data = participant.data;
  useDocumentTitle(data ? `${data.code} – ${t(`workspace.tab_${tab}`)}` : t("participant.facts")); // code, not name: titles land in browser history
  const notFound = participant.error && errorKey(participant.error) === "not_found";

  const select = (id: TabId) => setParams(id === "overview" ? {} : { tab: id }, { replace: true, preventScrollReset: true });

  return (
    <>
      <p className="back-link">
        <Link to="/participants">{t("participant.back")}</Link>
      </p>
      {/* Without a participant the page still needs its main heading. */}
      {notFound ? <h1>{t("participant.facts")}</h1> : null}
      <QueryState
        query={participant}
        loadingText={t("common.loading")}
        errorText={(error) => (errorKey(error) === "not_found" ? t("participant.notFound") : t(`errors.${errorKey(error)}`))}
      >
        {(details) => (
          <>
            <ParticipantHeader participant={details} />
            {/* Care and consent stand above the tabs: the due list's "tag kontakt" and the caseload's consent flag lead here. */}
            <CarePanel participantId={details.id} />
            <ConsentPanel participantId={details.id} />
            <SectionTabs
              label={t("workspace.tabsLabel")}
              tabs={TAB_IDS.map((id) => ({ id, label: t(`workspace.tab_${id}`) }))}
              selected={tab}
              onSelect={select}
            >
              {tab === "overview" ? <Overview participant={details} onOpen={select} /> : null}
              {tab === "progression" ? <ProgressionSection participantId={details.id} /> : null}
              {tab === "goals" ? <GoalsSection participantId={details.id} /> : null}
              {tab === "contacts" ? <ContactsSection participantId={details.id} /> : null}
              {tab === "status" ? <StatusSection participantId={details.id} /> : null}
              {tab === "surveys" ? (
                <>
                  <ParticipantSurveys participantId={details.id} programmeId={details.programme.id} />
                  <MessagesSection participantId={details.id} />
                  <QuestionnaireChange participantId={details.id} />
                </>
              ) : null}
              {tab === "timeline" ? <Timeline participantId={details.id} /> : null}
            </SectionTabs>
          </>
        )}
      </QueryState>
    </>
  );
}
