import { OCCASIONS } from "@skridt/validators";
import { Button, QueryState } from "@skridt/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { errorKey } from "../../errors";
import { useOrganisationId } from "../../shell/session-context";
import { asOccasion, type ClearLink, type Occasion } from "../../lib/survey-link";
import { useTRPC } from "../../trpc";
import { CreateSurveyForm } from "./create-survey-form";
import { LinkPanel } from "./link-panel";
import { SurveyCard } from "./survey-card";
import { useSuccessNotice } from "../../shell/use-success-notice";
import { entryModeFor, entryPath, type EntrySentState } from "../survey-entry/entry-mode";

/** The "Spørgeskemaer" section: the participant's surveys, a new one from the plan, and a fresh link when there is one. */
export function ParticipantSurveys({ participantId, programmeId }: { participantId: string; programmeId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const organisationId = useOrganisationId();
  const surveys = useQuery(trpc.survey.listForParticipant.queryOptions({ organisationId, participantId }));
  const plan = useQuery(trpc.programme.plan.queryOptions({ organisationId, programmeId }));
  const [link, setLink] = useState<ClearLink | null>(null);
  const [creating, setCreating] = useState<Occasion | null>(null);
  const notice = useSuccessNotice();
  const createButtons = useRef<HTMLDivElement>(null);
  const location = useLocation();
  const navigate = useNavigate();
  const sent = (location.state as EntrySentState | null)?.entrySent;
  // The list is the section; the plan only says which surveys can be made. Either failing is said.
  const query = { isPending: surveys.isPending, isError: surveys.isError || plan.isError, error: surveys.error ?? plan.error, data: surveys.data };

  // Back from filling a questionnaire in: say it was sent (once; a reload does not repeat it).
  useEffect(() => {
    if (!sent) return;
    notice.show(t("entry.sent", { theNoun: t(`surveys.theNoun_${asOccasion(sent)}`) }));
    navigate({ search: location.search }, { replace: true, state: null });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sent]);

  // An occasion can get a survey when the plan gives it instruments (an empty survey helps
  // no one) and it has none that is open or already answered; a withdrawn or expired one may be replaced.
  const creatable = OCCASIONS.filter(
    (occasion) =>
      (plan.data?.plan.occasions[occasion].length ?? 0) > 0 &&
      !surveys.data?.some((s) => s.occasion === occasion && (s.state === "open" || s.state === "submitted")),
  );

  return (
    <section aria-labelledby="surveys-title">
      <h2 id="surveys-title" tabIndex={-1}>
        {t("surveys.title")}
      </h2>
      {link ? (
        <LinkPanel
          link={link}
          headingLevel={3}
          fillInPath={link.surveyId ? entryPath(participantId, link.surveyId, entryModeFor(link.mode)) : undefined}
          onHide={() => {
            setLink(null);
            requestAnimationFrame(() => document.getElementById("surveys-title")?.focus());
          }}
        />
      ) : null}
      {notice.element}

      <QueryState query={query} loadingText={t("common.loading")} errorText={(e) => t(`errors.${errorKey(e)}`)}>
        {(data) => (
          <>
            {data.length === 0 ? (
              <p>{t("surveys.empty")}</p>
            ) : (
              <ul className="survey-list">
                {data.map((survey) => (
                  <li key={survey.id}>
                    <SurveyCard
                      survey={survey}
                      participantId={participantId}
                      onLink={(renewed) => {
                        notice.clear();
                        setLink(renewed);
                      }}
                      onWithdrawn={(occasion) => {
                        if (link?.surveyId === survey.id) setLink(null);
                        notice.show(t("surveys.withdrawn", { theNoun: t(`surveys.theNoun_${occasion}`) }));
                      }}
                    />
                  </li>
                ))}
              </ul>
            )}

            {plan.data ? (
              <>
                <h3>{t("surveys.createTitle")}</h3>
                {creatable.length === 0 ? <p>{t("surveys.nothingToCreate")}</p> : null}
                {creating ? (
                  <CreateSurveyForm
                    participantId={participantId}
                    occasion={creating}
                    onCancel={() => {
                      setCreating(null);
                      requestAnimationFrame(() => createButtons.current?.querySelector("button")?.focus());
                    }}
                    onCreated={(created) => {
                      setCreating(null);
                      notice.clear();
                      setLink(created);
                    }}
                  />
                ) : (
                  <div className="form-actions" ref={createButtons}>
                    {creatable.map((occasion) => (
                      <Button key={occasion} variant={occasion === "start" ? "secondary" : "primary"} onClick={() => setCreating(occasion)}>
                        {t("surveys.createFor", { noun: t(`surveys.noun_${occasion}`) })}
                      </Button>
                    ))}
                  </div>
                )}
              </>
            ) : null}
          </>
        )}
      </QueryState>
    </section>
  );
}
