import { nextReviewDue } from "@skridt/instruments/client";
import { Button, Card, LoadingStatus } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { formatDay, today } from "../../lib/format";
import { QueryError } from "../../shell/query-error";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { QuestionnaireBadge } from "../participants/questionnaire-badge";
import { stateFromSurveys } from "../participants/questionnaire-states";
import type { TabId } from "./participant-page";
import { contactKindLabel } from "./labels";
import { useLang } from "../../i18n/use-lang";
import { useContacts, useGoals, useReviews, type Participant } from "./use-workspace";

/** The first tab: what is next for this participant, each with a way into its tab. */
export function Overview({ participant, onOpen }: { participant: Participant; onOpen: (tab: TabId) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const reviews = useReviews(participant.id);
  const goals = useGoals(participant.id);
  const contacts = useContacts(participant.id);
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const surveys = useQuery(trpc.survey.listForParticipant.queryOptions({ organisationId, participantId: participant.id }));
  const day = (value: string) => formatDay(value, lang);

  const latest = reviews.data?.reviews.at(-1);
  const nextDue = reviews.data ? nextReviewDue(reviews.data.plan, latest?.reviewedOn ?? participant.enrolledOn) : null;
  const open = goals.data?.filter((goal) => goal.status === "open") ?? [];
  const reached = goals.data?.filter((goal) => goal.status === "reached").length ?? 0;
  const nextGoal = open.filter((goal) => goal.dueOn).sort((a, b) => (a.dueOn ?? "").localeCompare(b.dueOn ?? ""))[0];
  const lastContact = contacts.data?.contacts[0];

  return (
    <Card title={t("workspace.tab_overview")} headingLevel={2} variant="plain">
      <QueryError error={reviews.error ?? goals.error ?? contacts.error ?? surveys.error} />
      <ul className="overview">
        <li className="overview__card">
          <h3>{t("review.title")}</h3>
          {reviews.data ? (
            <>
              <p>{latest ? t("overview.lastReview", { date: day(latest.reviewedOn), count: reviews.data.reviews.length }) : t("overview.noReview")}</p>
              {nextDue && !participant.endedOn ? (
                <p className={nextDue <= today() ? "overview__due" : undefined}>
                  {nextDue <= today() ? t("overview.reviewOverdue", { date: day(nextDue) }) : t("overview.nextReview", { date: day(nextDue) })}
                </p>
              ) : null}
            </>
          ) : (
            <LoadingStatus>{t("common.loading")}</LoadingStatus>
          )}
          <Button variant="secondary" onClick={() => onOpen("progression")}>
            {t("overview.toProgression")}
          </Button>
        </li>
        <li className="overview__card">
          <h3>{t("goals.title")}</h3>
          {goals.data ? (
            <>
              <p>{t("overview.goals", { open: open.length, reached })}</p>
              {nextGoal?.dueOn ? <p>{t("overview.nextGoal", { title: nextGoal.title, date: day(nextGoal.dueOn) })}</p> : null}
            </>
          ) : (
            <LoadingStatus>{t("common.loading")}</LoadingStatus>
          )}
          <Button variant="secondary" onClick={() => onOpen("goals")}>
            {t("overview.toGoals")}
          </Button>
        </li>
        <li className="overview__card">
          <h3>{t("contacts.title")}</h3>
          {contacts.data ? (
            <>
              <p>{t("overview.contacts", { count: contacts.data.totals.total })}</p>
              {lastContact ? (
                <p>{t("overview.lastContact", { date: day(lastContact.occurredOn), kind: contactKindLabel(lastContact.kind, lang).toLowerCase() })}</p>
              ) : null}
            </>
          ) : (
            <LoadingStatus>{t("common.loading")}</LoadingStatus>
          )}
          <Button variant="secondary" onClick={() => onOpen("contacts")}>
            {t("overview.toContacts")}
          </Button>
        </li>
        <li className="overview__card">
          <h3>{t("surveys.title")}</h3>
          {surveys.data ? (
            // Start and end in words; an end questionnaire before the participant ends is "not relevant yet", not a flag.
            <ul className="overview__questionnaires">
              {(["start", "end"] as const).map((occasion) => (
                <li key={occasion}>
                  <QuestionnaireBadge occasion={occasion} state={stateFromSurveys(surveys.data, occasion)} endedOn={participant.endedOn} />
                </li>
              ))}
            </ul>
          ) : (
            <LoadingStatus>{t("common.loading")}</LoadingStatus>
          )}
          <Button variant="secondary" onClick={() => onOpen("surveys")}>
            {t("overview.toSurveys")}
          </Button>
        </li>
      </ul>
    </Card>
  );
}
