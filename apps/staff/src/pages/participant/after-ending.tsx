import { Button, Card } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLang } from "../../i18n/use-lang";
import { formatDay } from "../../lib/format";
import type { ClearLink } from "../../lib/survey-link";
import { useOrganisationId } from "../../shell/session-context";
import { useTRPC } from "../../trpc";
import { CreateSurveyForm } from "../surveys/create-survey-form";
import { LinkPanel } from "../surveys/link-panel";
import { entryModeFor, entryPath } from "../survey-entry/entry-mode";
import { endInvitation } from "./end-invitation";
import { useReviews } from "./use-workspace";

/**
 * A review this many days before the end date or later counts as the final one: the last
 * conversation is often held in the programme's last weeks, not on its last day.
 */
const FINAL_REVIEW_WINDOW_DAYS = 14;

/** A calendar day (YYYY-MM-DD) moved by whole days. */
function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * What an ending asks for next: the end questionnaire (from the programme's measurement plan,
 * made here with the same form as on the questionnaires tab) and the final progression review.
 * Shown while either is still missing, so it also follows an ending recorded as a status.
 */
export function AfterEnding({ participantId, programmeId, endedOn }: { participantId: string; programmeId: string; endedOn: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const surveys = useQuery(trpc.survey.listForParticipant.queryOptions({ organisationId, participantId }));
  const plan = useQuery(trpc.programme.plan.queryOptions({ organisationId, programmeId }));
  const messages = useQuery(trpc.message.listForParticipant.queryOptions({ organisationId, participantId }));
  const reviews = useReviews(participantId);
  const [creating, setCreating] = useState(false);
  const [link, setLink] = useState<ClearLink | null>(null);
  // Waits for the messages too (not on an error): else the line would flip from "not sent" to "waiting".
  if (!surveys.data || !plan.data || !reviews.data || (!messages.data && !messages.isError)) return null;

  const endPlanned = plan.data.plan.occasions.end.length > 0;
  const endSurveys = surveys.data.filter((s) => s.occasion === "end");
  const endState = endSurveys.some((s) => s.state === "submitted") ? "done" : endSurveys.some((s) => s.state === "open") ? "open" : "missing";
  const invitation = endState === "done" ? null : endInvitation(messages.data?.messages ?? []);
  const endText =
    endState === "done"
      ? t("lifecycle.endSurveyDone")
      : invitation?.state === "sent"
        ? t("lifecycle.endSurveySentOn", { date: formatDay(invitation.sentOn, lang) })
        : invitation?.state === "waiting"
          ? t("lifecycle.endSurveyWaiting")
          : t(endState === "open" ? "lifecycle.endSurveyOpen" : "lifecycle.endSurveyMissing");
  const finalFrom = addDays(endedOn, -FINAL_REVIEW_WINDOW_DAYS);
  const finalReview = [...reviews.data.reviews].reverse().find((r) => r.reviewedOn >= finalFrom) ?? null;
  const surveyDone = !endPlanned || endState === "done";
  if (surveyDone && finalReview && !link) return null;

  return (
    <Card title={t("lifecycle.afterTitle")} headingLevel={2} headingId="after-ending-title" className="after-ending">
      <p>{t("lifecycle.afterIntro")}</p>
      <ul className="after-ending__items">
        {endPlanned ? (
          <li>
            <strong>{t("lifecycle.endSurvey")}:</strong> {endText}
            {endState === "open" || invitation ? (
              <>
                {" "}
                <Link to={`/participants/${participantId}?tab=surveys`}>{t("lifecycle.seeSurveys")}</Link>
              </>
            ) : null}
          </li>
        ) : null}
        <li>
          <strong>{t("lifecycle.finalReview")}:</strong>{" "}
          {finalReview ? t("lifecycle.finalReviewDone", { date: formatDay(finalReview.reviewedOn, lang) }) : t("lifecycle.finalReviewMissing")}
        </li>
      </ul>
      {link ? (
        <LinkPanel
          link={link}
          headingLevel={3}
          fillInPath={link.surveyId ? entryPath(participantId, link.surveyId, entryModeFor(link.mode)) : undefined}
          onHide={() => setLink(null)}
        />
      ) : null}
      {creating ? (
        <CreateSurveyForm
          participantId={participantId}
          occasion="end"
          onCancel={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            setLink(created);
          }}
        />
      ) : (
        <div className="form-actions">
          {endPlanned && endState === "missing" && !invitation ? <Button onClick={() => setCreating(true)}>{t("lifecycle.createEndSurvey")}</Button> : null}
          {!finalReview ? (
            <Link className="ui-button ui-button--secondary" to={`/participants/${participantId}?tab=progression`}>
              {t("lifecycle.makeFinalReview")}
            </Link>
          ) : null}
        </div>
      )}
    </Card>
  );
}
